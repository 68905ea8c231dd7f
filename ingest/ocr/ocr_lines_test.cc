#include "ingest/ocr/ocr_lines.h"

#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include <set>
#include <tuple>

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
  // Not even on ink Tesseract's box for it shares with a letter.
  got = ReadWords({{"."}, {"ก", "ข"}}, {}, /*on_baseline=*/true, 20);
  ASSERT_EQ(got.lines.lines.size(), 1u);
  EXPECT_EQ(got.lines.lines.front().text.find('.'), std::string::npos);
  got = ReadWords({{"ก", "ข", "."}}, {"."}, /*on_baseline=*/true, 20);
  ASSERT_EQ(got.lines.lines.size(), 1u);
  EXPECT_EQ(got.lines.lines.front().text, "กข.");
}

// A 300 dpi row "กข" of letter-sized blots from x 150, with a round mark
// 16 px across left of it at `mark_x` (filled, or only its rim), its
// middle at `mark_y` (the letters' bodies span 105-145), and a speck just
// after it. Tesseract read `mark_reading` on the speck, or nothing; its
// line box starts at `box_x0`.
OcrPageLines ReadMarkedRow(const std::string& mark_reading, int box_x0, bool filled = true,
                           int mark_y = 125, int mark_x = 100) {
  PixPtr page(pixCreate(2000, 400, 1));
  constexpr int kRadius = 8;
  for (int y = -kRadius; y <= kRadius; ++y) {
    for (int x = -kRadius; x <= kRadius; ++x) {
      const int d2 = x * x + y * y;
      if (d2 <= kRadius * kRadius && (filled || d2 >= (kRadius - 2) * (kRadius - 2))) {
        pixSetPixel(page.get(), mark_x + kRadius + x, mark_y + y, 1);
      }
    }
  }
  pixRasterop(page.get(), mark_x + 2 * kRadius + 4, 128, 4, 4, PIX_SET, nullptr, 0, 0);
  OcrTextLine line;
  line.box = {box_x0, 100, 220, 150};
  line.baseline = 145;
  if (!mark_reading.empty()) {
    OcrSymbol symbol{
        .text = mark_reading, .box = {118, 110, 126, 140}, .confidence = 60, .choices = {}};
    line.words.push_back(
        OcrWord{.text = mark_reading, .box = symbol.box, .confidence = 60, .symbols = {symbol}});
  }
  OcrWord word{.text = "กข", .box = {150, 105, 214, 145}, .confidence = 90, .symbols = {}};
  int x = 150;
  for (const std::string text : {"ก", "ข"}) {
    pixRasterop(page.get(), x, 105, 30, 40, PIX_SET, nullptr, 0, 0);
    word.symbols.push_back(
        OcrSymbol{.text = text, .box = {x, 105, x + 30, 145}, .confidence = 90, .choices = {}});
    x += 34;
  }
  line.words.push_back(std::move(word));
  ThaiDictionary dictionary;
  OcrLineBuilder builder(&dictionary);
  OcrPageGeometry geometry{.page = 1, .dpi = 300, .letter_height = 40, .width = 480, .height = 96};
  return builder.Build({line}, page.get(), geometry);
}

// A bullet Tesseract read as a dash beside a speck, or did not read at all
// (its line box starting at the letters), is a bullet all the same: the
// ink shows a filled disc on the middle of the letters, apart from them.
TEST(OcrLines, ABulletTesseractDidNotReadIsFoundInTheInk) {
  for (const auto& [reading, box_x0] : {std::pair<std::string, int>{"-", 98}, {"", 148}}) {
    OcrPageLines got = ReadMarkedRow(reading, box_x0);
    ASSERT_EQ(got.lines.lines.size(), 1u) << reading;
    const VisualLine& line = got.lines.lines.front();
    EXPECT_EQ(line.text, "● กข") << reading;
    EXPECT_TRUE(line.starts_with_bullet) << reading;
    EXPECT_DOUBLE_EQ(line.x0, 100 * 72.0 / 300) << reading;
    EXPECT_DOUBLE_EQ(line.text_x0, 150 * 72.0 / 300) << reading;
  }
}

// A ring, a dot on the baseline, or a disc touching the letters is no bullet.
TEST(OcrLines, ARingALowDotOrATouchingDiscIsNoBullet) {
  EXPECT_EQ(ReadMarkedRow("", 148, /*filled=*/false).lines.lines.front().text, "กข");
  EXPECT_EQ(ReadMarkedRow("", 148, true, /*mark_y=*/143).lines.lines.front().text, "กข");
  EXPECT_EQ(ReadMarkedRow("", 148, true, 125, /*mark_x=*/132).lines.lines.front().text, "กข");
}

