#include "ingest/pdf/pdf_extractor.h"

#include <gtest/gtest.h>

#include "ingest/pdf/pdf_test_util.h"

namespace samatthana::ingest {
namespace {

TEST(PdfExtractor, OfficePdfLinesCarryTheirPage) {
  Result<Document> doc = ReadPdf(FixtureBytes("cpd-competencies.pdf"));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->pages, 53);
  // The running header "คู่มือสมรรถนะ กรมส่งเสริมสหกรณ์" and "- N -" are gone.
  for (const Line& l : doc->lines) {
    EXPECT_EQ(l.text.find("คู่มือสมรรถนะ"), std::string::npos) << l.text;
    EXPECT_NE(l.text.substr(0, 2), "- ") << l.text;
    EXPECT_GE(l.page, 1);
  }
  EXPECT_EQ(doc->lines.front().text, "คำอธิบายรายละเอียด");
  EXPECT_EQ(doc->lines.front().page, 1);
  EXPECT_EQ(doc->lines.back().page, 53);
}

TEST(PdfExtractor, ThaiComesOutInLogicalOrderWithoutSplitWords) {
  Result<Document> doc = ReadPdf(FixtureBytes("cpd-competencies.pdf"));
  ASSERT_TRUE(doc.ok());
  std::string all;
  for (const Line& l : doc->lines) all += l.text + "\n";
  EXPECT_NE(all.find("ประเภททั่วไป"), std::string::npos);
  EXPECT_NE(all.find("การป้องกัน"), std::string::npos);
  EXPECT_EQ(all.find("ป้ อง"), std::string::npos);
  EXPECT_EQ(all.find("ทัว่"), std::string::npos);
}

TEST(PdfExtractor, EncryptedNeedsItsPassword) {
  std::string bytes = FixtureBytes("bad/encrypted.pdf");
  Result<Document> none = ReadPdf(bytes);
  ASSERT_FALSE(none.ok());
  EXPECT_NE(none.status().message().find("--password"), std::string::npos);
  ReadOptions wrong;
  wrong.password = "nope";
  Result<Document> bad = ReadPdf(bytes, wrong);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("does not open it"), std::string::npos);
  ReadOptions right;
  right.password = "samatthana";
  Result<Document> good = ReadPdf(bytes, right);
  ASSERT_TRUE(good.ok()) << good.status().ToString();
  EXPECT_EQ(good->pages, 53);
}

TEST(PdfExtractor, ScannedPagesSuggestOcr) {
  Result<Document> doc = ReadPdf(FixtureBytes("bad/scanned.pdf"));
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().message().find("OCR"), std::string::npos);
}

TEST(PdfExtractor, TruncatedAndDamagedFilesAreRefused) {
  std::string bytes = FixtureBytes("cpd-competencies.pdf");
  Result<Document> truncated = ReadPdf(bytes.substr(0, bytes.size() / 2));
  ASSERT_FALSE(truncated.ok());
  EXPECT_NE(truncated.status().message().find("truncated"), std::string::npos);
  Result<Document> damaged = ReadPdf("%PDF-1.4\nnot really a pdf at all\n%%EOF\n");
  ASSERT_FALSE(damaged.ok());
  EXPECT_NE(damaged.status().message().find("damaged"), std::string::npos);
}

TEST(PdfExtractor, PopplerComplaintsBecomeWarningsWithTheirPage) {
  // The second page has operators Poppler does not know, among good text.
  std::string bytes = MinimalPdf({"BT /F1 12 Tf 72 700 Td (first page) Tj ET",
                                  "BT /F1 12 Tf 72 700 Td (second) Tj ET bogus1 bogus2 bogus3 "
                                  "bogus4 bogus5 BT /F1 12 Tf 72 680 Td (page) Tj ET"});
  testing::internal::CaptureStderr();
  Result<Document> doc = ReadPdf(bytes);
  std::string printed = testing::internal::GetCapturedStderr();
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(printed, "") << "Poppler must not print to the terminal";
  std::vector<std::string> from_poppler;
  for (const Diagnostic& w : doc->warnings) {
    if (w.message.rfind("Poppler: ", 0) == 0) {
      from_poppler.push_back(w.message);
      EXPECT_EQ(w.where.page, 2) << w.ToString();
    }
  }
  // Three of the five, then how many more.
  ASSERT_EQ(from_poppler.size(), 4u);
  EXPECT_NE(from_poppler[0].find("bogus1"), std::string::npos) << from_poppler[0];
  EXPECT_EQ(from_poppler[3], "Poppler: 2 more messages like these");
  ASSERT_EQ(doc->lines.size(), 3u);
  EXPECT_EQ(doc->lines[2].text, "page");
}

TEST(PdfExtractor, APageLostToDamageIsRefused) {
  // Garbage over a content stream: the page has no text left and Poppler
  // complained about it. Taking the other pages would leave a hole.
  std::string bytes = FixtureBytes("cpd-competencies.pdf");
  size_t at = bytes.find("stream", bytes.size() / 2);
  ASSERT_NE(at, std::string::npos);
  for (size_t i = at + 10; i < at + 210; ++i) bytes[i] = (i % 10 == 0) ? '\0' : '!';
  Result<Document> doc = ReadPdf(bytes);
  ASSERT_FALSE(doc.ok());
  EXPECT_GT(doc.status().location().page, 0) << doc.status().ToString();
  EXPECT_NE(doc.status().message().find("damaged PDF"), std::string::npos)
      << doc.status().ToString();
}

TEST(PdfExtractor, ADamagedOnlyPageIsDamageNotAScan) {
  Result<Document> doc = ReadPdf(MinimalPdf({"BT /F1 12 Tf garbage ET"}));
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().location().page, 1);
  EXPECT_NE(doc.status().message().find("damaged PDF"), std::string::npos)
      << doc.status().ToString();
}

TEST(PdfExtractor, ABlankPageIsOnlyAWarning) {
  Result<Document> doc = ReadPdf(MinimalPdf(
      {"BT /F1 12 Tf 72 700 Td (text) Tj ET", "", "BT /F1 12 Tf 72 700 Td (more) Tj ET"}));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->warnings.size(), 1u);
  EXPECT_EQ(doc->warnings[0].where.page, 2);
}

TEST(PdfExtractor, PageLimit) {
  ReadOptions small;
  small.max_pages = 10;
  Result<Document> doc = ReadPdf(FixtureBytes("cpd-competencies.pdf"), small);
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().message().find("--max-pages"), std::string::npos);
}

TEST(PdfExtractor, ProgressReportsEveryPage) {
  ReadOptions options;
  int calls = 0, last_total = 0;
  options.progress = [&](const std::string&, int done, int total) {
    ++calls;
    last_total = total;
    EXPECT_EQ(done, calls);
  };
  ASSERT_TRUE(ReadPdf(FixtureBytes("cpd-competencies.pdf"), options).ok());
  EXPECT_EQ(calls, 53);
  EXPECT_EQ(last_total, 53);
}

}  // namespace
}  // namespace samatthana::ingest
