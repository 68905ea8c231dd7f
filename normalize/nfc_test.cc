#include <gtest/gtest.h>

#include "normalize/normalize.h"

namespace samatthana::normalize {
namespace {

std::string Nfc(std::string s) {
  ToNfc(&s);
  return s;
}

TEST(Nfc, ComposesDecomposedLatin) { EXPECT_EQ(Nfc("e\u0301"), "\u00E9"); }

TEST(Nfc, ReordersThaiMarksCanonically) {
  // SARA U (ccc 103) sorts before MAI EK (ccc 107).
  EXPECT_EQ(Nfc("ก\u0E48\u0E38"), "ก\u0E38\u0E48");
}

TEST(Nfc, NormalizedTextIsUnchanged) { EXPECT_EQ(Nfc("สมรรถนะ"), "สมรรถนะ"); }

}  // namespace
}  // namespace samatthana::normalize
