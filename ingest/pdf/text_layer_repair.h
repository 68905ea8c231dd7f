// TextLayerRepair: decides, once per font, which of its character codes the
// PDF's text layer reads wrong, and what the glyph really draws, from the
// font's own evidence (FontTruth). Microsoft Word, which most Thai official
// PDFs come from, draws SARA AM as two glyphs, NIKHAHIT and SARA AA, and
// writes one ToUnicode entry a glyph: NIKHAHIT becomes a space and SARA AA
// keeps whichever reading Word saw last, so "ตำแหน่ง" reads "ตาแหน่ง" in one
// font and every "า" reads "ำ" in another. Fonts such as TH SarabunIT๙ draw
// the ASCII digits with their Thai digits' outlines, so the page shows "๕๔"
// where the text layer says "54". Never a list of words: a glyph is read as
// what the font says it is, for the whole document.
#ifndef SAMATTHANA_INGEST_PDF_TEXT_LAYER_REPAIR_H_
#define SAMATTHANA_INGEST_PDF_TEXT_LAYER_REPAIR_H_

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/pdf/font_truth.h"

namespace samatthana::ingest {

// What a repair put right, as the file's warning names it.
enum class RepairKind : uint8_t {
  kNone = 0,
  kSaraAm,      // NIKHAHIT, SARA AA, SARA AM read as one another or as a space
  kThaiDigit,   // an ASCII digit drawn with a Thai digit's glyph
  kThaiMark,    // another Thai mark the text layer lost or misread
  kThaiLetter,  // a Thai letter the text layer misread
};
constexpr size_t kRepairKinds = 5;
// "sara am", "Thai digits", "marks", "letters".
std::string_view RepairKindName(RepairKind kind);

// How many characters were repaired, by kind (indexed by RepairKind).
using RepairCounts = std::array<size_t, kRepairKinds>;
// "repaired 1,234 characters whose text layer disagreed with the font (sara
// am, Thai digits)", or empty when nothing was repaired.
std::string RepairSummary(const RepairCounts& counts);

// One character code of a font as the PDF's text layer reads it.
struct CodeReading {
  unsigned code = 0;
  unsigned gid = 0;     // the glyph the code draws
  std::u32string text;  // what the text layer says it is: may be empty
};

// The outlines of the Thai digits a document's fonts draw, by
// FontTruth::OutlineHash: the evidence for a font whose subset kept the
// outlines of its ASCII digits but not of the Thai digits they copy (Word
// keeps only the glyphs a font object draws, and gives each run its own).
using ThaiDigitOutlines = std::unordered_map<uint64_t, char32_t>;
// Gives the document's ThaiDigitOutlines; asked only when a font's own
// glyphs cannot tell.
using ThaiDigitOutlinesSource = std::function<const ThaiDigitOutlines&()>;
// Adds the Thai digits `truth` draws (by its cmap or glyph names) to `outlines`.
void AddThaiDigitOutlines(const FontTruth& truth, ThaiDigitOutlines* outlines);

// What one character code really draws, where the text layer says otherwise.
struct GlyphRepair {
  char32_t c = 0;
  RepairKind kind = RepairKind::kNone;
};

class FontRepair {
 public:
  FontRepair() = default;
  // Compares every code's reading with what `truth` says its glyph draws.
  // `codes` holds every code the font can show that has a glyph. `document`
  // (may be empty) tells Thai digits by the outlines of the document's
  // other fonts.
  static FontRepair Plan(const FontTruth& truth, const std::vector<CodeReading>& codes,
                         const ThaiDigitOutlinesSource& document = {});

  // The repair for `code`, or null when its text layer reads right.
  const GlyphRepair* Find(unsigned code) const {
    if (code >= by_code_.size() || by_code_[code].kind == RepairKind::kNone) return nullptr;
    return &by_code_[code];
  }
  // Nothing to repair: the text layer agrees with the font.
  bool empty() const { return by_code_.empty(); }

 private:
  void Add(unsigned code, char32_t c, RepairKind kind);

  std::vector<GlyphRepair> by_code_;  // indexed by code; empty when nothing is repaired
};

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_PDF_TEXT_LAYER_REPAIR_H_
