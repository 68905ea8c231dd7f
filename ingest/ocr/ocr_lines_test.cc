#include "ingest/ocr/ocr_lines.h"

#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include "ingest/ocr/pix_ptr.h"

namespace samatthana::ingest {
namespace {

// A 300 dpi page with one row of letter-sized blots, each read as a lone
// character of `readings`, one word each.
OcrPageLines ReadRow(const std::vector<std::string>& readings) {
  PixPtr page(pixCreate(2000, 400, 1));
  OcrTextLine line;
  line.box = {100, 100, 100 + 120 * static_cast<int>(readings.size()), 150};
  line.baseline = 145;
  int x = 100;
  for (const std::string& text : readings) {
    pixRasterop(page.get(), x, 105, 30, 40, PIX_SET, nullptr, 0, 0);
    OcrSymbol symbol{.text = text, .box = {x, 105, x + 30, 145}, .confidence = 60, .choices = {}};
    line.words.push_back(
        OcrWord{.text = text, .box = symbol.box, .confidence = 60, .symbols = {symbol}});
    x += 120;
  }
  ThaiDictionary dictionary;
  OcrLineBuilder builder(&dictionary);
  OcrPageGeometry geometry{.page = 1, .dpi = 300, .letter_height = 40, .width = 480, .height = 96};
  return builder.Build({line}, page.get(), geometry);
}

TEST(OcrLines, ARowOfLoneSignsIsSpeckle) {
  OcrPageLines got = ReadRow({"a", "w", "w"});
  EXPECT_TRUE(got.lines.lines.empty()) << got.lines.lines.front().text;
  EXPECT_EQ(got.dropped, 1);
}

TEST(OcrLines, ARowWithAThaiLetterIsText) {
  OcrPageLines got = ReadRow({"a", "ก", "w"});
  ASSERT_EQ(got.lines.lines.size(), 1u);
  EXPECT_EQ(got.dropped, 0);
}

}  // namespace
}  // namespace samatthana::ingest
