#include "ingest/pdf/garbage_text.h"

#include "base/char_classes.h"

namespace samatthana::ingest {
namespace {

// Fewer characters than this say too little about a page (a page number, a
// signature line) to call it garbage.
constexpr size_t kMinCharacters = 20;
// A font's unreadable characters that make all of its text suspect: a few,
// and more than a stray bullet in every line would give.
constexpr size_t kFontUnreadableMin = 3;
constexpr double kFontUnreadableShare = 0.05;
// "Most of the page".
constexpr double kPageGarbageShare = 0.5;

}  // namespace

bool IsUnreadableChar(char32_t c) {
  if (c >= 0x20 && c < 0x7F) return false;               // ASCII text: the usual case
  if (c >= 0xA0 && c < 0xD800) return false;             // Thai and every other script
  if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return true;  // C0 and C1 controls
  if (c == 0xFFFD || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE) return true;
  const bool private_use =
      (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xF0000 && c <= 0xFFFFD) || (c >= 0x100000);
  if (!private_use) return false;
  return !IsLegacyThaiGlyph(c) && !(c >= 0xF000 && c <= 0xF0FF);
}

bool IsGarbageTextLayer(const PageTextCensus& census) {
  size_t characters = 0, unreadable = 0;
  for (const FontTextCount& font : census) {
    characters += font.characters;
    const bool lying = font.unreadable >= kFontUnreadableMin &&
                       font.unreadable >= kFontUnreadableShare * font.characters;
    unreadable += lying ? font.characters : font.unreadable;
  }
  if (characters < kMinCharacters) return false;
  return unreadable > kPageGarbageShare * characters;
}

std::string PageList(const std::vector<int>& pages) {
  std::string out = pages.size() == 1 ? "page " : "pages ";
  for (size_t i = 0; i < pages.size();) {
    size_t j = i;
    while (j + 1 < pages.size() && pages[j + 1] == pages[j] + 1) ++j;
    if (i > 0) out += ", ";
    out += std::to_string(pages[i]);
    if (j > i) out += "-" + std::to_string(pages[j]);
    i = j + 1;
  }
  return out;
}

}  // namespace samatthana::ingest
