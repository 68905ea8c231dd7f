// Scanned catalogues: a PDF of page images is read by OCR under the default
// options and stored like any other catalogue.
#include <gtest/gtest.h>

#include "tests/cli_runner.h"

namespace samatthana::testing {
namespace {

TEST(OcrScan, IngestsUnderDefaultOptions) {
  ScratchDir dir;
  CliResult r = RunCli({"ingest", "--db", dir.File("c.db"), Fixture("ocr/scan.pdf")});
  ASSERT_EQ(r.status, 0) << r.err;
  // One competency, levels 1 and 2, three indicators (fixtures/ocr/scan.txt).
  EXPECT_NE(r.out.find("1 competencies, 2 levels, 3 indicators"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("1 page read by OCR, mean confidence "), std::string::npos) << r.out;
  EXPECT_EQ(r.err.find("run OCR first"), std::string::npos) << r.err;
}

TEST(OcrScan, InspectShowsTheLinesReadByOcr) {
  CliResult r = RunCli({"inspect", Fixture("ocr/scan.pdf")});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("(1 read by OCR)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("เครื่องมือ"), std::string::npos) << r.out;
}

TEST(OcrScan, AlwaysReadsATextPdfByOcrToo) {
  ScratchDir dir;
  CliResult r = RunCli({"inspect", "--ocr", "always", Fixture("pdf/furniture.pdf")});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("(3 read by OCR)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("หน้าที่"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace samatthana::testing
