#include "normalize/normalize.h"
#include "normalize/utf8.h"

namespace samatthana::normalize {

std::optional<int> ParseNumber(std::string_view digits) {
  if (digits.empty()) return std::nullopt;
  int value = 0;
  int count = 0;
  for (size_t i = 0; i < digits.size();) {
    UChar32 c = NextCodepoint(digits, &i);
    int d;
    if (c >= '0' && c <= '9') {
      d = c - '0';
    } else if (c >= 0x0E50 && c <= 0x0E59) {  // THAI DIGIT ZERO..NINE
      d = c - 0x0E50;
    } else {
      return std::nullopt;
    }
    if (++count > 9) return std::nullopt;
    value = value * 10 + d;
  }
  return value;
}

std::string ThaiDigitsToAscii(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    UChar32 c = NextCodepoint(text, &i);
    if (c >= 0x0E50 && c <= 0x0E59) {
      out.push_back(static_cast<char>('0' + (c - 0x0E50)));
    } else {
      out.append(text, start, i - start);
    }
  }
  return out;
}

}  // namespace samatthana::normalize
