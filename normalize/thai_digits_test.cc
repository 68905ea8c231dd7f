#include <gtest/gtest.h>

#include "normalize/normalize.h"

namespace samatthana::normalize {
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

TEST(ThaiDigitsToAscii, OnlyDigitsChange) {
  EXPECT_EQ(ThaiDigitsToAscii("- ๑๒ - ระดับ"), "- 12 - ระดับ");
}

}  // namespace
}  // namespace samatthana::normalize
