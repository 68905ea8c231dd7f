// SpaceCalibrator: decides whether the gap between two words on a PDF line is
// a space. Poppler only sees gaps, and Thai marks drawn with an offset leave
// small gaps inside words ("การป้ องกัน"). Real spaces in one document all
// have about the width of the font's space, so the calibrator learns that
// width from the gaps it sees (their most common value, relative to the glyph
// height) and calls a gap a space only when it comes close to it.
#ifndef SAMATTHANA_INGEST_SPACE_CALIBRATOR_H_
#define SAMATTHANA_INGEST_SPACE_CALIBRATOR_H_

#include <array>

namespace samatthana::ingest {

class SpaceCalibrator {
 public:
  // Records a gap between two words. Only gaps between base characters are
  // trustworthy samples: a gap next to a Thai mark may be an artefact.
  void AddSample(double gap, double height);

  // True when `gap` is a space. `next_to_mark` is true when a Thai mark ends
  // the word before or starts the word after: such gaps must come closer to
  // the learned width.
  bool IsSpace(double gap, double height, bool next_to_mark) const;

  // The learned space width as a fraction of the glyph height.
  double SpaceRatio() const;

 private:
  static constexpr int kBins = 80;  // 0.01 of the height each, up to 0.8
  std::array<int, kBins> bins_{};
  int samples_ = 0;
};

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_SPACE_CALIBRATOR_H_
