#include <gtest/gtest.h>

#include "normalize/normalize.h"

namespace samatthana::normalize {
namespace {

TEST(NormalizeText, AllRulesCompose) {
  // Legacy glyph + split sara am + NBSP + zero-width space + cluster space.
  EXPECT_EQ(NormalizeText("\u00A0ก\u0E4D\u0E32หนด\u200B ก\u0E32รป\uF714องกัน  เ ป็น "),
            "กำหนด การป้องกัน เป็น");
}

TEST(NormalizeText, OfficialTyposAreKept) {
  EXPECT_EQ(NormalizeText("ความรู้ท่ามีความซับซ้อน ยุงยาก"), "ความรู้ท่ามีความซับซ้อน ยุงยาก");
}

TEST(NormalizeText, StrayBytesCannotFormNewCharacters) {
  // A byte that starts a sequence, then a C1 control (dropped), then the rest
  // of a BOM: the pieces must not join into a character after the drop.
  std::string in = "\xEF\xC2\x85\xBB\xBFx";
  std::string once = NormalizeText(in);
  EXPECT_EQ(NormalizeText(once), once);
  EXPECT_EQ(once.find("\xEF\xBB\xBF"), std::string::npos);
}

TEST(NormalizeText, ReorderedMarksAfterASpaceAreRepairedInOnePass) {
  // U+0F75 (Tibetan, decomposed by NFC into two marks of higher combining
  // class) before a tone mark: only canonical reordering brings the tone mark
  // next to the space, which must then go as well.
  std::string in = "๒ ่ཱུ ํ";
  std::string once = NormalizeText(in);
  EXPECT_EQ(NormalizeText(once), once);
  EXPECT_EQ(once, "๒่ཱུํ");
}

TEST(LayoutKey, IgnoresSpacesAndDigitStyle) {
  EXPECT_EQ(LayoutKey("ระดับที่ ๑ และ ก"), LayoutKey("ระดับที่1และก"));
  EXPECT_NE(LayoutKey("ระดับที่ ๑"), LayoutKey("ระดับที่ ๒"));
}

}  // namespace
}  // namespace samatthana::normalize
