#include "ingest/shape_marks.h"

#include <gtest/gtest.h>

#include "ingest/pdf_test_util.h"

namespace samatthana::ingest {
namespace {

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
  // The page header is a one-page document's first line; it is centred.
  ASSERT_GE(items.size(), 3u);
  EXPECT_EQ(items[items.size() - 4], "แยกแยะปัญหาออกเป็นรายการอย่างง่าย บนกฎพื้นฐานหรือสามัญสำนึกที่มีอยู่แล้ว");
  EXPECT_EQ(items[items.size() - 3], "วางแผนงานโดยแตกเป็นส่วน");
  EXPECT_EQ(items[items.size() - 2], "เชื่อมโยงข้อมูล");
}

}  // namespace
}  // namespace samatthana::ingest
