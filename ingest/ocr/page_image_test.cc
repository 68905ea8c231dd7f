#include "ingest/ocr/page_image.h"

#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include "ingest/ocr/ocr_test_util.h"

namespace samatthana::ingest {
namespace {

TEST(RenderDpi, AScanIsRenderedAtLeastAt300Dpi) {
  EXPECT_EQ(RenderDpiFor(0, false), 300);    // no image: text drawn as text
  EXPECT_EQ(RenderDpiFor(150, false), 300);  // twice the scan's own
  EXPECT_EQ(RenderDpiFor(200, false), 300);
  EXPECT_EQ(RenderDpiFor(120, false), 360);  // three times
  EXPECT_EQ(RenderDpiFor(300, true), 300);
  EXPECT_EQ(RenderDpiFor(600, true), 300);  // half
}

TEST(RenderDpi, ACoarseScanOfThePageIsRenderedAtItsOwn) {
  EXPECT_EQ(RenderDpiFor(200, true), 200);  // the cleanup enlarges it
  EXPECT_EQ(RenderDpiFor(150, true), 150);
  EXPECT_EQ(RenderDpiFor(72, true), 360);  // too coarse to read at all
}

TEST(PageRenderer, RendersTheScanFromItsOwnResolution) {
  std::string bytes = ReadOcrFixture("scan.pdf");
  std::unique_ptr<PageRenderer> renderer = PageRenderer::Open({.bytes = bytes});
  ASSERT_NE(renderer, nullptr);
  EXPECT_EQ(renderer->pages(), 1);
  PageImage image = renderer->Render(1);
  ASSERT_NE(image.pix, nullptr);
  EXPECT_EQ(image.scan_dpi, 200);
  EXPECT_GT(image.scan_share, 0.9);
  EXPECT_EQ(image.dpi, 200);
  EXPECT_EQ(pixGetDepth(image.pix), 8);
  EXPECT_NEAR(pixGetWidth(image.pix), 1167, 5);  // A5 is 5.83 inches wide
  EXPECT_EQ(renderer->Render(2).pix, nullptr);
}

}  // namespace
}  // namespace samatthana::ingest
