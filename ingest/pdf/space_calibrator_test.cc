#include "ingest/pdf/space_calibrator.h"

#include <gtest/gtest.h>

namespace samatthana::ingest {
namespace {

TEST(SpaceCalibrator, LearnsTheDocumentsSpaceWidth) {
  SpaceCalibrator c;
  for (int i = 0; i < 40; ++i) c.AddSample(5.4, 20.8);  // 0.26 of the height
  EXPECT_NEAR(c.SpaceRatio(), 0.26, 0.02);
}

TEST(SpaceCalibrator, MarkGapsBelowTheSpaceAreNotSpaces) {
  SpaceCalibrator c;
  for (int i = 0; i < 40; ++i) c.AddSample(5.4, 20.8);
  // "การป้ องกัน": the shifted tone mark leaves 0.15 of the height.
  EXPECT_FALSE(c.IsSpace(3.18, 20.8, /*next_to_mark=*/true));
  EXPECT_TRUE(c.IsSpace(5.4, 20.8, /*next_to_mark=*/true));
  // Between two bases any gap of half a space is a space.
  EXPECT_TRUE(c.IsSpace(3.18, 20.8, /*next_to_mark=*/false));
  EXPECT_FALSE(c.IsSpace(0.5, 20.8, false));
}

TEST(SpaceCalibrator, WithoutSamplesUsesADefault) {
  SpaceCalibrator c;
  EXPECT_DOUBLE_EQ(c.SpaceRatio(), 0.2);
  EXPECT_TRUE(c.IsSpace(5.0, 20.0, false));
  EXPECT_FALSE(c.IsSpace(0.5, 20.0, false));
}

TEST(SpaceCalibrator, TheMostCommonGapWins) {
  SpaceCalibrator c;
  for (int i = 0; i < 30; ++i) c.AddSample(4.0, 20.0);   // spaces, 0.2
  for (int i = 0; i < 10; ++i) c.AddSample(14.0, 20.0);  // bullet gaps, 0.7
  EXPECT_NEAR(c.SpaceRatio(), 0.2, 0.011);
}

}  // namespace
}  // namespace samatthana::ingest
