// Legacy Thai font glyph codepoints and the standard characters they draw.
// The normalizer maps text written with them; the PDF reader compares a
// font's own glyph names with its text layer through the same table.
#ifndef SAMATTHANA_BASE_LEGACY_THAI_H_
#define SAMATTHANA_BASE_LEGACY_THAI_H_

#include <iterator>

namespace samatthana {
namespace legacy_thai_internal {

// Legacy Thai fonts position marks by substituting private-use glyphs: shifted
// down (SD), left (SL), down-left (SDL), or a base without its descender (RD).
// The table follows the Thai fallback shaper in HarfBuzz, which documents the
// Windows (U+F700-U+F71A) and Mac (U+F884-U+F89E) ranges.
constexpr char32_t kWindowsPua[] = {
    0x0E10,  // F700 THO THAN without descender
    0x0E34,  // F701 SARA I, shifted left
    0x0E35,  // F702 SARA II, shifted left
    0x0E36,  // F703 SARA UE, shifted left
    0x0E37,  // F704 SARA UEE, shifted left
    0x0E48,  // F705 MAI EK, down-left
    0x0E49,  // F706 MAI THO, down-left
    0x0E4A,  // F707 MAI TRI, down-left
    0x0E4B,  // F708 MAI CHATTAWA, down-left
    0x0E4C,  // F709 THANTHAKHAT, down-left
    0x0E48,  // F70A MAI EK, down
    0x0E49,  // F70B MAI THO, down
    0x0E4A,  // F70C MAI TRI, down
    0x0E4B,  // F70D MAI CHATTAWA, down
    0x0E4C,  // F70E THANTHAKHAT, down
    0x0E0D,  // F70F YO YING without descender
    0x0E31,  // F710 MAI HAN-AKAT, shifted left
    0x0E4D,  // F711 NIKHAHIT, shifted left
    0x0E47,  // F712 MAITAIKHU, shifted left
    0x0E48,  // F713 MAI EK, shifted left
    0x0E49,  // F714 MAI THO, shifted left
    0x0E4A,  // F715 MAI TRI, shifted left
    0x0E4B,  // F716 MAI CHATTAWA, shifted left
    0x0E4C,  // F717 THANTHAKHAT, shifted left
    0x0E38,  // F718 SARA U, down
    0x0E39,  // F719 SARA UU, down
    0x0E3A,  // F71A PHINTHU, down
};

constexpr char32_t kMacPua[] = {
    0x0E31,  // F884 MAI HAN-AKAT, shifted left
    0x0E34,  // F885 SARA I, shifted left
    0x0E35,  // F886 SARA II, shifted left
    0x0E36,  // F887 SARA UE, shifted left
    0x0E37,  // F888 SARA UEE, shifted left
    0x0E47,  // F889 MAITAIKHU, shifted left
    0x0E48,  // F88A MAI EK, shifted left
    0x0E48,  // F88B MAI EK, down
    0x0E48,  // F88C MAI EK, down-left
    0x0E49,  // F88D MAI THO, shifted left
    0x0E49,  // F88E MAI THO, down
    0x0E49,  // F88F MAI THO, down-left
    0x0E4A,  // F890 MAI TRI, shifted left
    0x0E4A,  // F891 MAI TRI, down
    0x0E4A,  // F892 MAI TRI, down-left
    0x0E4B,  // F893 MAI CHATTAWA, shifted left
    0x0E4B,  // F894 MAI CHATTAWA, down
    0x0E4B,  // F895 MAI CHATTAWA, down-left
    0x0E4C,  // F896 THANTHAKHAT, shifted left
    0x0E4C,  // F897 THANTHAKHAT, down
    0x0E4C,  // F898 THANTHAKHAT, down-left
    0x0E4D,  // F899 NIKHAHIT, shifted left
    0x0E0D,  // F89A YO YING without descender
    0x0E38,  // F89B SARA U, down
    0x0E39,  // F89C SARA UU, down
    0x0E3A,  // F89D PHINTHU, down
    0x0E10,  // F89E THO THAN without descender
};

static_assert(std::size(kWindowsPua) == 0xF71A - 0xF700 + 1);
static_assert(std::size(kMacPua) == 0xF89E - 0xF884 + 1);

}  // namespace legacy_thai_internal

// The standard Thai character a legacy glyph codepoint (U+F700-U+F71A,
// U+F884-U+F89E) stands for; any other codepoint is returned as it is.
constexpr char32_t StandardThai(char32_t c) {
  if (c >= 0xF700 && c <= 0xF71A) return legacy_thai_internal::kWindowsPua[c - 0xF700];
  if (c >= 0xF884 && c <= 0xF89E) return legacy_thai_internal::kMacPua[c - 0xF884];
  return c;
}

}  // namespace samatthana

#endif  // SAMATTHANA_BASE_LEGACY_THAI_H_
