#include "parse/name_parts.h"

#include <gtest/gtest.h>

namespace samatthana::parse {
namespace {

TEST(NameParts, EnglishNameAndCode) {
  NameParts p = SplitName("การมุ่งผลสัมฤทธิ์ (Achievement Motivation-ACH)");
  EXPECT_EQ(p.name, "การมุ่งผลสัมฤทธิ์");
  EXPECT_EQ(p.name_en, "Achievement Motivation");
  EXPECT_EQ(p.code, "ACH");
  NameParts spaced = SplitName("วิสัยทัศน์ (Visioning - VIS)");
  EXPECT_EQ(spaced.name_en, "Visioning");
  EXPECT_EQ(spaced.code, "VIS");
  NameParts amp = SplitName("การพัฒนาศักยภาพคน (Caring & Developing Others-DEV)");
  EXPECT_EQ(amp.name_en, "Caring & Developing Others");
  EXPECT_EQ(amp.code, "DEV");
}

TEST(NameParts, EnglishNameWithoutCode) {
  NameParts p = SplitName("การตรวจสอบความถูกต้องตามกระบวนงาน (Concern for order)");
  EXPECT_EQ(p.name, "การตรวจสอบความถูกต้องตามกระบวนงาน");
  EXPECT_EQ(p.name_en, "Concern for order");
  EXPECT_EQ(p.code, std::nullopt);
}

TEST(NameParts, CodeOnly) {
  NameParts p = SplitName("การคิดวิเคราะห์ (AT)");
  EXPECT_EQ(p.name, "การคิดวิเคราะห์");
  EXPECT_EQ(p.name_en, std::nullopt);
  EXPECT_EQ(p.code, "AT");
}

TEST(NameParts, DefinitionAfterAColon) {
  NameParts p = SplitName("การมุ่งผลสัมฤทธิ์ (Achievement Orientation) : ความมุ่งมั่นจะปฏิบัติราชการ");
  EXPECT_EQ(p.name, "การมุ่งผลสัมฤทธิ์");
  EXPECT_EQ(p.name_en, "Achievement Orientation");
  EXPECT_EQ(p.definition, "ความมุ่งมั่นจะปฏิบัติราชการ");
}

TEST(NameParts, PlainNamesAndThaiInParenthesesStayWhole) {
  EXPECT_EQ(SplitName("ความคิดสร้างสรรค์").name, "ความคิดสร้างสรรค์");
  NameParts thai = SplitName("การทำงานเป็นทีม (ทีมงาน)");
  EXPECT_EQ(thai.name, "การทำงานเป็นทีม (ทีมงาน)");
  EXPECT_EQ(thai.name_en, std::nullopt);
}

}  // namespace
}  // namespace samatthana::parse
