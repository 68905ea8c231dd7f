#include <gtest/gtest.h>

#include "normalize/normalize.h"

namespace samatthana::normalize {
namespace {

TEST(ThaiDigitsToAscii, OnlyDigitsChange) {
  EXPECT_EQ(ThaiDigitsToAscii("- ๑๒ - ระดับ"), "- 12 - ระดับ");
}

}  // namespace
}  // namespace samatthana::normalize
