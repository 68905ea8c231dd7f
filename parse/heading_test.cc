#include "parse/heading.h"

#include <gtest/gtest.h>

namespace samatthana::parse {
namespace {

TEST(HeadingRecognizer, LevelInThaiOrAsciiDigits) {
  Heading thai = RecognizeHeading("ระดับที่ ๓: เข้าใจ");
  EXPECT_EQ(thai.kind, HeadingKind::kLevel);
  EXPECT_EQ(thai.level, 3);
  EXPECT_EQ(thai.text, "เข้าใจ");
  Heading ascii = RecognizeHeading("ระดับที่ 0: ไม่แสดง");
  EXPECT_EQ(ascii.kind, HeadingKind::kLevel);
  EXPECT_EQ(ascii.level, 0);
}

TEST(HeadingRecognizer, LevelWithSpaceBeforeColonOrNoSpaces) {
  EXPECT_EQ(RecognizeHeading("ระดับที่ ๕ : ก").level, 5);
  EXPECT_EQ(RecognizeHeading("ระดับที่๒:ก").level, 2);
  EXPECT_EQ(RecognizeHeading("ระดับที่ ๒ :").text, "");
}

TEST(HeadingRecognizer, LevelAloneOnItsLine) {
  Heading h = RecognizeHeading("ระดับที่ ๔");
  EXPECT_EQ(h.kind, HeadingKind::kLevel);
  EXPECT_EQ(h.level, 4);
  EXPECT_EQ(h.text, "");
}

TEST(HeadingRecognizer, BodyTextMentioningALevelIsNotAHeading) {
  // A wrapped line that starts with a builds-on phrase has no colon.
  EXPECT_EQ(RecognizeHeading("ระดับที่ ๑ และเข้าใจความสัมพันธ์").kind, HeadingKind::kNone);
  EXPECT_EQ(RecognizeHeading("ระดับที่สามารถแยกแยะ").kind, HeadingKind::kNone);
}

TEST(HeadingRecognizer, DefinitionLabelVariants) {
  for (const char* line : {"คำจำกัดความ: ก ข", "คำจำกัดความ : ก ข", "คำจำกัดความ ก ข"}) {
    Heading h = RecognizeHeading(line);
    EXPECT_EQ(h.kind, HeadingKind::kDefinition) << line;
    EXPECT_EQ(h.text, "ก ข") << line;
  }
  EXPECT_EQ(RecognizeHeading("คำจำกัดความ").kind, HeadingKind::kDefinition);
}

TEST(HeadingRecognizer, NameLabel) {
  Heading h = RecognizeHeading("ชื่อ การคิดวิเคราะห์");
  EXPECT_EQ(h.kind, HeadingKind::kName);
  EXPECT_EQ(h.text, "การคิดวิเคราะห์");
  EXPECT_EQ(RecognizeHeading("ชื่อสมรรถนะ: ก").text, "ก");
  EXPECT_EQ(RecognizeHeading("ชื่อเสียงขององค์กร").kind, HeadingKind::kNone);
}

TEST(LevelTitle, ThreeBuildsOnSpellings) {
  LevelTitle a = ReadLevelTitle("แสดงสมรรถนะระดับที่ ๑ และ เข้าใจความสัมพันธ์");
  EXPECT_EQ(a.builds_on, 1);
  EXPECT_EQ(a.summary, "เข้าใจความสัมพันธ์");
  LevelTitle b = ReadLevelTitle("มีระดับที่ ๒ และ เข้าใจวัฒนธรรมองค์กร");
  EXPECT_EQ(b.builds_on, 2);
  EXPECT_EQ(b.summary, "เข้าใจวัฒนธรรมองค์กร");
  LevelTitle c = ReadLevelTitle("แสดงสมรรถนะที่ ๓ และกำกับติดตาม");
  EXPECT_EQ(c.builds_on, 3);
  EXPECT_EQ(c.summary, "กำกับติดตาม");
}

TEST(LevelTitle, WithoutAndOrInAsciiDigits) {
  LevelTitle t = ReadLevelTitle("แสดงสมรรถนะระดับที่ 4 สร้างวัฒนธรรม");
  EXPECT_EQ(t.builds_on, 4);
  EXPECT_EQ(t.summary, "สร้างวัฒนธรรม");
}

TEST(LevelTitle, PlainTitleIsTheSummary) {
  LevelTitle t = ReadLevelTitle("ไม่แสดงสมรรถนะรายการนี้");
  EXPECT_FALSE(t.builds_on.has_value());
  EXPECT_EQ(t.summary, "ไม่แสดงสมรรถนะรายการนี้");
}

}  // namespace
}  // namespace samatthana::parse
