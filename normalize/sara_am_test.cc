#include <gtest/gtest.h>

#include "normalize/normalize.h"

namespace samatthana::normalize {
namespace {

std::string Composed(std::string s) {
  RebuildSaraAm(&s);
  return s;
}

TEST(SaraAm, NikhahitAndSaraAaBecomeSaraAm) {
  EXPECT_EQ(Composed("ค\u0E4D\u0E32จ\u0E4D\u0E32กัด"), "คำจำกัด");
}

TEST(SaraAm, ToneBetweenNikhahitAndSaraAaMovesBefore) {
  // น ํ ้ า -> น ้ ำ ("น้ำ")
  EXPECT_EQ(Composed("น\u0E4D\u0E49\u0E32"), "น\u0E49\u0E33");
}

TEST(SaraAm, ToneBeforeNikhahitStays) {
  EXPECT_EQ(Composed("น\u0E49\u0E4D\u0E32"), "น\u0E49\u0E33");
}

TEST(SaraAm, LoneNikhahitIsData) {
  // A nikhahit not followed by SARA AA is left as written.
  EXPECT_EQ(Composed("ก\u0E4Dข"), "ก\u0E4Dข");
  EXPECT_EQ(Composed("สำหรับ"), "สำหรับ");
}

}  // namespace
}  // namespace samatthana::normalize
