#include "ingest/docx/docx_body.h"

#include <gtest/gtest.h>

#include "ingest/docx/office_test_util.h"
#include "ingest/docx/zip_test_util.h"

namespace samatthana::ingest {
namespace {

using Strings = std::vector<std::string>;
using testing::Describe;
using testing::DescribeCells;
using testing::ReadFixture;

std::vector<std::string> LinesOf(const std::string& fixture) {
  Result<Document> doc = ReadFixture(fixture);
  if (!doc.ok()) return {doc.status().ToString()};
  EXPECT_EQ(doc->format, Format::kDocx);
  return Describe(doc->lines);
}

TEST(DocxBody, TrackedChangesReadAsAccepted) {
  Result<Document> doc = ReadFixture("tracked-changes.docx");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(Describe(doc->lines), (Strings{"1 การคิดวิเคราะห์", "2 ต้น ", "3 ย้ายมา ปลาย",
                                           "4 ครึ่งแรกครึ่งหลัง", "7 ธรรมดา", "8 T0"}));
  ASSERT_EQ(doc->tables.size(), 1u);
  EXPECT_EQ(DescribeCells(doc->tables[0]), (Strings{"0,0 1x1: 8 แถวอยู่"}));
  EXPECT_EQ(doc->tables[0].rows, 1);
}

TEST(DocxBody, TablesWithSpansAndAHeaderRow) {
  Result<Document> doc = ReadFixture("tables.docx");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  // Rows count as paragraphs: the table is paragraphs 2-4.
  EXPECT_EQ(Describe(doc->lines), (Strings{"1 ก่อนตาราง", "2 T0", "5 หลังตาราง"}));
  ASSERT_EQ(doc->tables.size(), 1u);
  const Table& t = doc->tables[0];
  EXPECT_EQ(t.rows, 3);
  EXPECT_EQ(t.columns, 3);
  EXPECT_EQ(t.line, 2);
  EXPECT_EQ(
      DescribeCells(t),
      (Strings{"0,0 1x1 h: 2 ระดับ", "0,1 1x2 h: 2 พฤติกรรมบ่งชี้", "1,0 2x1: 3 ๑", "1,1 1x1: 3 ข้อหนึ่ง",
               "1,2 1x1: 3 * ข้อสอง | 3 ต่อ", "2,1 1x1: 4 ข้อสาม", "2,2 1x1: 4 ข้อสี่"}));
}

TEST(DocxBody, NestedTableFlattensIntoItsCell) {
  Result<Document> doc = ReadFixture("nested-table.docx");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->tables.size(), 1u);
  EXPECT_EQ(DescribeCells(doc->tables[0]),
            (Strings{"0,0 1x1: 1 นอกซ้าย",
                     "0,1 1x1: 1 ก่อนใน | 1 ในหนึ่ง | 1 ในสอง | 1 ในสาม | 1 ในสี่ | 1 หลังใน"}));
}

TEST(DocxBody, ListParagraphsFromNumberingStartItems) {
  EXPECT_EQ(LinesOf("numbering.docx"),
            (Strings{"1 * รายการจากสไตล์", "2 * ตัวเลขไทย", "3 * ระดับสอง", "4 ไม่มีเครื่องหมาย",
                     "5 ยกเลิกด้วยศูนย์", "6 แทนที่ระดับ", "7 ย่อหน้าธรรมดา"}));
}

TEST(DocxBody, FieldsShowTheirResultNotTheirInstruction) {
  EXPECT_EQ(LinesOf("fields.docx"),
            (Strings{"1 ดูหน้า ๑๒", "2 ผู้เขียน สมชาย", "3 ผลลัพธ์", "4 ลิงก์ ท้าย"}));
}

TEST(DocxBody, TextBoxFollowsItsParagraphOnce) {
  EXPECT_EQ(LinesOf("text-box.docx"),
            (Strings{"1 ก่อนกล่อง", "2 ยึดกล่อง ต่อท้าย", "2 ในกล่องหนึ่ง", "2 ในกล่องสอง", "3 หลังกล่อง"}));
}

TEST(DocxBody, BreakInsideAThaiWordContinuesIt) {
  EXPECT_EQ(LinesOf("thai-breaks.docx"),
            (Strings{"1 การวิเคราะ", "1 + ห์ข้อมูล", "2 บรรทัดแรก ", "2 บรรทัดสอง",
                     "3 ก\tข\u00ADคง\u00A0จ-ฉ", "4 ก่อนขึ้นหน้า", "4 + หลังขึ้นหน้า", "5 หลังแบ่งหน้า"}));
}

TEST(DocxBody, HeadersFootersFootnotesAndCommentsAreNotBody) {
  EXPECT_EQ(LinesOf("furniture.docx"), (Strings{"1 เนื้อความ"}));
}

TEST(DocxBody, HeadingBoldAndCentredFromStylesAndDirectFormatting) {
  EXPECT_EQ(LinesOf("styles.docx"),
            (Strings{"1 HB หัวเรื่อง", "2 HC ชื่อเอกสาร", "3 HB บทที่", "4 H ระดับเค้าร่าง", "5 H เค้าร่างตรง",
                     "6 B ตัวหนาตรง", "7 หนาบาง", "8 B หนาจากสไตล์ อีก", "9 B ย่อหน้าหนา", "10 ไม่หนาแล้ว",
                     "11 C กึ่งกลาง", "12 C กึ่งกลางจากสไตล์", "13 ชิดซ้ายแทน", "14 ธรรมดา"}));
}

TEST(DocxBody, ADocumentWithoutStylesOrNumberingParts) {
  Result<Document> doc =
      testing::ReadBytes("bare.docx", testing::MakeDocx("<w:p><w:r><w:t>ชื่อ ก</w:t></w:r></w:p>"));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(Describe(doc->lines), (Strings{"1 ชื่อ ก"}));
}

TEST(DocxBody, LineLengthLimitNamesTheParagraph) {
  ReadOptions options;
  options.max_line_bytes = 10;
  Result<Document> doc =
      testing::ReadBytes("long.docx",
                         testing::MakeDocx("<w:p><w:r><w:t>a</w:t></w:r></w:p><w:p><w:r><w:t>" +
                                           std::string(20, 'b') + "</w:t></w:r></w:p>"),
                         options);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().ToString(),
            "long.docx:2: line longer than 10 bytes (raise the limit with --max-line-length)");
}

TEST(DocxBody, HostileTableWidthIsRefused) {
  Result<Document> doc = testing::ReadBytes(
      "wide.docx", testing::MakeDocx("<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"5000\"/>"
                                     "</w:tcPr><w:p/></w:tc></w:tr></w:tbl>"));
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().ToString(),
            "wide.docx: damaged or hostile .docx: a table wider than 1024 columns");
}

}  // namespace
}  // namespace samatthana::ingest
