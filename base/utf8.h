// UTF-8 decoding and encoding one codepoint at a time, on ICU's macros.
#ifndef SAMATTHANA_BASE_UTF8_H_
#define SAMATTHANA_BASE_UTF8_H_

#include <unicode/utf8.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace samatthana {

// Decodes the codepoint at *i and advances *i. Ill-formed bytes yield U+FFFD.
inline UChar32 NextCodepoint(std::string_view s, size_t* i) {
  int32_t pos = static_cast<int32_t>(*i);
  UChar32 c;
  U8_NEXT_OR_FFFD(reinterpret_cast<const uint8_t*>(s.data()), pos, static_cast<int32_t>(s.size()),
                  c);
  *i = static_cast<size_t>(pos);
  return c;
}

// Decodes the codepoint that ends just before *i and moves *i to its start.
// Ill-formed bytes yield U+FFFD.
inline UChar32 PreviousCodepoint(std::string_view s, size_t* i) {
  int32_t pos = static_cast<int32_t>(*i);
  UChar32 c;
  U8_PREV_OR_FFFD(reinterpret_cast<const uint8_t*>(s.data()), 0, pos, c);
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

// The codepoints of `s`; ill-formed bytes are U+FFFD.
inline std::u32string Codepoints(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) out.push_back(static_cast<char32_t>(NextCodepoint(s, &i)));
  return out;
}

// True when some byte of `s` is >= `lead`: a cheap test that a string holds
// no codepoint at or above a range whose UTF-8 lead byte is `lead`.
inline bool HasByteAtLeast(std::string_view s, unsigned char lead) {
  for (char ch : s) {
    if (static_cast<unsigned char>(ch) >= lead) return true;
  }
  return false;
}

}  // namespace samatthana

#endif  // SAMATTHANA_BASE_UTF8_H_
