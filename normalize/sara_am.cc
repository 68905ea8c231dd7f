#include "base/char_classes.h"
#include "base/utf8.h"
#include "normalize/normalize.h"

namespace samatthana::normalize {
namespace {

constexpr UChar32 kNikhahit = 0x0E4D;
constexpr UChar32 kSaraAa = 0x0E32;
constexpr UChar32 kSaraAm = 0x0E33;

}  // namespace

void RebuildSaraAm(std::string* text) {
  // NIKHAHIT is U+0E4D: UTF-8 E0 B9 8D. Without it there is nothing to rebuild.
  if (text->find("\xE0\xB9\x8D") == std::string::npos) return;
  std::u32string cps;
  cps.reserve(text->size());
  for (size_t i = 0; i < text->size();) cps.push_back(NextCodepoint(*text, &i));

  std::string out;
  out.reserve(text->size());
  for (size_t k = 0; k < cps.size(); ++k) {
    UChar32 c = cps[k];
    // NIKHAHIT SARA AA, or NIKHAHIT TONE SARA AA (the tone is kept before SARA AM).
    if (c == kNikhahit) {
      if (k + 1 < cps.size() && cps[k + 1] == kSaraAa) {
        AppendCodepoint(kSaraAm, &out);
        k += 1;
        continue;
      }
      if (k + 2 < cps.size() && IsThaiToneMark(cps[k + 1]) && cps[k + 2] == kSaraAa) {
        AppendCodepoint(cps[k + 1], &out);
        AppendCodepoint(kSaraAm, &out);
        k += 2;
        continue;
      }
    }
    // TONE NIKHAHIT SARA AA: the tone is already where it belongs.
    AppendCodepoint(c, &out);
  }
  text->swap(out);
}

}  // namespace samatthana::normalize
