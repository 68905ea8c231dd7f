#include "base/list_marks.h"

#include <gtest/gtest.h>

namespace samatthana {
namespace {

TEST(LeadingListMark, BulletsDashesAndStarsIncludeTheSpaceAfter) {
  EXPECT_EQ(LeadingListMark("● ก"), std::string("● ").size());
  EXPECT_EQ(LeadingListMark("- ก"), 2u);
  EXPECT_EQ(LeadingListMark("* ก"), 2u);
  EXPECT_EQ(LeadingListMark("–ก"), std::string("–").size());
  EXPECT_EQ(LeadingListMark(U"\uF0B7 ก"), 2u);  // Symbol font's bullet, counted in codepoints
}

TEST(LeadingListMark, NumbersStandApartFromTheWords) {
  EXPECT_EQ(LeadingListMark("1. ก"), 3u);
  EXPECT_EQ(LeadingListMark("๒) ก"), std::string("๒) ").size());
  EXPECT_EQ(LeadingListMark("(3) ก"), 4u);
  EXPECT_EQ(LeadingListMark("2.5 ล้าน"), 0u);  // a figure
  EXPECT_EQ(LeadingListMark(U"12. ก"), 4u);
  EXPECT_EQ(LeadingListMark("1.ก"), 0u);     // glued to its word: not a mark
  EXPECT_EQ(LeadingListMark("2554 ก"), 0u);  // a year
  EXPECT_EQ(LeadingListMark("123. ก"), 0u);
}

TEST(LeadingListMark, AParenthesisMayTouchAThaiWord) {
  EXPECT_EQ(LeadingListMark("3)การ"), 2u);
  EXPECT_EQ(LeadingListMark("(3)เขียน"), 3u);
  EXPECT_EQ(LeadingListMark("3)abc"), 0u);
  EXPECT_EQ(LeadingListMark("3)5"), 0u);
}

TEST(LeadingListMark, ADotAndAParenthesisCloseOneNumber) {
  EXPECT_EQ(LeadingListMark("4.) ก"), 4u);
  EXPECT_EQ(LeadingListMark("4.)ก"), 3u);
}

TEST(LeadingListMark, NothingBeforeADigit) {
  EXPECT_EQ(LeadingListMark("- ๑๒ -"), 0u);  // a page number
  EXPECT_EQ(LeadingListMark("1. 5 คน"), 0u);
  EXPECT_EQ(LeadingListMark("-- ก"), 0u);
  EXPECT_EQ(LeadingListMark(""), 0u);
  EXPECT_EQ(LeadingListMark("-"), 0u);
}

TEST(IsBulletChar, SymbolFontRangeAndCheckboxes) {
  EXPECT_TRUE(IsBulletChar(0xF0A7));
  EXPECT_TRUE(IsBulletChar(0x2610));
  EXPECT_FALSE(IsBulletChar(U'ก'));
}

}  // namespace
}  // namespace samatthana
