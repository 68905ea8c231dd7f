// Digits as Thai documents write them: ASCII 0-9 or Thai ๐-๙ (U+0E50-U+0E59),
// often mixed in one document. Every stage that reads a number reads it here.
#ifndef SAMATTHANA_BASE_DIGITS_H_
#define SAMATTHANA_BASE_DIGITS_H_

#include <optional>
#include <string_view>

namespace samatthana {

// The value of an ASCII or Thai digit, or -1 for anything else.
inline int DigitValue(char32_t c) {
  if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
  if (c >= 0x0E50 && c <= 0x0E59) return static_cast<int>(c - 0x0E50);  // THAI DIGIT ZERO..NINE
  return -1;
}

inline bool IsDigit(char32_t c) { return DigitValue(c) >= 0; }

// Reads a number written in ASCII or Thai digits ("12", "๑๒"). Nothing else is
// allowed in `digits`; returns nullopt for empty, non-digit or too-long input.
std::optional<int> ParseNumber(std::string_view digits);

}  // namespace samatthana

#endif  // SAMATTHANA_BASE_DIGITS_H_