// A 300 dpi row: the letter ก at x 100, a digit's narrow stroke at 160-170
// and ข at 200. Tesseract read `middle` with its box at x `box_x0`, a few
// pixels wide.
OcrPageLines ReadWithMiddle(const std::string& middle, int box_x0) {
  PixPtr page(pixCreate(2000, 400, 1));
  pixRasterop(page.get(), 100, 105, 30, 40, PIX_SET, nullptr, 0, 0);
  pixRasterop(page.get(), 160, 105, 10, 40, PIX_SET, nullptr, 0, 0);
  pixRasterop(page.get(), 200, 105, 30, 40, PIX_SET, nullptr, 0, 0);
  OcrTextLine line;
  line.box = {100, 100, 230, 150};
  line.baseline = 145;
  for (const auto& [text, x0, x1] : {std::tuple<std::string, int, int>{"ก", 100, 130},
                                     {middle, box_x0, box_x0 + 3},
                                     {"ข", 200, 230}}) {
    OcrSymbol symbol{.text = text, .box = {x0, 105, x1, 145}, .confidence = 90, .choices = {}};
    line.words.push_back(
        OcrWord{.text = text, .box = symbol.box, .confidence = 90, .symbols = {symbol}});
  }
  ThaiDictionary dictionary;
  OcrLineBuilder builder(&dictionary);
  OcrPageGeometry geometry{.page = 1, .dpi = 300, .letter_height = 40, .width = 480, .height = 96};
  return builder.Build({line}, page.get(), geometry);
}

// Tesseract's box for a narrow digit can miss its stroke by the stroke's
// width: ink within half a letter that no other symbol stands nearer is the
// digit's. A reading beside a letter's ink, which the letter's own box
// holds, is a speck's.
TEST(OcrLines, ADigitWhoseBoxMissesItsStrokeIsKept) {
  OcrPageLines got = ReadWithMiddle("1", 174);
  ASSERT_EQ(got.lines.lines.size(), 1u);
  EXPECT_NE(got.lines.lines.front().text.find('1'), std::string::npos)
      << got.lines.lines.front().text;
  got = ReadWithMiddle("'", 134);
  ASSERT_EQ(got.lines.lines.size(), 1u);
  EXPECT_EQ(got.lines.lines.front().text.find('\''), std::string::npos)
      << got.lines.lines.front().text;
}

// A row Tesseract read of the marks over a line: small marks and, where a
// tone mark sits on SARA UE, the two joined into one blob nearly a letter
// tall. Its blobs all end above the letters: it is the line's mark row. A
// line of letters above is not.
TEST(OcrLines, ARowOfMarksWithStackedMarksIsAMarkRow) {
  auto rows = [](bool letters_above) {
    PixPtr page(pixCreate(2000, 400, 1));
    for (int x = 100; x < 400; x += 40)
      pixRasterop(page.get(), x, 105, 30, 40, PIX_SET, nullptr, 0, 0);
    OcrTextLine text;
    text.box = {100, 90, 390, 150};
    text.words.push_back(
        OcrWord{.text = "กกกกกกกก", .box = text.box, .confidence = 90, .symbols = {}});
    OcrTextLine above;
    if (letters_above) {
      for (int x = 100; x < 400; x += 40)
        pixRasterop(page.get(), x, 20, 30, 40, PIX_SET, nullptr, 0, 0);
      above.box = {100, 20, 390, 60};
    } else {
      pixRasterop(page.get(), 110, 85, 10, 10, PIX_SET, nullptr, 0, 0);
      pixRasterop(page.get(), 230, 70, 12, 30, PIX_SET, nullptr, 0, 0);  // stacked
      pixRasterop(page.get(), 350, 86, 10, 10, PIX_SET, nullptr, 0, 0);
      above.box = {108, 68, 362, 101};
    }
    above.words.push_back(OcrWord{.text = "ขู่", .box = above.box, .confidence = 40, .symbols = {}});
    return FindMarkRows({above, text}, page.get(), 40);
  };
  std::vector<MarkRow> got = rows(false);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].marks, 0u);
  EXPECT_EQ(got[0].line, 1u);
  EXPECT_TRUE(rows(true).empty());
}

// Words of one symbol-less reading each, as Tesseract gives a line.
std::vector<OcrWord> Words(const std::vector<std::string>& texts) {
  std::vector<OcrWord> words;
  for (const std::string& t : texts) {
    words.push_back(OcrWord{.text = t, .box = {}, .confidence = 90, .symbols = {}});
  }
  return words;
}

// A line read again with its mark row is kept where it reads the same
// letters with more marks, not where the row's specks changed a letter or
// a digit, nor where it found no more marks.
TEST(OcrLines, ALineReadAgainWithItsMarksIsKeptForMoreMarksOnly) {
  EXPECT_TRUE(ReadsMoreMarks(Words({"ระดับที่", "๕:"}), Words({"ระดับที", "๕:"})));
  EXPECT_FALSE(ReadsMoreMarks(Words({"ระดับที่", "๕๕"}), Words({"ระดับที", "๕:"})));
  EXPECT_FALSE(ReadsMoreMarks(Words({"ระดับที่", "๕:"}), Words({"ระดับที่", "๕:"})));
}

}  // namespace
}  // namespace samatthana::ingest
