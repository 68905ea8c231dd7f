// FontTruth: what an embedded font program says, by itself, each of its
// glyphs draws. A PDF's text layer (its ToUnicode map) is written by the
// program that made the PDF and can lie -- Microsoft Word's lies about Thai
// (SARA AM, NIKHAHIT) -- while the font it embeds was made by a type
// designer: its Unicode cmap and its glyph names (the post table) still name
// the characters, and where they name nothing, the glyphs' outlines and boxes
// still tell glyphs apart. Read with FreeType, once per font; nothing here
// knows about PDF.
#ifndef SAMATTHANA_INGEST_PDF_FONT_TRUTH_H_
#define SAMATTHANA_INGEST_PDF_FONT_TRUTH_H_

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace samatthana::ingest {

// A glyph's ink box and advance in font units, y up from the baseline.
struct GlyphBox {
  long x_min = 0, y_min = 0, x_max = 0, y_max = 0;
  long advance = 0;
  bool empty = true;  // the glyph draws nothing
};

// Not safe for concurrent use (FreeType faces are not); each reader of a
// document keeps its own.
class FontTruth {
 public:
  // Reads a TrueType or OpenType font program; null when FreeType cannot.
  static std::unique_ptr<FontTruth> Read(std::vector<unsigned char> bytes);
  ~FontTruth();
  FontTruth(const FontTruth&) = delete;
  FontTruth& operator=(const FontTruth&) = delete;

  // The characters the font maps to glyph `gid`: the codepoints of its
  // Unicode cmap, or failing that the one its glyph name stands for
  // ("uni0E4D", "nikhahitthai", "four", "uni0E48.small"). Empty when the
  // font says nothing about the glyph.
  std::u32string CharsOf(unsigned gid) const;
  // The glyph the font draws for `c`, by its cmap or by glyph name; 0 if none.
  unsigned GlyphOf(char32_t c) const;
  // Whether the font names its glyphs at all (a Unicode cmap or glyph names):
  // when it does not, only outlines and boxes are left to go by.
  bool names_glyphs() const { return unicode_cmap_ || glyph_names_; }
  unsigned glyph_count() const { return glyph_count_; }

  // Whether two glyphs draw the same outline, point for point (a font that
  // draws the ASCII digits with its Thai digits' shapes). Empty glyphs are
  // never the same as anything.
  bool SameOutline(unsigned a, unsigned b) const;
  // A digest of the glyph's outline, alike for the same outline in any
  // font (the subsets of one font a document embeds); 0 for an empty glyph.
  uint64_t OutlineHash(unsigned gid) const;
  GlyphBox BoxOf(unsigned gid) const;

 private:
  struct Face;
  explicit FontTruth(std::unique_ptr<Face> face);
  char32_t NamedChar(unsigned gid) const;

  std::unique_ptr<Face> face_;
  std::unordered_map<unsigned, std::u32string> cmap_chars_;  // glyph -> its cmap codepoints
  bool unicode_cmap_ = false;
  bool glyph_names_ = false;
  unsigned glyph_count_ = 0;
};

// The character a glyph name stands for under the Adobe Glyph List's rules
// ("uniXXXX", "uXXXXX", a Thai or digit name, a ".suffix" variant), or 0.
char32_t CharForGlyphName(const std::string& name);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_PDF_FONT_TRUTH_H_
