#include <gtest/gtest.h>

#include "normalize/normalize.h"

namespace samatthana::normalize {
namespace {

std::string Mapped(std::string s) {
  MapLegacyGlyphs(&s);
  return s;
}

TEST(PuaMap, ShiftedToneMarksBecomeStandard) {
  // ป + MAI THO shifted left (U+F714) is "ป้".
  EXPECT_EQ(Mapped("การป\uF714องกัน"), "การป้องกัน");
  // MAI EK lowered (U+F70A) after SARA II.
  EXPECT_EQ(Mapped("ที\uF70A"), "ที่");
  EXPECT_EQ(Mapped("ผู\uF70B"), "ผู้");
}

TEST(PuaMap, ShiftedVowelsAndDescenderlessBasesBecomeStandard) {
  EXPECT_EQ(Mapped("ป\uF701"), "ปิ");     // SARA I shifted left
  EXPECT_EQ(Mapped("\uF70Fาณ"), "ญาณ");  // YO YING without descender
  EXPECT_EQ(Mapped("\uF700ุ"), "ฐุ");      // THO THAN without descender
  EXPECT_EQ(Mapped("ก\uF718"), "กุ");     // SARA U lowered
  EXPECT_EQ(Mapped("ป\uF710"), "ปั");     // MAI HAN-AKAT shifted left
}

TEST(PuaMap, MacRangeMapsToo) {
  EXPECT_EQ(Mapped("ป\uF88D"), "ป้");  // MAI THO shifted left (Mac)
  EXPECT_EQ(Mapped("\uF89Eาน"), "ฐาน");
}

TEST(PuaMap, EveryLegacyCodepointMapsIntoTheThaiBlock) {
  for (char32_t c = 0xF700; c <= 0xF71A; ++c) {
    std::string s;
    // UTF-8 of a three-byte codepoint.
    s.push_back(static_cast<char>(0xE0 | (c >> 12)));
    s.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    s.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    std::string out = Mapped(s);
    ASSERT_EQ(out.size(), 3u) << std::hex << static_cast<int>(c);
    EXPECT_EQ(static_cast<unsigned char>(out[0]), 0xE0) << std::hex << static_cast<int>(c);
    EXPECT_TRUE(static_cast<unsigned char>(out[1]) == 0xB8 ||
                static_cast<unsigned char>(out[1]) == 0xB9)
        << std::hex << static_cast<int>(c);
  }
}

TEST(PuaMap, LeavesOtherPrivateUseAlone) {
  // U+F0B7 is a Symbol-font bullet: an item mark, not a legacy Thai glyph.
  EXPECT_EQ(Mapped("\uF0B7 ก"), "\uF0B7 ก");
}

}  // namespace
}  // namespace samatthana::normalize
