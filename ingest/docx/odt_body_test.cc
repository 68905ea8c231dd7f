#include "ingest/docx/odt_body.h"

#include <gtest/gtest.h>

#include "ingest/docx/office_test_util.h"
#include "ingest/docx/zip_test_util.h"

namespace samatthana::ingest {
namespace {

using Strings = std::vector<std::string>;
using testing::Describe;
using testing::DescribeCells;
using testing::ReadFixture;

TEST(OdtBody, HeadingsStylesListsBreaksAndWhatIsNotBody) {
  Result<Document> doc = ReadFixture("lists.odt");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->format, Format::kOdt);
  EXPECT_EQ(Describe(doc->lines),
            (Strings{"1 HB หัวเรื่อง", "2 HC ชื่อเอกสาร", "3 C กึ่งกลาง", "4 B ย่อหน้าหนา", "5 หนาบาง",
                     "6 B หนาทั้งหมด", "7 * ข้อหนึ่ง", "8 ต่อข้อหนึ่ง", "9 * ข้อสอง", "10 * ข้อย่อย",
                     "11 หัวรายการ", "12 ไม่มีเลข", "13 การวิเคราะ", "13 + ห์ข้อมูล ก\tข   ค",
                     "14 เนื้อความ", "15 ยึดกรอบ", "15 ในกรอบ"}));
}

TEST(OdtBody, TablesWithSpansHeaderRowsAndANestedTable) {
  Result<Document> doc = ReadFixture("tables.odt");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(Describe(doc->lines), (Strings{"1 ก่อนตาราง", "2 T0", "5 หลังตาราง"}));
  ASSERT_EQ(doc->tables.size(), 1u);
  const Table& t = doc->tables[0];
  EXPECT_EQ(t.rows, 3);
  EXPECT_EQ(t.columns, 3);
  EXPECT_EQ(
      DescribeCells(t),
      (Strings{"0,0 1x1 h: 2 ระดับ", "0,1 1x2 h: 2 พฤติกรรมบ่งชี้", "1,0 2x1: 3 ๑", "1,1 1x1: 3 ข้อหนึ่ง",
               "1,2 1x1: 3 ในหนึ่ง | 3 ในสอง", "2,1 1x1: 4 ข้อสาม", "2,2 1x1: 4 ข้อสี่"}));
}

TEST(OdtBody, TrackedDeletionsAreNotRead) {
  Result<Document> doc = ReadFixture("tracked-changes.odt");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(Describe(doc->lines), (Strings{"1 การคิดวิเคราะห์"}));
}

TEST(OdtBody, ARenderedListLabelIsNotText) {
  std::string content =
      "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
      "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
      "<text:list><text:list-item><text:p><text:number>1.</text:number>ชื่อ ก</text:p>"
      "</text:list-item></text:list></office:text></office:body></office:document-content>";
  Result<Document> doc = testing::ReadBytes(
      "label.odt", testing::MakeZip({{"mimetype", "application/vnd.oasis.opendocument.text"},
                                     {"content.xml", content}}));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(Describe(doc->lines), (Strings{"1 * ชื่อ ก"}));
}

TEST(OdtBody, AnArchiveWithoutContentIsDamaged) {
  Result<Document> doc = testing::ReadBytes(
      "empty.odt", testing::MakeZip({{"mimetype", "application/vnd.oasis.opendocument.text"}}));
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().ToString(),
            "empty.odt: damaged or hostile .odt: the archive has no content.xml");
}

}  // namespace
}  // namespace samatthana::ingest
