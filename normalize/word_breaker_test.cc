#include "normalize/word_breaker.h"

#include <gtest/gtest.h>

namespace samatthana::normalize {
namespace {

std::vector<std::string> Words(std::string_view s) {
  WordBreaker b;
  std::vector<std::string> out;
  for (const WordPiece& p : b.Split(s)) {
    if (p.is_word) out.emplace_back(s.substr(p.begin, p.end - p.begin));
  }
  return out;
}

TEST(WordBreaker, SplitsThaiWithTheDictionary) {
  EXPECT_EQ(Words("สามัญสำนึกที่มี"), (std::vector<std::string>{"สามัญสำนึก", "ที่", "มี"}));
  // Compounds come apart into their dictionary words.
  EXPECT_EQ(Words("ผู้บังคับบัญชา"), (std::vector<std::string>{"ผู้", "บังคับ", "บัญชา"}));
}

TEST(WordBreaker, PiecesCoverTheTextExactly) {
  std::string s = "ระบุเหตุ และผล (Synergy) 2566";
  WordBreaker b;
  std::string rebuilt;
  size_t at = 0;
  for (const WordPiece& p : b.Split(s)) {
    EXPECT_EQ(p.begin, at);
    rebuilt += s.substr(p.begin, p.end - p.begin);
    at = p.end;
  }
  EXPECT_EQ(rebuilt, s);
  EXPECT_EQ(Words(s), (std::vector<std::string>{"ระบุ", "เหตุ", "และ", "ผล", "Synergy", "2566"}));
}

TEST(WordBreaker, EmptyText) { EXPECT_TRUE(Words("").empty()); }

}  // namespace
}  // namespace samatthana::normalize
