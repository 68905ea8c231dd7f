#include "base/edit_distance.h"

#include <algorithm>
#include <vector>

namespace samatthana {

size_t EditDistance(const std::u32string& a, const std::u32string& b) {
  // One row of the table at a time: the row before is all the next needs.
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

bool NearlySame(const std::u32string& a, const std::u32string& b, double share) {
  if (a.empty() || b.empty()) return a == b;
  const size_t longer = std::max(a.size(), b.size());
  const double allowed = std::max(1.0, share * static_cast<double>(longer));
  // Lengths alone can rule a pair out before the table is filled.
  const size_t shorter = std::min(a.size(), b.size());
  if (static_cast<double>(longer - shorter) > allowed) return false;
  return static_cast<double>(EditDistance(a, b)) <= allowed;
}

}  // namespace samatthana
