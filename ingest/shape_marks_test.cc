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
  // A one-page document keeps its page header and number: neither is an item.
  EXPECT_EQ(items, (std::vector<std::string>{
                       "แยกแยะปัญหาออกเป็นรายการอย่างง่าย บนกฎพื้นฐานหรือสามัญสำนึกที่มีอยู่แล้ว",
                       "วางแผนงานโดยแตกเป็นส่วน", "เชื่อมโยงข้อมูล"}));
}

}  // namespace
}  // namespace samatthana::ingest
