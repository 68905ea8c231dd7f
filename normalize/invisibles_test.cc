#include <gtest/gtest.h>

#include "normalize/normalize.h"

namespace samatthana::normalize {
namespace {

std::string WithoutInvisibles(std::string s) {
  RemoveInvisibles(&s);
  return s;
}

TEST(RemoveInvisibles, DropsZeroWidthCharactersInsideThaiWords) {
  EXPECT_EQ(WithoutInvisibles("สม\u200Bรรถ\u200Cนะ\u200D"), "สมรรถนะ");
}

TEST(RemoveInvisibles, DropsByteOrderMarksAndSoftHyphens) {
  EXPECT_EQ(WithoutInvisibles("\uFEFFคำ\u00ADจำกัด\u2060ความ"), "คำจำกัดความ");
}

TEST(RemoveInvisibles, DropsC1ControlCodes) {
  EXPECT_EQ(WithoutInvisibles("a\u0085b\u009Fc"), "abc");
}

TEST(RemoveInvisibles, LeavesVisibleTextAndSpacesAlone) {
  EXPECT_EQ(WithoutInvisibles("ระดับที่ ๑: a\u00A0b"), "ระดับที่ ๑: a\u00A0b");
}

}  // namespace
}  // namespace samatthana::normalize
