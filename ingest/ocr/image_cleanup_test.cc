#include "ingest/ocr/image_cleanup.h"

#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include <cmath>

namespace samatthana::ingest {
namespace {

// A grey page of rows of "letters" (black boxes 30 pixels high), turned by
// `degrees`, with single-pixel specks in the margins.
Pix* SyntheticPage(double degrees, int specks) {
  Pix* page = pixCreate(1200, 900, 8);
  pixSetAllArbitrary(page, 255);
  for (int row = 0; row < 12; ++row) {
    for (int letter = 0; letter < 30; ++letter) {
      int x = 100 + letter * 33 + (letter / 6) * 12, y = 100 + row * 60;
      pixRasterop(page, x, y, 24, 30, PIX_CLR, nullptr, 0, 0);
    }
  }
  Pix* turned = pixRotate(page, static_cast<float>(degrees * 3.14159265 / 180), L_ROTATE_AREA_MAP,
                          L_BRING_IN_WHITE, 0, 0);
  pixDestroy(&page);
  for (int i = 0; i < specks; ++i) {
    pixSetPixel(turned, 20 + (i * 37) % 60, 20 + (i * 53) % 850, 0);
  }
  pixSetResolution(turned, 300, 300);
  return turned;
}

TEST(ImageCleanup, TakesOutTheSkewAndTheSpecks) {
  Pix* grey = SyntheticPage(1.0, 40);
  CleanupReport report;
  Pix* clean = CleanPageImage(grey, &report);
  ASSERT_NE(clean, nullptr);
  EXPECT_EQ(pixGetDepth(clean), 1);
  EXPECT_NEAR(std::fabs(report.skew_degrees), 1.0, 0.15);
  // The specks in the left margin are gone (turning the page upright fades
  // some of them below the threshold before the rest are removed).
  EXPECT_GT(report.specks_removed, 0);
  BOX* margin = boxCreate(10, 10, 75, 870);
  Pix* left = pixClipRectangle(clean, margin, nullptr);
  l_int32 ink = -1;
  pixCountPixels(left, &ink, nullptr);
  EXPECT_EQ(ink, 0);
  pixDestroy(&left);
  boxDestroy(&margin);
  EXPECT_NEAR(report.letter_height, 30, 3);
  EXPECT_FALSE(report.grey);
  pixDestroy(&clean);
  pixDestroy(&grey);
}

TEST(ImageCleanup, KeepsDotsThatStandBesideLetters) {
  Pix* grey = SyntheticPage(0, 0);
  // A full stop after the last letter of the first row.
  pixRasterop(grey, 100 + 29 * 33 + 4 * 12 + 30, 124, 5, 5, PIX_CLR, nullptr, 0, 0);
  CleanupReport report;
  Pix* clean = CleanPageImage(grey, &report);
  ASSERT_NE(clean, nullptr);
  EXPECT_EQ(report.specks_removed, 0);
  EXPECT_EQ(report.skew_degrees, 0);
  pixDestroy(&clean);
  pixDestroy(&grey);
}

TEST(ImageCleanup, EnlargesACoarsePage) {
  Pix* grey = SyntheticPage(1.0, 0);
  pixSetResolution(grey, 200, 200);
  CleanupReport report;
  Pix* clean = CleanPageImage(grey, &report);
  ASSERT_NE(clean, nullptr);
  EXPECT_EQ(report.scale, 2);
  EXPECT_EQ(pixGetXRes(clean), 400);
  EXPECT_EQ(pixGetWidth(clean), 2 * pixGetWidth(grey));
  EXPECT_NEAR(report.letter_height, 60, 6);
  EXPECT_NEAR(std::fabs(report.skew_degrees), 1.0, 0.15);
  pixDestroy(&clean);
  pixDestroy(&grey);
}

}  // namespace
}  // namespace samatthana::ingest
