#include "base/digits.h"

#include <gtest/gtest.h>

namespace samatthana {
namespace {

TEST(ParseNumber, ReadsThaiAndAsciiDigits) {
  EXPECT_EQ(ParseNumber("๓"), 3);
  EXPECT_EQ(ParseNumber("0"), 0);
  EXPECT_EQ(ParseNumber("๑๒"), 12);
  EXPECT_EQ(ParseNumber("1๒"), 12);
}

TEST(ParseNumber, RejectsAnythingElse) {
  EXPECT_EQ(ParseNumber(""), std::nullopt);
  EXPECT_EQ(ParseNumber("๑a"), std::nullopt);
  EXPECT_EQ(ParseNumber(" 1"), std::nullopt);
  EXPECT_EQ(ParseNumber("1234567890"), std::nullopt);
}

TEST(DigitValue, ThaiAndAsciiDigitsOnly) {
  EXPECT_EQ(DigitValue(U'7'), 7);
  EXPECT_EQ(DigitValue(U'\u0E57'), 7);  // THAI DIGIT SEVEN
  EXPECT_EQ(DigitValue(U'a'), -1);
  EXPECT_FALSE(IsDigit(U'\u0E4F'));  // FONGMAN, just before the Thai digits
}

}  // namespace
}  // namespace samatthana
