#include "base/digits.h"

#include "base/utf8.h"

namespace samatthana {

std::optional<int> ParseNumber(std::string_view digits) {
  if (digits.empty()) return std::nullopt;
  int value = 0;
  int count = 0;
  for (size_t i = 0; i < digits.size();) {
    int d = DigitValue(static_cast<char32_t>(NextCodepoint(digits, &i)));
    if (d < 0 || ++count > 9) return std::nullopt;
    value = value * 10 + d;
  }
  return value;
}

}  // namespace samatthana
