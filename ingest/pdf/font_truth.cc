#include "ingest/pdf/font_truth.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H

#include <algorithm>
#include <cstdio>
#include <string_view>

namespace samatthana::ingest {
namespace {

// Glyph names of the Adobe Glyph List for the Thai block, U+0E01 onwards
// (empty where the block has no character), and for the ASCII digits.
// clang-format off
constexpr std::string_view kThaiNames[] = {
    "kokaithai", "khokhaithai", "khokhuatthai", "khokhwaithai",                    // U+0E01
    "khokhonthai", "khorakhangthai", "ngonguthai", "chochanthai",                  // U+0E05
    "chochingthai", "chochangthai", "sosothai", "chochoethai",                     // U+0E09
    "yoyingthai", "dochadathai", "topatakthai", "thothanthai",                     // U+0E0D
    "thonangmonthothai", "thophuthaothai", "nonenthai", "dodekthai",               // U+0E11
    "totaothai", "thothungthai", "thothahanthai", "thothongthai",                  // U+0E15
    "nonuthai", "bobaimaithai", "poplathai", "phophungthai",                       // U+0E19
    "fofathai", "phophanthai", "fofanthai", "phosamphaothai",                      // U+0E1D
    "momathai", "yoyakthai", "roruathai", "ruthai",                                // U+0E21
    "lolingthai", "luthai", "wowaenthai", "sosalathai",                            // U+0E25
    "sorusithai", "sosuathai", "hohipthai", "lochulathai",                         // U+0E29
    "oangthai", "honokhukthai", "paiyannoithai", "saraathai",                      // U+0E2D
    "maihanakatthai", "saraaathai", "saraamthai", "saraithai",                     // U+0E31
    "saraiithai", "sarauethai", "saraueethai", "sarauthai",                        // U+0E35
    "sarauuthai", "phinthuthai", "", "",                                           // U+0E39
    "", "", "bahtthai", "saraethai",                                               // U+0E3D
    "saraaethai", "saraothai", "saraaimaimuanthai", "saraaimaimalaithai",          // U+0E41
    "lakkhangyaothai", "maiyamokthai", "maitaikhuthai", "maiekthai",               // U+0E45
    "maithothai", "maitrithai", "maichattawathai", "thanthakhatthai",              // U+0E49
    "nikhahitthai", "yamakkanthai", "fongmanthai", "zerothai",                     // U+0E4D
    "onethai", "twothai", "threethai", "fourthai",                                 // U+0E51
    "fivethai", "sixthai", "seventhai", "eightthai",                               // U+0E55
    "ninethai", "angkhankhuthai", "khomutthai",                                    // U+0E59
};
// clang-format on
static_assert(std::size(kThaiNames) == 0x0E5B - 0x0E01 + 1);
constexpr std::string_view kDigitNames[] = {"zero", "one", "two",   "three", "four",
                                            "five", "six", "seven", "eight", "nine"};

// The value of `hex` as a codepoint, or 0 unless it is all hex digits.
char32_t ParseHex(std::string_view hex) {
  if (hex.empty() || hex.size() > 6) return 0;
  char32_t value = 0;
  for (char ch : hex) {
    int digit = (ch >= '0' && ch <= '9')   ? ch - '0'
                : (ch >= 'A' && ch <= 'F') ? ch - 'A' + 10
                                           : -1;  // the AGL asks for upper case
    if (digit < 0) return 0;
    value = value * 16 + static_cast<char32_t>(digit);
  }
  return value <= 0x10FFFF ? value : 0;
}

}  // namespace

char32_t CharForGlyphName(const std::string& full) {
  // A variant ("uni0E48.small", "four.tf") draws the character it varies.
  std::string_view name(full);
  name = name.substr(0, name.find('.'));
  if (name.size() == 7 && name.substr(0, 3) == "uni") return ParseHex(name.substr(3));
  if ((name.size() == 5 || name.size() == 6 || name.size() == 7) && name[0] == 'u') {
    return ParseHex(name.substr(1));
  }
  for (size_t i = 0; i < std::size(kThaiNames); ++i) {
    if (!kThaiNames[i].empty() && name == kThaiNames[i]) return static_cast<char32_t>(0x0E01 + i);
  }
  for (size_t i = 0; i < std::size(kDigitNames); ++i) {
    if (name == kDigitNames[i]) return static_cast<char32_t>(U'0' + i);
  }
  return 0;
}

struct FontTruth::Face {
  std::vector<unsigned char> bytes;  // FreeType reads the font from here
  FT_Library library = nullptr;
  FT_Face face = nullptr;
  ~Face() {
    if (face) FT_Done_Face(face);
    if (library) FT_Done_FreeType(library);
  }
  // Loads glyph `gid` unscaled and unhinted: its outline in font units.
  const FT_Outline* Load(unsigned gid) const {
    if (gid >= static_cast<unsigned>(face->num_glyphs)) return nullptr;
    if (FT_Load_Glyph(face, gid, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP) != 0) {
      return nullptr;
    }
    if (face->glyph->format != FT_GLYPH_FORMAT_OUTLINE) return nullptr;
    return &face->glyph->outline;
  }
};

FontTruth::FontTruth(std::unique_ptr<Face> face) : face_(std::move(face)) {}
FontTruth::~FontTruth() = default;

std::unique_ptr<FontTruth> FontTruth::Read(std::vector<unsigned char> bytes) {
  auto face = std::make_unique<Face>();
  face->bytes = std::move(bytes);
  if (FT_Init_FreeType(&face->library) != 0) return nullptr;
  if (FT_New_Memory_Face(face->library, face->bytes.data(),
                         static_cast<FT_Long>(face->bytes.size()), 0, &face->face) != 0) {
    face->face = nullptr;
    return nullptr;
  }
  std::unique_ptr<FontTruth> truth(new FontTruth(std::move(face)));
  FT_Face f = truth->face_->face;
  truth->glyph_count_ = static_cast<unsigned>(f->num_glyphs);
  truth->glyph_names_ = FT_HAS_GLYPH_NAMES(f);
  // Only a Unicode cmap names characters; a symbol cmap (3,0) numbers glyphs.
  if (FT_Select_Charmap(f, FT_ENCODING_UNICODE) == 0) {
    FT_UInt gid = 0;
    for (FT_ULong c = FT_Get_First_Char(f, &gid); gid != 0; c = FT_Get_Next_Char(f, c, &gid)) {
      truth->cmap_chars_[gid].push_back(static_cast<char32_t>(c));
    }
    truth->unicode_cmap_ = !truth->cmap_chars_.empty();
  }
  return truth;
}

char32_t FontTruth::NamedChar(unsigned gid) const {
  if (!glyph_names_) return 0;
  char name[64];
  if (FT_Get_Glyph_Name(face_->face, gid, name, sizeof name) != 0) return 0;
  return CharForGlyphName(name);
}

std::u32string FontTruth::CharsOf(unsigned gid) const {
  if (auto it = cmap_chars_.find(gid); it != cmap_chars_.end()) return it->second;
  char32_t named = NamedChar(gid);
  return named ? std::u32string(1, named) : std::u32string();
}

unsigned FontTruth::GlyphOf(char32_t c) const {
  if (unicode_cmap_) {
    if (FT_UInt gid = FT_Get_Char_Index(face_->face, c)) return gid;
  }
  if (!glyph_names_) return 0;
  char name[16];
  std::snprintf(name, sizeof name, "uni%04X", static_cast<unsigned>(c));
  if (FT_UInt gid = FT_Get_Name_Index(face_->face, name)) return gid;
  std::string agl;
  if (c >= 0x0E01 && c < 0x0E01 + std::size(kThaiNames)) agl = kThaiNames[c - 0x0E01];
  if (c >= U'0' && c <= U'9') agl = kDigitNames[c - U'0'];
  return agl.empty() ? 0 : FT_Get_Name_Index(face_->face, agl.c_str());
}

bool FontTruth::SameOutline(unsigned a, unsigned b) const {
  const FT_Outline* first = face_->Load(a);
  if (first == nullptr || first->n_points == 0) return false;
  // The slot is reused by the next load: keep a copy of the first outline.
  std::vector<FT_Vector> points(first->points, first->points + first->n_points);
  std::vector<char> tags(first->tags, first->tags + first->n_points);
  std::vector<short> contours(first->contours, first->contours + first->n_contours);
  const FT_Outline* second = face_->Load(b);
  if (second == nullptr || second->n_points != static_cast<short>(points.size()) ||
      second->n_contours != static_cast<short>(contours.size())) {
    return false;
  }
  for (size_t i = 0; i < points.size(); ++i) {
    if (points[i].x != second->points[i].x || points[i].y != second->points[i].y) return false;
    if ((tags[i] & 1) != (second->tags[i] & 1)) return false;  // on or off the curve
  }
  return std::equal(contours.begin(), contours.end(), second->contours);
}

uint64_t FontTruth::OutlineHash(unsigned gid) const {
  const FT_Outline* outline = face_->Load(gid);
  if (outline == nullptr || outline->n_points == 0) return 0;
  uint64_t hash = 14695981039346656037ull;  // FNV-1a
  auto mix = [&hash](int64_t value) {
    for (int i = 0; i < 8; ++i) {
      hash ^= static_cast<uint64_t>(value >> (8 * i)) & 0xFF;
      hash *= 1099511628211ull;
    }
  };
  for (short i = 0; i < outline->n_points; ++i) {
    mix(outline->points[i].x);
    mix(outline->points[i].y);
    mix(outline->tags[i] & 1);
  }
  for (short i = 0; i < outline->n_contours; ++i) mix(outline->contours[i]);
  return hash == 0 ? 1 : hash;
}

GlyphBox FontTruth::BoxOf(unsigned gid) const {
  GlyphBox box;
  const FT_Outline* outline = face_->Load(gid);
  if (outline == nullptr) return box;
  box.advance = face_->face->glyph->metrics.horiAdvance;
  if (outline->n_points == 0) return box;
  FT_BBox cbox;
  FT_Outline_Get_CBox(outline, &cbox);
  box.x_min = cbox.xMin;
  box.y_min = cbox.yMin;
  box.x_max = cbox.xMax;
  box.y_max = cbox.yMax;
  box.empty = false;
  return box;
}

}  // namespace samatthana::ingest
