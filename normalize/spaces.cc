#include "normalize/normalize.h"
#include "normalize/utf8.h"

namespace samatthana::normalize {
namespace {

bool IsSpace(UChar32 c) {
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') return true;
  if (c == 0x00A0 || c == 0x1680 || c == 0x202F || c == 0x205F || c == 0x3000) return true;
  return c >= 0x2000 && c <= 0x200A;
}

}  // namespace

void CollapseSpaces(std::string* text) {
  std::string out;
  out.reserve(text->size());
  bool pending_space = false;
  for (size_t i = 0; i < text->size();) {
    size_t start = i;
    UChar32 c = NextCodepoint(*text, &i);
    if (IsSpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.append(*text, start, i - start);
  }
  text->swap(out);
}

void RepairClusterSpaces(std::string* text) {
  if (text->find(' ') == std::string::npos || !HasByteAtLeast(*text, 0xE0)) return;
  std::string out;
  out.reserve(text->size());
  UChar32 prev = 0;
  for (size_t i = 0; i < text->size();) {
    size_t start = i;
    UChar32 c = NextCodepoint(*text, &i);
    if (c == ' ' && i < text->size()) {
      size_t peek = i;
      UChar32 next = NextCodepoint(*text, &peek);
      // A leading vowel, MAI HAN-AKAT and MAITAIKHU always need a consonant after them.
      bool after_leading_vowel =
          (IsThaiLeadingVowel(prev) || prev == 0x0E31 || prev == 0x0E47) && IsThaiConsonant(next);
      bool before_dependent =
          IsThai(prev) && (IsThaiCombiningMark(next) || IsThaiFollowingVowel(next));
      if (after_leading_vowel || before_dependent) continue;
    }
    out.append(*text, start, i - start);
    prev = c;
  }
  text->swap(out);
}

}  // namespace samatthana::normalize
