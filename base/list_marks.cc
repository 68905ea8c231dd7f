#include "base/list_marks.h"

#include "base/char_classes.h"
#include "base/digits.h"
#include "base/utf8.h"

namespace samatthana {
namespace {

// The codepoints of a text and where each ends, for either encoding.
struct Utf8Cursor {
  std::string_view s;
  bool Done(size_t at) const { return at >= s.size(); }
  char32_t At(size_t at, size_t* next) const {
    size_t i = at;
    UChar32 c = NextCodepoint(s, &i);
    *next = i;
    return static_cast<char32_t>(c);
  }
};

struct Utf32Cursor {
  std::u32string_view s;
  bool Done(size_t at) const { return at >= s.size(); }
  char32_t At(size_t at, size_t* next) const {
    *next = at + 1;
    return s[at];
  }
};

template <typename Cursor>
size_t SkipSpaces(const Cursor& text, size_t at) {
  size_t next;
  while (!text.Done(at) && text.At(at, &next) == U' ') at = next;
  return at;
}

// Digits from `at`, at most `most` of them; returns where they end.
template <typename Cursor>
size_t SkipDigits(const Cursor& text, size_t at, int most, int* count) {
  size_t next;
  *count = 0;
  while (!text.Done(at) && IsDigit(text.At(at, &next))) {
    if (++*count > most) return at;
    at = next;
  }
  return at;
}

template <typename Cursor>
size_t MarkLength(const Cursor& text) {
  if (text.Done(0)) return 0;
  size_t at;
  const char32_t first = text.At(0, &at);
  if (IsBulletChar(first)) return SkipSpaces(text, at);
  if (IsDashChar(first)) {
    size_t after = SkipSpaces(text, at);
    if (text.Done(after)) return 0;
    size_t ignored;
    char32_t next = text.At(after, &ignored);
    if (IsDigit(next) || IsDashChar(next)) return 0;
    return after;
  }
  // A number: "1." "1)" "(1)", one or two digits. ("1.2" is left to the
  // parser: at the start of a line it can be an item's number or a figure
  // such as "2.5 ล้าน", and only the document's habits tell which.)
  constexpr int kMostDigits = 2;
  size_t k = 0;
  bool parenthesized = first == U'(';
  if (parenthesized) k = at;
  int count = 0;
  k = SkipDigits(text, k, kMostDigits, &count);
  if (count == 0 || count > kMostDigits || text.Done(k)) return 0;
  size_t next;
  char32_t c = text.At(k, &next);
  if (parenthesized) {
    if (c != U')') return 0;
  } else if (c != U'.' && c != U')') {
    return 0;
  }
  // "4.)": a dot and a parenthesis, as some typists close a number.
  if (c == U'.' && !text.Done(next)) {
    size_t past;
    if (text.At(next, &past) == U')') {
      c = U')';
      next = past;
    }
  }
  size_t after = SkipSpaces(text, next);
  if (text.Done(after)) return 0;
  size_t ignored;
  const char32_t word = text.At(after, &ignored);
  if (IsDigit(word)) return 0;
  // A mark stands apart from the word after it, except that a parenthesis
  // may touch a Thai word ("3)การ"): a dot could end an abbreviation or a
  // number ("พ.ศ.", "1.5"), a parenthesis before a Thai letter cannot.
  if (after == next && !(c == U')' && (IsThaiConsonant(word) || IsThaiLeadingVowel(word))))
    return 0;
  return after;
}

}  // namespace

bool IsBulletChar(char32_t c) {
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
    case 0x2610:  // ☐ BALLOT BOX (a checkbox before each item)
    case 0x2611:  // ☑
    case 0x2612:  // ☒
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

bool IsDashChar(char32_t c) {
  return c == U'-' || c == U'*' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

size_t LeadingListMark(std::string_view utf8) { return MarkLength(Utf8Cursor{utf8}); }

size_t LeadingListMark(std::u32string_view text) { return MarkLength(Utf32Cursor{text}); }

}  // namespace samatthana
