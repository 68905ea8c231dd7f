#include "ingest/pdf/shape_marks.h"

#include <gtest/gtest.h>

#include "ingest/pdf/pdf_test_util.h"

namespace samatthana::ingest {
namespace {

VisualLine MakeLine(double x0, double top, double height = 10) {
  VisualLine l;
  l.x0 = x0;
  l.text_x0 = x0;
  l.x1 = 500;
  l.top = top;
  l.bottom = top + height;
  l.height = height;
  return l;
}

TEST(ShapeMarks, MarksIndentedLinesWithAShapeInTheGap) {
  PageLines page;
  page.lines = {MakeLine(50, 100), MakeLine(80, 120), MakeLine(80, 140), MakeLine(80, 160)};
  std::vector<PdfShape> shapes = {
      {66, 123, 70, 127},    // a disc before the second line
      {66, 163, 70, 167},    // and before the fourth
      {300, 143, 304, 147},  // inside the third line's text: not a bullet
  };
  EXPECT_EQ(MarkShapeBullets(shapes, &page), 2);
  EXPECT_FALSE(page.lines[0].shape_mark);
  EXPECT_TRUE(page.lines[1].shape_mark);
  // The line now starts at its bullet; its text where it did.
  EXPECT_DOUBLE_EQ(page.lines[1].x0, 66);
  EXPECT_DOUBLE_EQ(page.lines[1].text_x0, 80);
  EXPECT_DOUBLE_EQ(page.lines[2].x0, 80);
  EXPECT_FALSE(page.lines[2].shape_mark);
  EXPECT_TRUE(page.lines[3].shape_mark);
}

TEST(ShapeMarks, IgnoresShapesOutsideTheLineBandOrTouchingTheText) {
  PageLines page;
  page.lines = {MakeLine(50, 100), MakeLine(80, 120)};
  std::vector<PdfShape> shapes = {
      {66, 111, 70, 115},  // between the lines: in neither band's middle
      {78, 123, 82, 127},  // overlapping the text's first glyph
      {60, 100, 75, 140},  // taller than the line: a frame, not a bullet
  };
  EXPECT_EQ(MarkShapeBullets(shapes, &page), 0);
  EXPECT_FALSE(page.lines[1].shape_mark);
}

TEST(ShapeMarks, APageOfNothingButItemsHasItsBulletsFound) {
  // The last page of a list: every line is indented the same.
  PageLines page;
  page.lines = {MakeLine(80, 100), MakeLine(80, 120), MakeLine(80, 140)};
  EXPECT_EQ(MarkShapeBullets({{66, 103, 70, 107}, {66, 143, 70, 147}}, &page), 2);
  EXPECT_TRUE(page.lines[0].shape_mark);
  EXPECT_FALSE(page.lines[1].shape_mark);
  EXPECT_TRUE(page.lines[2].shape_mark);
}

TEST(ShapeMarks, ShapesFarFromTheTextAreNotItsBullet) {
  PageLines page;
  page.lines = {MakeLine(80, 100)};
  // A mark in the far margin, and a wide bar: neither is a bullet.
  EXPECT_EQ(MarkShapeBullets({{10, 103, 14, 107}, {60, 103, 75, 106}}, &page), 0);
}

TEST(ShapeMarks, LinesWithABulletCharacterKeepIt) {
  PageLines page;
  page.lines = {MakeLine(50, 100), MakeLine(80, 120)};
  page.lines[1].starts_with_bullet = true;
  EXPECT_EQ(MarkShapeBullets({{66, 123, 70, 127}}, &page), 0);
}

TEST(ShapeMarks, DiscBulletsStartItemsEvenAfterAFullLine) {
  // A browser-printed list: the discs are circles, not characters, and the
  // first item is justified to end exactly at the right edge.
  Result<Document> doc = ReadPdf(FixtureBytes("pdf/shape-bullets.pdf"));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  std::vector<std::string> items;
  for (const Line& l : doc->lines) {
    if (l.starts_item) {
      items.push_back(l.text);
    } else if (l.continues && !items.empty()) {
      items.back() += l.text;
    }
  }
  // A one-page document keeps its page header and number: neither is an item.
  EXPECT_EQ(items,
            (std::vector<std::string>{"แยกแยะปัญหาออกเป็นรายการอย่างง่าย บนกฎพื้นฐานหรือสามัญสำนึกที่มีอยู่แล้ว",
                                      "วางแผนงานโดยแตกเป็นส่วน", "เชื่อมโยงข้อมูล"}));
}

}  // namespace
}  // namespace samatthana::ingest
