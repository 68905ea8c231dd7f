// ImageCleanup: a rendered page made ready for Tesseract with Leptonica:
// binarized (a fixed threshold for a page that is already black and white,
// Sauvola's local one for a grey page, whose paper tone and shadows vary),
// turned upright (a scan is rarely straight, and a skew of one degree moves
// the left edge of the lines a third of a letter per line down an A4 page,
// which the line joiner would read as indents), enlarged when it is coarse
// (see CleanPageImage), and rid of scanner speckle.
#ifndef SAMATTHANA_INGEST_OCR_IMAGE_CLEANUP_H_
#define SAMATTHANA_INGEST_OCR_IMAGE_CLEANUP_H_

struct Pix;

namespace samatthana::ingest {

// What the cleanup found and did.
struct CleanupReport {
  bool grey = false;        // the page had grey tones: binarized by Sauvola
  double skew_degrees = 0;  // the skew found and taken out (0: none found or needed)
  int specks_removed = 0;   // isolated dots too small to be any glyph or mark
  int letter_height = 0;    // the page's usual glyph height, in pixels
  int scale = 1;            // how many times the image was enlarged
};

// A page rendered coarser than this (dots per inch) is enlarged, by
// interpolation, to at least kEnlargedDpi: a 200 dpi office scan draws a
// Thai tone mark in a handful of pixels, and Tesseract reads its letters
// best some 40 pixels high. Enlarging the grey before thresholding also
// smooths the staircase edges of a 1-bit scan, which a renderer's own
// enlargement keeps.
inline constexpr int kEnlargeBelowDpi = 300;
inline constexpr int kEnlargedDpi = 400;

// Returns a new 1-bit image (black ink = 1) of `grey` (8-bit), upright and
// without speckle, at `grey`'s resolution times report->scale (the image's
// resolution is set); null when Leptonica fails. `grey` is left as it is.
Pix* CleanPageImage(Pix* grey, CleanupReport* report);

// The most common height among the connected components of a 1-bit image
// that are tall enough to be letters (specks and most marks are not): the page's letter height, the
// unit the cleanup and the line rules measure in.
int UsualGlyphHeight(Pix* binary);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_OCR_IMAGE_CLEANUP_H_
