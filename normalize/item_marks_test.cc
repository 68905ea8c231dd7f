#include <gtest/gtest.h>

#include "normalize/normalize.h"

namespace samatthana::normalize {
namespace {

std::vector<std::string> Texts(const std::vector<ItemSegment>& segs) {
  std::vector<std::string> out;
  for (const auto& s : segs) out.push_back((s.marked ? "* " : "") + s.text);
  return out;
}

TEST(ItemMarks, BulletsAnywhereSplitItems) {
  EXPECT_EQ(Texts(SplitItemMarks("● ก ข● ค")), (std::vector<std::string>{"* ก ข", "* ค"}));
  EXPECT_EQ(Texts(SplitItemMarks("หัวข้อ • ก ▪ ข ○ ค")),
            (std::vector<std::string>{"หัวข้อ", "* ก", "* ข", "* ค"}));
}

TEST(ItemMarks, SymbolFontBulletIsAMark) {
  EXPECT_EQ(Texts(SplitItemMarks("\uF0B7 แยกแยะปัญหา")), (std::vector<std::string>{"* แยกแยะปัญหา"}));
}

TEST(ItemMarks, DashOnlyAtLineStart) {
  EXPECT_EQ(Texts(SplitItemMarks("- ระบุเหตุ - และผล")),
            (std::vector<std::string>{"* ระบุเหตุ - และผล"}));
  EXPECT_EQ(Texts(SplitItemMarks("ก - ข")), (std::vector<std::string>{"ก - ข"}));
}

TEST(ItemMarks, PageFooterIsNotAnItem) {
  EXPECT_EQ(Texts(SplitItemMarks("- ๑๒ -")), (std::vector<std::string>{"- ๑๒ -"}));
}

TEST(ItemMarks, NumberedItems) {
  EXPECT_EQ(Texts(SplitItemMarks("๑. ก")), (std::vector<std::string>{"* ก"}));
  EXPECT_EQ(Texts(SplitItemMarks("2) ข")), (std::vector<std::string>{"* ข"}));
  EXPECT_EQ(Texts(SplitItemMarks("2554 ข")), (std::vector<std::string>{"2554 ข"}));
}

TEST(ItemMarks, EmptyBulletYieldsNothing) {
  EXPECT_TRUE(SplitItemMarks("●").empty());
  EXPECT_EQ(Texts(SplitItemMarks("● ก●")), (std::vector<std::string>{"* ก"}));
}

}  // namespace
}  // namespace samatthana::normalize
