#include "diff/word_diff.h"

#include <gtest/gtest.h>

namespace samatthana::diff {
namespace {

std::string Show(const std::vector<WordOp>& ops) {
  std::string out;
  for (const WordOp& w : ops) {
    if (w.op == '=') out += w.text;
    if (w.op == '-') out += "[-" + w.text + "-]";
    if (w.op == '+') out += "{+" + w.text + "+}";
  }
  return out;
}

TEST(WordDiff, ThaiWordsNotCharacters) {
  normalize::WordBreaker b;
  EXPECT_EQ(Show(WordDiff("ความรู้ท่ามีความซับซ้อน", "ความรู้ที่มีความซับซ้อน", &b)),
            "ความรู้[-ท่า-]{+ที่+}มีความซับซ้อน");
}

TEST(WordDiff, AddedWordsAndSpaces) {
  normalize::WordBreaker b;
  EXPECT_EQ(Show(WordDiff("ระบุเหตุ และผล", "ระบุเหตุ และผลลัพธ์ได้", &b)), "ระบุเหตุ และ[-ผล-]{+ผลลัพธ์ได้+}");
}

TEST(WordDiff, SpacingAloneIsNoChange) {
  normalize::WordBreaker b;
  for (const WordOp& w : WordDiff("ระบุ เหตุ และผล", "ระบุเหตุ และ ผล", &b)) EXPECT_EQ(w.op, '=');
}

TEST(WordDiff, NewSideIsSpelledExactly) {
  normalize::WordBreaker b;
  std::string after = "กำหนดมาตรฐานหรือใช้แนวทางใหม่ (Synergy) ในการปฏิบัติงาน";
  std::string spelled;
  for (const WordOp& w : WordDiff("กำหนดมาตรฐานเดิม ในการทำงาน", after, &b)) {
    if (w.op != '-') spelled += w.text;
  }
  EXPECT_EQ(spelled, after);
}

}  // namespace
}  // namespace samatthana::diff
