#include "ingest/docx/paragraph_builder.h"

#include <gtest/gtest.h>

#include "ingest/docx/office_test_util.h"

namespace samatthana::ingest {
namespace {

using Strings = std::vector<std::string>;

Strings Finish(ParagraphBuilder& p, bool item = false) {
  std::vector<Line> out;
  p.Finish(false, false, item, &out);
  return testing::Describe(out);
}

TEST(ParagraphBuilder, BreaksBetweenThaiLettersContinueTheWord) {
  ParagraphBuilder p(4, 1000);
  p.AddText("การวิเคราะ", false);
  p.Break();
  p.AddText("ห์ข้อมูล", false);
  p.Break();
  p.Break();  // two breaks: an empty line between, so a new line
  p.AddText("ใหม่", false);
  p.Break();
  p.AddText("A", false);  // Latin after Thai: a new line
  EXPECT_EQ(Finish(p, true), (Strings{"4 * การวิเคราะ", "4 + ห์ข้อมูล", "4 ใหม่", "4 A"}));
}

TEST(ParagraphBuilder, BoldWhenEveryRunWithTextIsBold) {
  ParagraphBuilder all(1, 1000);
  all.AddText("หนา", true);
  all.AddText(" ", false);  // white space does not count
  all.AddText("มาก", true);
  EXPECT_EQ(Finish(all), (Strings{"1 B หนา มาก"}));
  ParagraphBuilder mixed(1, 1000);
  mixed.AddText("หนา", true);
  mixed.AddText("บาง", false);
  EXPECT_EQ(Finish(mixed), (Strings{"1 หนาบาง"}));
  ParagraphBuilder empty(1, 1000);
  EXPECT_EQ(Finish(empty), Strings{});
}

TEST(ParagraphBuilder, TakeOverJoinsAParagraphWhoseMarkWasDeleted) {
  ParagraphBuilder first(2, 1000);
  first.AddText("ครึ่ง", false);
  first.anchored()->push_back(Line{.text = "กล่อง", .line = 2});
  ParagraphBuilder second(3, 1000);
  second.AddText("แรก", false);
  EXPECT_TRUE(second.TakeOver(std::move(first)));
  EXPECT_EQ(Finish(second), (Strings{"2 ครึ่งแรก", "2 กล่อง"}));
}

TEST(ParagraphBuilder, LineLengthLimit) {
  ParagraphBuilder p(1, 5);
  EXPECT_TRUE(p.AddText("abcde", false));
  EXPECT_FALSE(p.AddText("f", false));
  // Paragraphs joined by deleted marks are held to it too.
  ParagraphBuilder first(1, 5);
  first.AddText("abc", false);
  ParagraphBuilder second(2, 5);
  second.AddText("def", false);
  EXPECT_FALSE(second.TakeOver(std::move(first)));
}

}  // namespace
}  // namespace samatthana::ingest
