#include "ingest/pdf/duplicate_words.h"

#include <gtest/gtest.h>

namespace samatthana::ingest {
namespace {

PdfWord DrawnWord(std::u32string text, double x0, double top, double size = 12) {
  PdfWord w;
  w.text = std::move(text);
  w.x0 = x0;
  w.x1 = x0 + 6 * static_cast<double>(w.text.size());
  w.top = top;
  w.bottom = top + size;
  w.font_size = size;
  return w;
}

std::vector<std::u32string> WordTexts(const std::vector<PdfWord>& words) {
  std::vector<std::u32string> out;
  for (const PdfWord& w : words) out.push_back(w.text);
  return out;
}

TEST(DuplicateWords, AnOverprintedWordIsKeptOnce) {
  // Fake bold: the line drawn, then drawn again half a point to the right.
  std::vector<PdfWord> words = {DrawnWord(U"bold", 72, 100), DrawnWord(U"face", 100, 100),
                                DrawnWord(U"bold", 72.5, 100), DrawnWord(U"face", 100.5, 100)};
  EXPECT_EQ(DropDuplicateWords(&words), 2);
  EXPECT_EQ(WordTexts(words), (std::vector<std::u32string>{U"bold", U"face"}));
  EXPECT_EQ(words[0].x0, 72);
}

TEST(DuplicateWords, TheSameWordElsewhereStays) {
  // Another line, a word further along, and another word in the same place.
  std::vector<PdfWord> words = {DrawnWord(U"word", 72, 100), DrawnWord(U"word", 72, 130),
                                DrawnWord(U"word", 80, 100), DrawnWord(U"wore", 72.5, 100)};
  EXPECT_EQ(DropDuplicateWords(&words), 0);
  EXPECT_EQ(words.size(), 4u);
}

}  // namespace
}  // namespace samatthana::ingest
