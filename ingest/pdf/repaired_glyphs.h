// RepairedGlyphs: the glyphs the text device read from their font (see
// text_layer_repair.h), found again among the words Poppler builds from
// them. Poppler keeps no trace of which glyph a word's character came from,
// but a character starts (its edge) exactly where its glyph's origin was,
// on the word's baseline band.
#ifndef SAMATTHANA_INGEST_PDF_REPAIRED_GLYPHS_H_
#define SAMATTHANA_INGEST_PDF_REPAIRED_GLYPHS_H_

#include <vector>

#include "ingest/pdf/text_layer_repair.h"

namespace samatthana::ingest {

// A glyph read from its font, where it was drawn.
struct RepairedGlyph {
  double x = 0, y = 0;  // its origin, device space
  char32_t c = 0;       // what it was read as
  RepairKind kind = RepairKind::kNone;
};

class RepairedGlyphs {
 public:
  explicit RepairedGlyphs(std::vector<RepairedGlyph> glyphs);
  bool empty() const { return glyphs_.empty(); }

  // The kind of repair of character `c` drawn at `edge` along its word's
  // writing direction (x; y in text turned a quarter) and within [lo, hi]
  // across it, or kNone. A mark without an advance shares its origin with
  // the letter after it: the character tells them apart.
  RepairKind At(char32_t c, bool turned, double edge, double lo, double hi) const;

 private:
  std::vector<RepairedGlyph> glyphs_;  // by x
};

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_PDF_REPAIRED_GLYPHS_H_
