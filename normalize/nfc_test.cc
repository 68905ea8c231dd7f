#include <gtest/gtest.h>

#include "normalize/normalize.h"

namespace samatthana::normalize {
namespace {

std::string Apply(std::string s) {
  ToNfc(&s);
  return s;
}

TEST(Nfc, ComposesDecomposedLatin) { EXPECT_EQ(Apply("e\u0301"), "\u00E9"); }

TEST(Nfc, ReordersThaiMarksCanonically) {
  // SARA U (ccc 103) sorts before MAI EK (ccc 107).
  EXPECT_EQ(Apply("ก\u0E48\u0E38"), "ก\u0E38\u0E48");
}

TEST(Nfc, NormalizedTextIsUnchanged) { EXPECT_EQ(Apply("สมรรถนะ"), "สมรรถนะ"); }

}  // namespace
}  // namespace samatthana::normalize
