#include "ingest/pdf/font_style.h"

#include <gtest/gtest.h>

namespace samatthana::ingest {
namespace {

TEST(FontNameSaysBold, BoldFacesAsProducersNameThem) {
  EXPECT_TRUE(FontNameSaysBold("ABCDEF+THSarabunNew-Bold"));
  EXPECT_TRUE(FontNameSaysBold("Loma-Bold"));
  EXPECT_TRUE(FontNameSaysBold("Arial,Bold"));
  EXPECT_TRUE(FontNameSaysBold("BAAAAA+Sarabun-SemiBold"));
  EXPECT_TRUE(FontNameSaysBold("NotoSansThai-Black"));
}

TEST(FontNameSaysBold, RegularAndObliqueFacesAreNot) {
  EXPECT_FALSE(FontNameSaysBold("ABCDEF+THSarabunPSK"));
  EXPECT_FALSE(FontNameSaysBold("Garuda-Oblique"));
  EXPECT_FALSE(FontNameSaysBold("Helvetica"));
  EXPECT_FALSE(FontNameSaysBold(""));
}

}  // namespace
}  // namespace samatthana::ingest
