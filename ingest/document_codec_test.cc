#include "ingest/document_codec.h"

#include <gtest/gtest.h>

namespace samatthana::ingest {
namespace {

// A document with every field set to something other than its default.
Document Full() {
  Document doc;
  doc.path = "ทดสอบ.pdf";
  doc.format = Format::kPdf;
  doc.encoding = "UTF-8";
  doc.sha256 = "ab12";
  doc.size = 1ull << 40;
  doc.pages = 7;
  doc.ocr_pages = 2;
  Line line{.text = "ระดับที่ ๑: ก",
            .line = 3,
            .page = 2,
            .starts_item = true,
            .continues = true,
            .join_tight = true,
            .after_gap = true,
            .style = {.heading = true, .bold = true, .centered = true},
            .table = -1,
            .confidence = 87.5f,
            .repaired = true};
  doc.lines = {line, Line{.text = "", .line = 4, .table = 0}};
  Table t{.rows = 2, .columns = 3, .cells = {}, .line = 4, .page = 2};
  t.cells.push_back(
      {.row = 1, .column = 2, .row_span = 2, .column_span = 1, .header = true, .lines = {line}});
  doc.tables = {t};
  doc.unreadable_pages = {3, 4};
  doc.warnings = {{Location{"ทดสอบ.pdf", 2, 5, 17}, "คำเตือน"}};
  return doc;
}

TEST(DocumentCodec, EveryFieldSurvivesTheRoundTrip) {
  Document doc = Full();
  Result<Document> back = DecodeDocument(EncodeDocument(doc));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(*back, doc);
}

TEST(DocumentCodec, AStatusComesBackAsThatStatus) {
  Status s = Status::InvalidInput({"a.pdf", 3}, "damaged PDF");
  Result<Document> back = DecodeDocument(EncodeStatus(s));
  ASSERT_FALSE(back.ok());
  EXPECT_EQ(back.status().code(), Status::Code::kInvalidInput);
  EXPECT_EQ(back.status().ToString(), s.ToString());
}

TEST(DocumentCodec, CutOrGarbledBytesAreAnInternalError) {
  std::string bytes = EncodeDocument(Full());
  for (size_t cut : {size_t{0}, size_t{1}, bytes.size() / 2, bytes.size() - 1}) {
    Result<Document> back = DecodeDocument(std::string_view(bytes).substr(0, cut));
    ASSERT_FALSE(back.ok()) << cut;
    EXPECT_EQ(back.status().code(), Status::Code::kInternal);
  }
  EXPECT_FALSE(DecodeDocument(bytes + "x").ok());
  std::string huge_count = bytes;
  huge_count[1] = '\x7f';  // the path's length, now far past the end
  EXPECT_FALSE(DecodeDocument(huge_count).ok());
}

}  // namespace
}  // namespace samatthana::ingest
