// FontRepairCache: the repair plan (text_layer_repair.h) of every font a
// document draws with, built the first time the font is drawn and kept for
// the rest of the document, so the work is done once a font and never once a
// glyph. This file and its .cc use Poppler's private API
// (libpoppler-private-dev): its fonts (GfxFont), their character codes'
// glyphs and ToUnicode maps, and their embedded font programs.
#ifndef SAMATTHANA_INGEST_PDF_FONT_REPAIR_CACHE_H_
#define SAMATTHANA_INGEST_PDF_FONT_REPAIR_CACHE_H_

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>

#include "ingest/pdf/text_layer_repair.h"

class GfxFont;
class XRef;

namespace samatthana::ingest {

// Safe for concurrent use: the threads reading one document's pages share it.
class FontRepairCache {
 public:
  // The plan for `font`, read from its embedded font program through `xref`
  // (the document the font belongs to) the first time. Never null; empty
  // when the font's text layer agrees with the font or the font program
  // cannot be read (not embedded, not TrueType).
  std::shared_ptr<const FontRepair> For(GfxFont* font, XRef* xref);

 private:
  std::shared_ptr<const FontRepair> Build(GfxFont* font, XRef* xref);
  // The Thai digit outlines of every TrueType font program the document
  // embeds, read the first time a font's own glyphs cannot tell.
  const ThaiDigitOutlines& DocumentThaiDigits(XRef* xref);

  std::mutex mu_;  // guards all below; held while a plan is built
  std::optional<ThaiDigitOutlines> thai_digits_;
  // By the font dictionary's object number and generation.
  std::unordered_map<uint64_t, std::shared_ptr<const FontRepair>> fonts_;
};

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_PDF_FONT_REPAIR_CACHE_H_
