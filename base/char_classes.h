// Character classes that more than one stage needs: which characters mark a
// list item, and which belong to Thai text (standard or legacy glyph
// codepoints). Kept here so the stages agree.
#ifndef SAMATTHANA_BASE_CHAR_CLASSES_H_
#define SAMATTHANA_BASE_CHAR_CLASSES_H_

namespace samatthana {

// Bullets that mark a list item wherever they stand: pasted lists often run
// their items together on one line ("● a● b"), and PDFs draw them from
// symbol fonts.
inline bool IsBulletChar(char32_t c) {
  switch (c) {
    case 0x2022:  // • BULLET
    case 0x2023:  // ‣ TRIANGULAR BULLET
    case 0x2043:  // ⁃ HYPHEN BULLET
    case 0x2219:  // ∙ BULLET OPERATOR
    case 0x25A0:  // ■
    case 0x25A1:  // □
    case 0x25AA:  // ▪
    case 0x25AB:  // ▫
    case 0x25B8:  // ▸
    case 0x25BA:  // ►
    case 0x25C6:  // ◆
    case 0x25C7:  // ◇
    case 0x25CB:  // ○
    case 0x25CF:  // ●
    case 0x25E6:  // ◦
    case 0x2605:  // ★
    case 0x2713:  // ✓
    case 0x2714:  // ✔
    case 0x2756:  // ❖
    case 0x27A2:  // ➢
    case 0x27A4:  // ➤
    case 0x29BF:  // ⦿
      return true;
    default:
      // Symbol and Wingdings fonts put their bullets in U+F000-U+F0FF
      // (U+F0B7 is Symbol's bullet); no text lives there.
      return c >= 0xF000 && c <= 0xF0FF;
  }
}

// Dashes that can mark a list item: "-", the Unicode hyphens and dashes, minus.
inline bool IsDashChar(char32_t c) {
  return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

// Legacy Thai font glyph codepoints (Windows and Mac private-use ranges).
inline bool IsLegacyThaiGlyph(char32_t c) {
  return (c >= 0xF700 && c <= 0xF71A) || (c >= 0xF884 && c <= 0xF89E);
}

// Thai letters, vowels, marks and digits, including legacy glyph codepoints.
inline bool IsThaiText(char32_t c) { return (c >= 0x0E01 && c <= 0x0E5B) || IsLegacyThaiGlyph(c); }

// Thai marks drawn above or below a base, standard or legacy: they have no
// advance of their own and never start or end a word.
inline bool IsThaiMark(char32_t c) {
  return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E) ||
         (IsLegacyThaiGlyph(c) && c != 0xF700 && c != 0xF70F && c != 0xF89A && c != 0xF89E);
}

// Where a Thai mark goes among the marks on one base, in the order Thai is
// typed: vowel marks (above or below) first, then tone marks and nikhahit,
// then THANTHAKHAT and YAMAKKAN. Legacy glyph codepoints sort as the
// character they stand for.
inline int ThaiMarkOrder(char32_t c) {
  if (c >= 0x0E48 && c <= 0x0E4B) return 1;  // tone marks
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
