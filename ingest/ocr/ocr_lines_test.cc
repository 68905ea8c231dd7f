#include "ingest/ocr/ocr_lines.h"

#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include <set>

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

// A 300 dpi row read as `words`, each of symbols standing close together on
// letter-sized blots, or, for those in `specks`, on a dot of dust (on the
// baseline, where a full stop stands, with `on_baseline`).
OcrPageLines ReadWords(const std::vector<std::vector<std::string>>& words,
                       const std::set<std::string>& specks, bool on_baseline = false,
                       int letter_width = 30) {
  PixPtr page(pixCreate(2000, 400, 1));
  OcrTextLine line;
  line.baseline = 145;
  int x = 100;
  for (const std::vector<std::string>& symbols : words) {
    OcrWord word{.text = "", .box = {x, 105, x, 145}, .confidence = 60, .symbols = {}};
    for (const std::string& text : symbols) {
      if (specks.count(text)) {
        pixRasterop(page.get(), x + 12, on_baseline ? 141 : 120, 4, 4, PIX_SET, nullptr, 0, 0);
      } else {
        pixRasterop(page.get(), x, 105, letter_width, 40, PIX_SET, nullptr, 0, 0);
      }
      word.symbols.push_back(OcrSymbol{
          .text = text, .box = {x, 105, x + letter_width, 145}, .confidence = 60, .choices = {}});
      word.text += text;
      word.box.x1 = x + letter_width;
      x += letter_width + 4;  // letters of a word stand close
    }
    line.words.push_back(std::move(word));
    x += 120;
  }
  line.box = {100, 100, x, 150};
  ThaiDictionary dictionary;
  OcrLineBuilder builder(&dictionary);
  OcrPageGeometry geometry{.page = 1, .dpi = 300, .letter_height = 40, .width = 480, .height = 96};
  return builder.Build({line}, page.get(), geometry);
}

// Tesseract read a row of specks as "xl v w": once the reading of a dot of
// dust is set aside, lone letters are left.
TEST(OcrLines, LoneLettersLeftOnceSpecksAreSetAsideAreSpeckle) {
  OcrPageLines got = ReadWords({{"x", "l"}, {"v"}, {"w"}}, {"l"});
  EXPECT_TRUE(got.lines.lines.empty()) << got.lines.lines.front().text;
  EXPECT_EQ(got.dropped, 1);
  // The same row with ink under every letter is text.
  got = ReadWords({{"x", "l"}, {"v"}, {"w"}}, {});
  ASSERT_EQ(got.lines.lines.size(), 1u);
  EXPECT_EQ(got.dropped, 0);
  // (The solid blot that opens the row reads as a bullet.)
  EXPECT_NE(got.lines.lines.front().text.find("l v w"), std::string::npos);
}

// A dot of dust on the baseline at a line's start is no full stop: no
// full stop, comma or colon opens a line. After text it is one.
TEST(OcrLines, NoFullStopOpensALine) {
  // (Letters narrower than a disc, which would read as a bullet.)
  OcrPageLines got = ReadWords({{"."}, {"ก", "ข"}}, {"."}, /*on_baseline=*/true, 20);
  ASSERT_EQ(got.lines.lines.size(), 1u);
  EXPECT_EQ(got.lines.lines.front().text, "กข");
  got = ReadWords({{"ก", "ข", "."}}, {"."}, /*on_baseline=*/true, 20);
  ASSERT_EQ(got.lines.lines.size(), 1u);
  EXPECT_EQ(got.lines.lines.front().text, "กข.");
}

}  // namespace
}  // namespace samatthana::ingest
