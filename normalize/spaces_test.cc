#include <gtest/gtest.h>

#include "normalize/normalize.h"

namespace samatthana::normalize {
namespace {

std::string Collapse(std::string s) {
  CollapseSpaces(&s);
  return s;
}

std::string Repair(std::string s) {
  RepairClusterSpaces(&s);
  return s;
}

TEST(CollapseSpaces, NbspTabsAndUnicodeSpacesBecomeOneSpace) {
  EXPECT_EQ(Collapse("ก\u00A0\u00A0ข\tค\u2003ง\u3000จ"), "ก ข ค ง จ");
}

TEST(CollapseSpaces, TrimsBothEnds) { EXPECT_EQ(Collapse("  \t ระดับ  ที่ \u00A0"), "ระดับ ที่"); }

TEST(CollapseSpaces, EmptyStaysEmpty) { EXPECT_EQ(Collapse(" \u00A0 "), ""); }

TEST(RepairClusterSpaces, SpaceAfterLeadingVowelIsRemoved) {
  EXPECT_EQ(Repair("เ ป็น"), "เป็น");
  EXPECT_EQ(Repair("แ ละ"), "และ");
  EXPECT_EQ(Repair("เป็ น"), "เป็น");
  EXPECT_EQ(Repair("สั งคม"), "สังคม");
}

TEST(RepairClusterSpaces, SpaceBeforeMarkOrFollowingVowelIsRemoved) {
  EXPECT_EQ(Repair("ส ำหรับ"), "สำหรับ");
  EXPECT_EQ(Repair("ที ่"), "ที่");
}

TEST(RepairClusterSpaces, WordSpacesStay) {
  // A space after a tone mark or before a consonant is a real word boundary.
  EXPECT_EQ(Repair("ที่ ซับซ้อน ต่าง ๆ"), "ที่ ซับซ้อน ต่าง ๆ");
  EXPECT_EQ(Repair("ระดับที่ ๑: แสดง"), "ระดับที่ ๑: แสดง");
  EXPECT_EQ(Repair("IT ที่"), "IT ที่");
}

}  // namespace
}  // namespace samatthana::normalize
