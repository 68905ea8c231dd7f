#include "normalize/normalize.h"
#include "normalize/utf8.h"

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

}  // namespace

void RemoveInvisibles(std::string* text) {
  // Every invisible is at least two bytes with a lead byte of 0xC2 or more.
  if (!HasByteAtLeast(*text, 0xC2)) return;
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
