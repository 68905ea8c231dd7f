#include "base/utf8.h"
#include "normalize/normalize.h"

namespace samatthana::normalize {
namespace {

bool IsInvisible(UChar32 c) {
  switch (c) {
    case 0x00AD:  // SOFT HYPHEN
    case 0x200B:  // ZERO WIDTH SPACE
    case 0x200C:  // ZERO WIDTH NON-JOINER
    case 0x200D:  // ZERO WIDTH JOINER
    case 0x2060:  // WORD JOINER
    case 0xFEFF:  // BYTE ORDER MARK / ZERO WIDTH NO-BREAK SPACE
      return true;
    default:
      return c >= 0x0080 && c <= 0x009F;  // C1 controls
  }
}

// True when `s` holds one of the characters above, by their UTF-8 bytes:
// C2 80-9F and C2 AD; E2 80 8B-8D; E2 81 A0; EF BB BF.
bool HasInvisible(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    if (p[i] == 0xC2 && (p[i + 1] <= 0x9F || p[i + 1] == 0xAD) && p[i + 1] >= 0x80) return true;
    if (i + 2 >= s.size()) continue;
    if (p[i] == 0xE2 && p[i + 1] == 0x80 && p[i + 2] >= 0x8B && p[i + 2] <= 0x8D) return true;
    if (p[i] == 0xE2 && p[i + 1] == 0x81 && p[i + 2] == 0xA0) return true;
    if (p[i] == 0xEF && p[i + 1] == 0xBB && p[i + 2] == 0xBF) return true;
  }
  return false;
}

}  // namespace

void RemoveInvisibles(std::string* text) {
  if (!HasInvisible(*text)) return;
  std::string out;
  out.reserve(text->size());
  for (size_t i = 0; i < text->size();) {
    size_t start = i;
    UChar32 c = NextCodepoint(*text, &i);
    if (!IsInvisible(c)) out.append(*text, start, i - start);
  }
  text->swap(out);
}

}  // namespace samatthana::normalize
