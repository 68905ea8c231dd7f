#include "diff/similarity.h"

#include <unicode/utf8.h>

#include <algorithm>

#include "normalize/normalize.h"

namespace samatthana::diff {
namespace {

void AddGrams(const std::string& key, std::vector<uint64_t>* grams) {
  UChar32 prev = -1;
  for (int32_t i = 0; i < static_cast<int32_t>(key.size());) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(key.data()), i, static_cast<int32_t>(key.size()), c);
    if (prev >= 0) grams->push_back((static_cast<uint64_t>(prev) << 21) | static_cast<uint64_t>(c));
    prev = c;
  }
}

}  // namespace

TextProfile Profile(std::string_view text) {
  TextProfile p;
  p.key = normalize::LayoutKey(text);
  AddGrams(p.key, &p.grams);
  std::sort(p.grams.begin(), p.grams.end());
  return p;
}

TextProfile ProfileOf(const std::vector<std::string_view>& texts) {
  TextProfile p;
  for (std::string_view t : texts) {
    std::string key = normalize::LayoutKey(t);
    AddGrams(key, &p.grams);
    p.key += key;
  }
  std::sort(p.grams.begin(), p.grams.end());
  return p;
}

double Similarity(const TextProfile& a, const TextProfile& b) {
  if (a.grams.empty() && b.grams.empty()) return a.key == b.key ? 1.0 : 0.0;
  size_t i = 0, j = 0, common = 0;
  while (i < a.grams.size() && j < b.grams.size()) {
    if (a.grams[i] < b.grams[j]) {
      ++i;
    } else if (b.grams[j] < a.grams[i]) {
      ++j;
    } else {
      ++common;
      ++i;
      ++j;
    }
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(a.grams.size() + b.grams.size());
}

}  // namespace samatthana::diff
