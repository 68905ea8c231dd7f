#include "base/digits.h"
#include "base/utf8.h"
#include "normalize/normalize.h"

namespace samatthana::normalize {

std::string ThaiDigitsToAscii(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    UChar32 c = NextCodepoint(text, &i);
    if (c >= 0x0E50 && c <= 0x0E59) {
      out.push_back(static_cast<char>('0' + DigitValue(static_cast<char32_t>(c))));
    } else {
      out.append(text, start, i - start);
    }
  }
  return out;
}

}  // namespace samatthana::normalize
