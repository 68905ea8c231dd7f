#include "base/legacy_thai.h"
#include "base/utf8.h"
#include "normalize/normalize.h"

namespace samatthana::normalize {

void MapLegacyGlyphs(std::string* text) {
  // Both ranges are three-byte sequences led by 0xEF.
  if (!HasByteAtLeast(*text, 0xEF)) return;
  std::string out;
  out.reserve(text->size());
  for (size_t i = 0; i < text->size();) {
    size_t start = i;
    UChar32 c = NextCodepoint(*text, &i);
    UChar32 mapped = static_cast<UChar32>(StandardThai(static_cast<char32_t>(c)));
    if (mapped == c) {
      out.append(*text, start, i - start);
    } else {
      AppendCodepoint(mapped, &out);
    }
  }
  text->swap(out);
}

}  // namespace samatthana::normalize
