#include "ingest/pdf/space_calibrator.h"

#include <algorithm>

namespace samatthana::ingest {
namespace {

// Used until enough gaps are seen: a space is a fifth to a quarter of the
// glyph box height in common Thai fonts; the lower end keeps real spaces.
constexpr double kDefaultRatio = 0.2;
constexpr int kMinSamples = 8;
// Gaps narrower than this are never spaces: kerning and rounding.
constexpr double kFloorRatio = 0.05;

}  // namespace

void SpaceCalibrator::AddSample(double gap, double height) {
  if (height <= 0) return;
  double r = gap / height;
  if (r < 0.1 || r >= kBins * 0.01) return;
  ++bins_[static_cast<int>(r * 100)];
  ++samples_;
}

double SpaceCalibrator::SpaceRatio() const {
  if (samples_ < kMinSamples) return kDefaultRatio;
  // The most common gap, smoothed over neighbouring bins.
  int best = 0;
  int best_count = -1;
  for (int i = 0; i < kBins; ++i) {
    int count = bins_[i] + (i > 0 ? bins_[i - 1] : 0) + (i + 1 < kBins ? bins_[i + 1] : 0);
    if (count > best_count) {
      best_count = count;
      best = i;
    }
  }
  return (best + 0.5) / 100.0;
}

bool SpaceCalibrator::IsSpace(double gap, double height, bool next_to_mark) const {
  if (height <= 0) return gap > 0;
  double r = gap / height;
  if (r < kFloorRatio) return false;
  double space = SpaceRatio();
  return r >= space * (next_to_mark ? 0.8 : 0.5);
}

}  // namespace samatthana::ingest
