#include "ingest/pdf/garbage_text.h"

#include <gtest/gtest.h>

namespace samatthana::ingest {
namespace {

TEST(GarbageText, ControlCharactersAndStrayPrivateUseAreUnreadable) {
  EXPECT_TRUE(IsUnreadableChar(U'\x01'));
  EXPECT_TRUE(IsUnreadableChar(U'\x9F'));
  EXPECT_TRUE(IsUnreadableChar(U'\uFFFD'));
  EXPECT_TRUE(IsUnreadableChar(U'\uE123'));
  EXPECT_FALSE(IsUnreadableChar(U'\uF70A'));  // a legacy Thai mark glyph
  EXPECT_FALSE(IsUnreadableChar(U'\uF89E'));
  EXPECT_FALSE(IsUnreadableChar(U'\uF0B7'));  // a symbol font's bullet
  EXPECT_FALSE(IsUnreadableChar(U'ก'));
  EXPECT_FALSE(IsUnreadableChar(U'A'));
  EXPECT_FALSE(IsUnreadableChar(U'?'));
}

TEST(GarbageText, EnglishOrNumbersOnlyIsReadable) {
  EXPECT_FALSE(IsGarbageTextLayer({{500, 0}}));
  EXPECT_FALSE(IsGarbageTextLayer({{40, 0}, {300, 0}}));
}

TEST(GarbageText, AFontWhoseTextYieldsControlCharactersMakesThePageGarbage) {
  // 20% control characters, the rest punctuation and letters standing for
  // Thai letters: all of that font's text counts against the page.
  EXPECT_TRUE(IsGarbageTextLayer({{800, 160}, {100, 0}}));
  // The same font on a page that is mostly another font's good text.
  EXPECT_FALSE(IsGarbageTextLayer({{100, 20}, {900, 0}}));
}

TEST(GarbageText, AStrayBulletInEveryLineIsNotGarbage) {
  // One control character (a bullet mapped to U+0001) in a 60-character line.
  EXPECT_FALSE(IsGarbageTextLayer({{600, 10}}));
}

TEST(GarbageText, APageWithAFewCharactersIsNeverJudged) {
  EXPECT_FALSE(IsGarbageTextLayer({{5, 5}}));
  EXPECT_FALSE(IsGarbageTextLayer({}));
}

TEST(GarbageText, PageListNamesRanges) {
  EXPECT_EQ(PageList({3}), "page 3");
  EXPECT_EQ(PageList({1, 2, 3}), "pages 1-3");
  EXPECT_EQ(PageList({1, 4, 5, 6, 9}), "pages 1, 4-6, 9");
}

}  // namespace
}  // namespace samatthana::ingest
