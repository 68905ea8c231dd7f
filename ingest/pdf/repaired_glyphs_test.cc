#include "ingest/pdf/repaired_glyphs.h"

#include <gtest/gtest.h>

namespace samatthana::ingest {
namespace {

TEST(RepairedGlyphs, FoundByWhereTheyStartAndWhatTheyAre) {
  // NIKHAHIT (no advance) and the SARA AA after it share an origin.
  RepairedGlyphs glyphs(
      {{120.5, 700, U'\u0E4D', RepairKind::kSaraAm}, {90, 700, U'\u0E54', RepairKind::kThaiDigit}});
  EXPECT_EQ(glyphs.At(U'\u0E4D', false, 120.5, 690, 710), RepairKind::kSaraAm);
  EXPECT_EQ(glyphs.At(U'\u0E32', false, 120.5, 690, 710), RepairKind::kNone);
  EXPECT_EQ(glyphs.At(U'\u0E54', false, 90, 690, 710), RepairKind::kThaiDigit);
  EXPECT_EQ(glyphs.At(U'\u0E54', false, 90.5, 690, 710), RepairKind::kNone);  // elsewhere
  EXPECT_EQ(glyphs.At(U'\u0E54', false, 90, 600, 620), RepairKind::kNone);    // another line
}

TEST(RepairedGlyphs, TextTurnedAQuarterGoesByY) {
  RepairedGlyphs glyphs({{50, 300, U'\u0E4D', RepairKind::kSaraAm}});
  EXPECT_EQ(glyphs.At(U'\u0E4D', true, 300, 40, 60), RepairKind::kSaraAm);
  EXPECT_EQ(glyphs.At(U'\u0E4D', true, 300, 70, 90), RepairKind::kNone);
}

TEST(RepairedGlyphs, NoneIsEmpty) {
  EXPECT_TRUE(RepairedGlyphs({}).empty());
  EXPECT_EQ(RepairedGlyphs({}).At(U'a', false, 0, 0, 0), RepairKind::kNone);
}

}  // namespace
}  // namespace samatthana::ingest
