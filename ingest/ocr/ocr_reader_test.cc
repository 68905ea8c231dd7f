#include "ingest/ocr/ocr_reader.h"

#include <gtest/gtest.h>

#include "base/char_classes.h"
#include "ingest/ocr/ocr_test_util.h"

namespace samatthana::ingest {
namespace {

// The fixture scan (fixtures/ocr/make_fixture.py) read once for every test
// here: OCR takes a few seconds a page.
class OcrReaderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    bytes_ = new std::string(ReadOcrFixture("scan.pdf"));
    outcome_ = new OcrOutcome;
    OcrRequest request{.source = {.bytes = *bytes_}, .file = "scan.pdf", .pages = {1}};
    request.progress = [](int done, int total) { progress_.push_back({done, total}); };
    status_ = new Status(ReadPagesByOcr(request, outcome_));
  }
  static void TearDownTestSuite() {
    delete outcome_;
    delete status_;
    delete bytes_;
  }
  static std::string Text() {
    std::string text;
    for (const VisualLine& l : outcome_->pages.at(0).lines) text += l.text + "\n";
    return text;
  }

  static std::string* bytes_;
  static OcrOutcome* outcome_;
  static Status* status_;
  static std::vector<std::pair<int, int>> progress_;
};

std::string* OcrReaderTest::bytes_ = nullptr;
OcrOutcome* OcrReaderTest::outcome_ = nullptr;
Status* OcrReaderTest::status_ = nullptr;
std::vector<std::pair<int, int>> OcrReaderTest::progress_;

TEST_F(OcrReaderTest, ReadsTheScannedThaiText) {
  ASSERT_TRUE(status_->ok()) << status_->ToString();
  ASSERT_EQ(outcome_->pages.size(), 1u);
  double rate = CharacterErrorRate(ReadOcrFixture("scan.txt"), Text());
  // Measured 0.5% when this was written; the bound leaves room for another
  // Tesseract build.
  EXPECT_LT(rate, 0.05) << Text();
}

TEST_F(OcrReaderTest, EveryLineCarriesItsConfidence) {
  ASSERT_TRUE(status_->ok());
  ASSERT_FALSE(outcome_->pages.at(0).lines.empty());
  for (const VisualLine& l : outcome_->pages.at(0).lines) {
    EXPECT_GE(l.confidence, 0) << l.text;
    EXPECT_LE(l.confidence, 100) << l.text;
    EXPECT_EQ(l.page, 1);
  }
}

TEST_F(OcrReaderTest, SpeckleMakesNoLines) {
  ASSERT_TRUE(status_->ok());
  // Seven lines of text, two of them wrapped; the speckle all over the
  // page adds none.
  const PageLines& page = outcome_->pages.at(0);
  EXPECT_EQ(page.lines.size(), 9u) << Text();
  for (const VisualLine& l : page.lines) {
    int thai = 0;
    for (unsigned char c : l.text) thai += (c == 0xE0);  // lead byte of U+0E00-U+0FFF
    EXPECT_GE(thai, 3) << l.text;
  }
}

TEST_F(OcrReaderTest, GeometryIsInPointsOnTheUprightPage) {
  ASSERT_TRUE(status_->ok());
  const PageLines& page = outcome_->pages.at(0);
  EXPECT_NEAR(page.width, 420, 2);  // A5
  // The level lines start at one margin, the scan's skew taken out.
  std::vector<double> levels;
  for (const VisualLine& l : page.lines) {
    if (l.text.rfind("ระดับ", 0) == 0) levels.push_back(l.x0);
  }
  ASSERT_EQ(levels.size(), 2u) << Text();
  EXPECT_NEAR(levels[0], levels[1], 1.0);
  for (const VisualLine& l : page.lines) {
    EXPECT_GT(l.height, 5);
    EXPECT_LT(l.height, 30);
    EXPECT_GT(l.first_word_width, 0) << l.text;
  }
}

TEST_F(OcrReaderTest, ReportsProgressAfterThePage) {
  ASSERT_TRUE(status_->ok());
  ASSERT_FALSE(progress_.empty());
  EXPECT_EQ(progress_.back(), std::make_pair(1, 1));
}

}  // namespace
}  // namespace samatthana::ingest
