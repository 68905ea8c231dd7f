#include "parse/level_title.h"

#include <gtest/gtest.h>

namespace samatthana::parse {
namespace {

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
