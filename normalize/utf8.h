// Small UTF-8 helpers shared by the normalizer's rules, built on ICU's macros.
#ifndef SAMATTHANA_NORMALIZE_UTF8_H_
#define SAMATTHANA_NORMALIZE_UTF8_H_

#include <unicode/utf8.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace samatthana::normalize {

// Decodes the codepoint at *i and advances *i. Ill-formed bytes yield U+FFFD.
inline UChar32 NextCodepoint(std::string_view s, size_t* i) {
  int32_t pos = static_cast<int32_t>(*i);
  UChar32 c;
  U8_NEXT_OR_FFFD(reinterpret_cast<const uint8_t*>(s.data()), pos, static_cast<int32_t>(s.size()),
                  c);
  *i = static_cast<size_t>(pos);
  return c;
}

inline void AppendCodepoint(UChar32 c, std::string* out) {
  char buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, c, error);
  if (!error) out->append(buf, static_cast<size_t>(len));
}

// True when some byte of `s` is >= `lead`: a cheap test that a string holds
// no codepoint at or above a range whose UTF-8 lead byte is `lead`.
inline bool HasByteAtLeast(std::string_view s, unsigned char lead) {
  for (char ch : s) {
    if (static_cast<unsigned char>(ch) >= lead) return true;
  }
  return false;
}

// Thai character classes (U+0E00 block).
inline bool IsThaiConsonant(UChar32 c) { return c >= 0x0E01 && c <= 0x0E2E; }
inline bool IsThaiLeadingVowel(UChar32 c) { return c >= 0x0E40 && c <= 0x0E44; }
inline bool IsThaiToneMark(UChar32 c) { return c >= 0x0E48 && c <= 0x0E4B; }
// Marks drawn above or below a base: they never start a syllable.
inline bool IsThaiCombiningMark(UChar32 c) {
  return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E);
}
// Following vowels that cannot begin a word either (ะ า ำ ๅ).
inline bool IsThaiFollowingVowel(UChar32 c) {
  return c == 0x0E30 || c == 0x0E32 || c == 0x0E33 || c == 0x0E45;
}
inline bool IsThai(UChar32 c) { return c >= 0x0E01 && c <= 0x0E5B; }

}  // namespace samatthana::normalize

#endif  // SAMATTHANA_NORMALIZE_UTF8_H_
