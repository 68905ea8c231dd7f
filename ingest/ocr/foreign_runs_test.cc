#include "ingest/ocr/foreign_runs.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace samatthana::ingest {
namespace {

// A line of one-symbol words, as Tesseract's Thai model reads, each
// symbol 40 pixels wide; `confidence` for every symbol.
OcrTextLine Line(const std::vector<std::string>& symbols, float confidence = 95) {
  OcrTextLine line;
  line.box = {.x0 = 0, .top = 100, .x1 = 40 * static_cast<int>(symbols.size()), .bottom = 160};
  int x = 0;
  for (const std::string& s : symbols) {
    OcrWord w;
    w.text = s;
    w.box = {.x0 = x, .top = 110, .x1 = x + 36, .bottom = 160};
    w.confidence = confidence;
    w.symbols.push_back({.text = s, .box = w.box, .confidence = confidence, .choices = {}});
    line.words.push_back(w);
    x += 40;
  }
  return line;
}

TEST(ForeignRuns, ShortLatinRunInAThaiLineIsFound) {
  // "ชื่อ การคิด..." with ชื่อ read "DA" by the English model.
  OcrTextLine line = Line({"D", "A", "ก", "า", "ร", "ค", "ิ", "ด", "ว", "ิ", "เ", "ค"});
  std::vector<ForeignRun> runs = FindForeignRuns(line);
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0].begin, 0u);
  EXPECT_EQ(runs[0].end, 2u);
  // Up to the next letter, the line's height and the marks above it.
  EXPECT_EQ(runs[0].box.x1, 80);
  EXPECT_LT(runs[0].box.top, line.box.top);
  EXPECT_EQ(runs[0].box.bottom, line.box.bottom);
}

TEST(ForeignRuns, EnglishWordsAndLatinLinesStay) {
  // A quoted English term is longer than a misread Thai word.
  EXPECT_TRUE(FindForeignRuns(Line({"ก", "า", "ร", "ค", "ิ", "ด", "ว", "ิ",  "เ", "ค",
                                    "ร", "า", "ะ", "ห", "์", "T", "h", "i", "n", "k"}))
                  .empty());
  // A line that is Latin for the most part is no Thai line.
  EXPECT_TRUE(FindForeignRuns(Line({"r", "N", "e", "o", "ก", "e"})).empty());
}

TEST(ForeignRuns, ThaiReadingIsTakenWhenThaiThroughoutAndNoLessSure) {
  OcrTextLine line = Line({"D", "A", "ก", "า", "ร", "ค", "ิ", "ด", "ว", "ิ", "เ", "ค"}, 90);
  ForeignRun run = FindForeignRuns(line).at(0);
  EXPECT_TRUE(AcceptThaiReading({Line({"ช", "ื", "่", "อ"}, 97)}, line, run));
  // Punctuation in the Thai reading: it is no surer of the place.
  EXPECT_FALSE(AcceptThaiReading({Line({"ต", "า", ","}, 97)}, line, run));
  // Less sure than the Latin reading.
  EXPECT_FALSE(AcceptThaiReading({Line({"ช", "ื", "อ"}, 60)}, line, run));
  EXPECT_FALSE(AcceptThaiReading({}, line, run));
}

}  // namespace
}  // namespace samatthana::ingest
