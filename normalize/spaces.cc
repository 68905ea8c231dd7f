#include "base/char_classes.h"
#include "base/utf8.h"
#include "normalize/normalize.h"

namespace samatthana::normalize {
namespace {

bool IsSpace(UChar32 c) {
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') return true;
  if (c == 0x00A0 || c == 0x1680 || c == 0x202F || c == 0x205F || c == 0x3000) return true;
  return c >= 0x2000 && c <= 0x200A;
}

// True when CollapseSpaces has something to do: a space at either end, two
// in a row, or any other kind of space. Checked on bytes, without copying.
bool NeedsCollapse(std::string_view s) {
  if (s.empty()) return false;
  if (s.front() == ' ' || s.back() == ' ') return true;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = p[i];
    if (c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') return true;
    if (c == ' ' && i + 1 < s.size() && p[i + 1] == ' ') return true;
    if (c == 0xC2 && i + 1 < s.size() && p[i + 1] == 0xA0) return true;  // NBSP
    if ((c == 0xE1 || c == 0xE2 || c == 0xE3) && i + 2 < s.size()) {
      size_t at = i;
      if (IsSpace(NextCodepoint(s, &at))) return true;
    }
  }
  return false;
}

// True when a space stands where RepairClusterSpaces removes one.
bool NeedsClusterRepair(std::string_view s) {
  UChar32 prev = 0;
  for (size_t i = 0; i < s.size();) {
    UChar32 c = NextCodepoint(s, &i);
    if (c == ' ' && i < s.size()) {
      size_t peek = i;
      UChar32 next = NextCodepoint(s, &peek);
      if ((IsThaiLeadingVowel(prev) || prev == 0x0E31 || prev == 0x0E47) && IsThaiConsonant(next)) {
        return true;
      }
      if (IsThai(prev) && (IsThaiCombiningMark(next) || IsThaiFollowingVowel(next))) return true;
    }
    prev = c;
  }
  return false;
}

}  // namespace

void CollapseSpaces(std::string* text) {
  if (!NeedsCollapse(*text)) return;
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
  if (!NeedsClusterRepair(*text)) return;
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
