#include "base/list_marks.h"
#include "base/utf8.h"
#include "normalize/normalize.h"

namespace samatthana::normalize {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

void Emit(std::string_view piece, bool marked, std::vector<ItemSegment>* out) {
  piece = Trim(piece);
  if (!piece.empty()) out->push_back({std::string(piece), marked});
}

}  // namespace

std::vector<ItemSegment> SplitItemMarks(std::string_view line) {
  std::vector<ItemSegment> out;
  line = Trim(line);
  bool marked = false;
  if (size_t n = LeadingListMark(line); n > 0) {
    line.remove_prefix(n);
    marked = true;
  }
  size_t piece_start = 0;
  for (size_t i = 0; i < line.size();) {
    size_t at = i;
    UChar32 c = NextCodepoint(line, &i);
    if (!IsBulletChar(static_cast<char32_t>(c))) continue;
    Emit(line.substr(piece_start, at - piece_start), marked, &out);
    marked = true;
    piece_start = i;
  }
  Emit(line.substr(piece_start), marked, &out);
  return out;
}

}  // namespace samatthana::normalize
