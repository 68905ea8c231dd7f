#include "ingest/ocr/image_cleanup.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

#include "ingest/ocr/pix_ptr.h"

namespace samatthana::ingest {
namespace {

// A page whose pixels are nearly all black or white is a bilevel scan (or a
// rendering of one): its grey is only the edges the renderer smoothed.
constexpr double kBilevelShare = 0.97;
constexpr double kRadiansPerDegree = 3.14159265358979323846 / 180;
// Skews smaller than this change nothing a reader or the line rules see.
constexpr double kMinSkewDegrees = 0.05;
// Leptonica's own bound for a skew it trusts (pixDeskew uses the same).
constexpr double kMinSkewConfidence = 3.0;
// A speck is at most this fraction of the letter height across: smaller than
// a full stop or a nikhahit of the same text...
constexpr double kSpeckSize = 0.2;
// ...and no nearer than this fraction of the letter height to anything
// bigger. A colon's dots, a full stop and Thai marks stand near letters.
constexpr double kSpeckIsolation = 0.45;

bool IsBilevel(Pix* grey) {
  NUMA* histogram = pixGetGrayHistogram(grey, 2);
  if (histogram == nullptr) return true;
  double total = 0, extreme = 0;
  int n = numaGetCount(histogram);
  for (int i = 0; i < n; ++i) {
    l_float32 v = 0;
    numaGetFValue(histogram, i, &v);
    total += v;
    if (i <= 32 || i >= 223) extreme += v;
  }
  numaDestroy(&histogram);
  return total == 0 || extreme / total >= kBilevelShare;
}

Pix* Binarize(Pix* grey, bool bilevel) {
  if (bilevel) return pixThresholdToBinary(grey, 128);
  // Sauvola's window: a few strokes wide at any resolution.
  int dpi = pixGetXRes(grey) > 0 ? pixGetXRes(grey) : 300;
  int half = std::max(8, dpi / 12);
  Pix* binary = nullptr;
  if (pixSauvolaBinarizeTiled(grey, half, 0.34f, 1, 1, nullptr, &binary) != 0) return nullptr;
  return binary;
}

}  // namespace

int UsualGlyphHeight(Pix* binary) {
  BOXA* boxes = pixConnCompBB(binary, 8);
  if (boxes == nullptr) return 0;
  int dpi = pixGetXRes(binary) > 0 ? pixGetXRes(binary) : 300;
  // Smaller than a letter of 6-point text: specks and most marks.
  const int min_size = std::max(3, dpi / 30);
  std::vector<int> count(static_cast<size_t>(dpi) + 2, 0);
  int n = boxaGetCount(boxes);
  for (int i = 0; i < n; ++i) {
    l_int32 x, y, w, h;
    boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
    if (h >= min_size && h <= dpi) ++count[static_cast<size_t>(h)];
  }
  boxaDestroy(&boxes);
  // The most common height, over a window of a few pixels: Thai letters
  // mostly share one body height, while marks, dots and the letters with
  // heads or tails spread over many (their median falls among the marks
  // on a page full of them).
  const int window = std::max(1, dpi / 150);
  int best = 0, best_sum = 0;
  for (int h = min_size; h + window < static_cast<int>(count.size()); ++h) {
    int sum = 0;
    for (int k = -window; k <= window; ++k) sum += count[static_cast<size_t>(std::max(0, h + k))];
    if (sum > best_sum) {
      best_sum = sum;
      best = h;
    }
  }
  return best;
}

namespace {

// Removes components no larger than a speck that stand apart from every
// larger one; returns how many it removed.
int RemoveSpecks(Pix* binary, int letter_height) {
  int speck = std::max(1, static_cast<int>(kSpeckSize * letter_height));
  int reach = std::max(1, static_cast<int>(kSpeckIsolation * letter_height));
  l_int32 changed = 0;
  PixPtr small(
      pixSelectBySize(binary, speck, speck, 8, L_SELECT_IF_BOTH, L_SELECT_IF_LTE, &changed));
  if (!small) return 0;
  PixPtr large(pixSubtract(nullptr, binary, small.get()));
  if (!large) return 0;
  PixPtr near(pixDilateBrick(nullptr, large.get(), 2 * reach + 1, 2 * reach + 1));
  if (!near) return 0;
  // The small components that touch the neighbourhood of a larger one stay.
  PixPtr seed(pixAnd(nullptr, small.get(), near.get()));
  if (!seed) return 0;
  PixPtr kept(pixSeedfillBinary(nullptr, seed.get(), small.get(), 8));
  if (!kept) return 0;
  l_int32 before = 0, after = 0;
  pixCountConnComp(small.get(), 8, &before);
  pixCountConnComp(kept.get(), 8, &after);
  PixPtr removed(pixSubtract(nullptr, small.get(), kept.get()));
  if (removed) pixSubtract(binary, binary, removed.get());
  return before - after;
}

}  // namespace

Pix* CleanPageImage(Pix* grey, CleanupReport* report) {
  *report = {};
  if (grey == nullptr || pixGetDepth(grey) != 8) return nullptr;
  const bool bilevel = IsBilevel(grey);
  report->grey = !bilevel;
  PixPtr binary(Binarize(grey, bilevel));
  if (!binary) return nullptr;

  // Turned as grey and binarized again: a 1-bit image turned by shears
  // gets jagged strokes.
  PixPtr upright;
  l_float32 angle = 0, confidence = 0;
  if (pixFindSkew(binary.get(), &angle, &confidence) == 0 && confidence >= kMinSkewConfidence &&
      std::fabs(angle) >= kMinSkewDegrees) {
    upright.reset(pixRotate(grey, static_cast<l_float32>(kRadiansPerDegree * angle),
                            L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
    if (upright) report->skew_degrees = angle;
  }
  const int dpi = pixGetXRes(grey) > 0 ? pixGetXRes(grey) : kEnlargeBelowDpi;
  Pix* source = upright ? upright.get() : grey;
  // Enlarged once upright (the skew is cheaper to find at the scan's own
  // size), from the grey.
  PixPtr larger;
  if (dpi < kEnlargeBelowDpi) {
    const int scale = (kEnlargedDpi + dpi - 1) / dpi;
    larger.reset(
        pixScaleGrayLI(source, static_cast<l_float32>(scale), static_cast<l_float32>(scale)));
    if (larger) {
      pixSetResolution(larger.get(), dpi * scale, dpi * scale);
      source = larger.get();
      report->scale = scale;
    }
  }
  if (source != grey) {
    PixPtr again(Binarize(source, bilevel));
    if (!again) return nullptr;
    binary = std::move(again);
  }
  pixSetResolution(binary.get(), dpi * report->scale, dpi * report->scale);
  report->letter_height = UsualGlyphHeight(binary.get());
  if (report->letter_height > 0) {
    report->specks_removed = RemoveSpecks(binary.get(), report->letter_height);
  }
  return binary.release();
}

}  // namespace samatthana::ingest
