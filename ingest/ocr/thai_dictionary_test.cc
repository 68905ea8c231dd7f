#include "ingest/ocr/thai_dictionary.h"

#include <gtest/gtest.h>

namespace samatthana::ingest {
namespace {

TEST(ThaiDictionary, KnowsWordsAndNotTheirPieces) {
  ThaiDictionary dictionary;
  ASSERT_TRUE(dictionary.loaded());
  EXPECT_TRUE(dictionary.Contains(U"ที่"));
  EXPECT_TRUE(dictionary.Contains(U"ความ"));
  EXPECT_TRUE(dictionary.Contains(U"ทำ"));
  EXPECT_FALSE(dictionary.Contains(U"ทํา"));  // sara am as NIKHAHIT + SARA AA
  EXPECT_FALSE(dictionary.Contains(U"กกกก"));
  EXPECT_FALSE(dictionary.Contains(U"คว"));  // a prefix of a word
  EXPECT_FALSE(dictionary.Contains(U"word"));
  EXPECT_FALSE(dictionary.Contains(U""));
}

}  // namespace
}  // namespace samatthana::ingest
