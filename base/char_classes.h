// Thai character classes, standard and legacy, in one place so every stage
// agrees on what a Thai letter, mark or vowel is.
#ifndef SAMATTHANA_BASE_CHAR_CLASSES_H_
#define SAMATTHANA_BASE_CHAR_CLASSES_H_

namespace samatthana {

// Thai letters, vowels, marks and digits (U+0E01-U+0E5B).
// Code points the PDF reader's repairs of sara am name.
constexpr char32_t kSaraAa = 0x0E32;
constexpr char32_t kSaraAm = 0x0E33;
constexpr char32_t kNikhahit = 0x0E4D;

inline bool IsThai(char32_t c) { return c >= 0x0E01 && c <= 0x0E5B; }
inline bool IsThaiConsonant(char32_t c) { return c >= 0x0E01 && c <= 0x0E2E; }
// เ แ โ ใ ไ: written before the consonant they follow in speech.
inline bool IsThaiLeadingVowel(char32_t c) { return c >= 0x0E40 && c <= 0x0E44; }
// ่ ้ ๊ ๋
inline bool IsThaiToneMark(char32_t c) { return c >= 0x0E48 && c <= 0x0E4B; }
// Marks drawn above or below a base: they never start a syllable.
inline bool IsThaiCombiningMark(char32_t c) {
  return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E);
}
// Following vowels that cannot begin a word either (ะ า ำ ๅ).
inline bool IsThaiFollowingVowel(char32_t c) {
  return c == 0x0E30 || c == 0x0E32 || c == 0x0E33 || c == 0x0E45;
}

// Legacy Thai font glyph codepoints (Windows and Mac private-use ranges).
inline bool IsLegacyThaiGlyph(char32_t c) {
  return (c >= 0xF700 && c <= 0xF71A) || (c >= 0xF884 && c <= 0xF89E);
}

// Thai text, including legacy glyph codepoints.
inline bool IsThaiText(char32_t c) { return IsThai(c) || IsLegacyThaiGlyph(c); }

// Thai marks drawn above or below a base, standard or legacy: they have no
// advance of their own and never start or end a word.
inline bool IsThaiMark(char32_t c) {
  return IsThaiCombiningMark(c) ||
         (IsLegacyThaiGlyph(c) && c != 0xF700 && c != 0xF70F && c != 0xF89A && c != 0xF89E);
}

// Where a Thai mark goes among the marks on one base, in the order Thai is
// typed: vowel marks (above or below) first, then tone marks and nikhahit,
// then THANTHAKHAT and YAMAKKAN. Legacy glyph codepoints sort as the
// character they stand for.
inline int ThaiMarkOrder(char32_t c) {
  if (IsThaiToneMark(c)) return 1;
  if (c == 0x0E4D) return 1;                 // NIKHAHIT
  if (c == 0x0E4C || c == 0x0E4E) return 2;  // THANTHAKHAT, YAMAKKAN
  if ((c >= 0xF705 && c <= 0xF70E) || (c >= 0xF713 && c <= 0xF717) || c == 0xF711) {
    return (c == 0xF709 || c == 0xF70E || c == 0xF717) ? 2 : 1;
  }
  if (c >= 0xF88A && c <= 0xF899) return (c >= 0xF896 && c <= 0xF898) ? 2 : 1;
  return 0;
}

}  // namespace samatthana

#endif  // SAMATTHANA_BASE_CHAR_CLASSES_H_
