#include "base/utf8.h"
#include "normalize/normalize.h"

namespace samatthana::normalize {

namespace {

// Ingest only hands over valid UTF-8; should anything else arrive, every
// ill-formed sequence becomes one U+FFFD first, so the rules below see
// characters, not stray bytes they could join into new ones.
void ReplaceIllFormed(std::string* text) {
  bool ascii = true;
  for (char c : *text) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) return;
  std::string out;
  out.reserve(text->size());
  for (size_t i = 0; i < text->size();) {
    size_t start = i;
    UChar32 c = NextCodepoint(*text, &i);
    bool well_formed = c != 0xFFFD || text->compare(start, i - start, "\xEF\xBF\xBD") == 0;
    if (well_formed) {
      out.append(*text, start, i - start);
    } else {
      AppendCodepoint(0xFFFD, &out);
    }
  }
  text->swap(out);
}

}  // namespace

std::string NormalizeText(std::string_view text) {
  std::string s(text);
  ReplaceIllFormed(&s);
  RemoveInvisibles(&s);
  MapLegacyGlyphs(&s);  // before NFC: it creates combining marks
  CollapseSpaces(&s);   // before cluster repair: NBSP inside a cluster is a space too
  RepairClusterSpaces(&s);
  RebuildSaraAm(&s);
  ToNfc(&s);
  // Canonical reordering can bring a Thai mark to the front of a combining
  // sequence that follows a space (a mark of another script stood first), so
  // repair again until nothing changes: each round removes a space, and a
  // second NormalizeText must find nothing left to do.
  for (;;) {
    size_t before = s.size();
    RepairClusterSpaces(&s);
    if (s.size() == before) break;
    RebuildSaraAm(&s);
    ToNfc(&s);
  }
  return s;
}

std::string LayoutKey(std::string_view text) {
  std::string s = NormalizeText(text);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    UChar32 c = NextCodepoint(s, &i);
    if (c == ' ') continue;
    if (c >= 0x0E50 && c <= 0x0E59) {
      out.push_back(static_cast<char>('0' + (c - 0x0E50)));
    } else {
      out.append(s, start, i - start);
    }
  }
  return out;
}

}  // namespace samatthana::normalize
