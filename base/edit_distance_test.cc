#include "base/edit_distance.h"

#include <gtest/gtest.h>

namespace samatthana {
namespace {

TEST(EditDistance, CountsInsertionsDeletionsAndReplacements) {
  EXPECT_EQ(EditDistance(U"", U""), 0u);
  EXPECT_EQ(EditDistance(U"kitten", U"sitting"), 3u);
  EXPECT_EQ(EditDistance(U"ที่", U"ที"), 1u);
  EXPECT_EQ(EditDistance(U"abc", U""), 3u);
}

TEST(EditDistance, NearlySameAllowsAShareOfTheLonger) {
  // Two OCR readings of one running header: a tone mark and a space apart.
  EXPECT_TRUE(NearlySame(U"สมรรถนะที่จำเป็นสำหรับการปฏิบัติงาน", U"สมรรถนะทีจำ เป็นสำหรับการปฏิบัติงาน", 0.1));
  EXPECT_FALSE(NearlySame(U"สมรรถนะหลัก", U"สมรรถนะประจำกลุ่มงาน", 0.1));
  // One character may always differ.
  EXPECT_TRUE(NearlySame(U"-1-", U"-l-", 0.1));
  EXPECT_FALSE(NearlySame(U"", U"a", 0.1));
}

}  // namespace
}  // namespace samatthana
