#include "normalize/normalize.h"
#include "normalize/utf8.h"

namespace samatthana::normalize {

std::string NormalizeText(std::string_view text) {
  std::string s(text);
  RemoveInvisibles(&s);
  MapLegacyGlyphs(&s);  // before NFC: it creates combining marks
  CollapseSpaces(&s);   // before cluster repair: NBSP inside a cluster is a space too
  RepairClusterSpaces(&s);
  RebuildSaraAm(&s);
  ToNfc(&s);
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
