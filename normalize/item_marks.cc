#include "base/char_classes.h"
#include "normalize/normalize.h"
#include "normalize/utf8.h"

namespace samatthana::normalize {
namespace {

// A dash that starts a line: "- ", "– ", "* ". Not followed by a digit, so a
// page footer like "- 12 -" is not an item.
size_t LeadingDashLength(std::string_view s) {
  size_t i = 0;
  UChar32 c = NextCodepoint(s, &i);
  if (c != '*' && !IsDashChar(static_cast<char32_t>(c))) return 0;
  size_t after = i;
  while (after < s.size() && s[after] == ' ') ++after;
  if (after >= s.size()) return 0;
  size_t peek = after;
  UChar32 next = NextCodepoint(s, &peek);
  if ((next >= '0' && next <= '9') || (next >= 0x0E50 && next <= 0x0E59) || next == c) return 0;
  return after;
}

// "1. ", "๑) ", "12. " at the start of a line.
size_t LeadingNumberLength(std::string_view s) {
  size_t i = 0;
  int digits = 0;
  while (i < s.size()) {
    size_t before = i;
    UChar32 c = NextCodepoint(s, &i);
    if ((c >= '0' && c <= '9') || (c >= 0x0E50 && c <= 0x0E59)) {
      ++digits;
      continue;
    }
    i = before;
    break;
  }
  if (digits == 0 || digits > 2 || i + 1 >= s.size()) return 0;
  if (s[i] != '.' && s[i] != ')') return 0;
  if (s[i + 1] != ' ') return 0;
  return i + 2;
}

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
  if (size_t n = LeadingDashLength(line); n > 0) {
    line.remove_prefix(n);
    marked = true;
  } else if (size_t m = LeadingNumberLength(line); m > 0) {
    line.remove_prefix(m);
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
