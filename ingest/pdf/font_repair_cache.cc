#include "ingest/pdf/font_repair_cache.h"

#include <GfxFont.h>
#include <Object.h>
#include <Stream.h>
#include <XRef.h>
#include <fofi/FoFiTrueType.h>
#include <goo/gmem.h>

#include <algorithm>
#include <optional>
#include <set>
#include <vector>

#include "ingest/pdf/font_truth.h"

namespace samatthana::ingest {
namespace {

// Character codes of a CID font are at most two bytes in the fonts office
// programs write.
constexpr unsigned kMaxCodes = 0x10000;

// What the text layer reads for the code in `bytes`, as Poppler hands it to
// the text device (its ToUnicode map, or failing that the font's encoding).
std::u32string Reading(const GfxFont& font, const char* bytes, int length) {
  CharCode code;
  const Unicode* u = nullptr;
  int n = 0;
  double dx, dy, ox, oy;
  font.getNextChar(bytes, length, &code, &u, &n, &dx, &dy, &ox, &oy);
  std::u32string text;
  for (int i = 0; i < n && u != nullptr; ++i) text.push_back(static_cast<char32_t>(u[i]));
  return text;
}

// Every code of a simple (one-byte) TrueType font, with its glyph as
// Poppler draws it.
std::vector<CodeReading> SimpleFontCodes(Gfx8BitFont* font, const FoFiTrueType& program) {
  std::vector<CodeReading> codes;
  // getCodeToGIDMap only reads the font program; it takes it non-const.
  int* to_gid = font->getCodeToGIDMap(const_cast<FoFiTrueType*>(&program));
  if (to_gid == nullptr) return codes;
  for (unsigned code = 0; code < 256; ++code) {
    if (to_gid[code] <= 0) continue;
    const char byte = static_cast<char>(code);
    codes.push_back({code, static_cast<unsigned>(to_gid[code]), Reading(*font, &byte, 1)});
  }
  gfree(to_gid);
  return codes;
}

// Every code of a CID-keyed TrueType font under the Identity encodings
// office programs use, where a code's two bytes are its CID (what Poppler
// hands the text device); under any other encoding the font is left as its
// text layer reads it.
std::optional<std::vector<CodeReading>> CidFontCodes(GfxCIDFont* font, unsigned glyph_count) {
  const std::string& encoding = font->getEncodingName();
  if (encoding != "Identity-H" && encoding != "Identity-V") return std::nullopt;
  const int* to_gid = font->getCIDToGID();
  const unsigned mapped = to_gid ? font->getCIDToGIDLen() : glyph_count;
  std::vector<CodeReading> codes;
  for (unsigned cid = 1; cid < std::min(mapped, kMaxCodes); ++cid) {
    const unsigned gid = to_gid ? static_cast<unsigned>(std::max(to_gid[cid], 0)) : cid;
    if (gid == 0 || gid >= glyph_count) continue;
    const char bytes[2] = {static_cast<char>(cid >> 8), static_cast<char>(cid & 0xFF)};
    codes.push_back({cid, gid, Reading(*font, bytes, 2)});
  }
  return codes;
}

}  // namespace

std::shared_ptr<const FontRepair> FontRepairCache::Build(GfxFont* font, XRef* xref) {
  auto nothing = std::make_shared<const FontRepair>();
  const GfxFontType type = font->getType();
  const bool simple = type == fontTrueType || type == fontTrueTypeOT;
  const bool cid = type == fontCIDType2 || type == fontCIDType2OT;
  Ref embedded;
  if ((!simple && !cid) || !font->getEmbeddedFontID(&embedded)) return nothing;
  std::optional<std::vector<unsigned char>> bytes = font->readEmbFontFile(xref);
  if (!bytes || bytes->empty()) return nothing;
  std::unique_ptr<FoFiTrueType> program;
  if (simple) {
    program = FoFiTrueType::make(bytes->data(), static_cast<int>(bytes->size()));
    if (!program) return nothing;
  }
  std::unique_ptr<FontTruth> truth = FontTruth::Read(std::move(*bytes));
  if (!truth) return nothing;
  std::vector<CodeReading> codes;
  if (simple) {
    codes = SimpleFontCodes(static_cast<Gfx8BitFont*>(font), *program);
  } else if (auto cid_codes = CidFontCodes(static_cast<GfxCIDFont*>(font), truth->glyph_count())) {
    codes = std::move(*cid_codes);
  }
  FontRepair repair = FontRepair::Plan(*truth, codes, [this, xref]() -> const ThaiDigitOutlines& {
    return DocumentThaiDigits(xref);
  });
  return repair.empty() ? nothing : std::make_shared<const FontRepair>(std::move(repair));
}

namespace {

// Collects the font descriptors with a TrueType program that the page tree
// uses: the fonts of every page's resources (inherited from the tree's
// nodes) and of the forms those draw. Only those objects are read: the
// file's other objects (every page's content, images) are never parsed.
class FontProgramWalk {
 public:
  explicit FontProgramWalk(XRef* xref) : xref_(xref) {}

  void Pages() {
    Object root = xref_->getTrailerDict()->dictLookup("Root");
    if (!root.isDict()) return;
    Node(root.dictLookupNF("Pages").copy(), Object(), 0);
  }

  const std::vector<Object>& programs() const { return programs_; }

 private:
  static constexpr int kDeepest = 32;  // page tree and form nesting

  // Fetches `ref` unless it was seen before (a shared or looping object).
  bool Fresh(const Object& maybe_ref, Object* out) {
    if (maybe_ref.isRef()) {
      if (!seen_.insert(maybe_ref.getRefNum()).second) return false;
      *out = maybe_ref.fetch(xref_);
    } else {
      *out = maybe_ref.copy();
    }
    return true;
  }

  void Node(Object ref, Object inherited, int depth) {
    Object node;
    if (depth > kDeepest || !Fresh(ref, &node) || !node.isDict()) return;
    Object resources = node.dictLookup("Resources");
    if (!resources.isDict()) resources = inherited.copy();
    Object kids = node.dictLookup("Kids");
    if (kids.isArray()) {
      for (int i = 0; i < kids.arrayGetLength(); ++i) {
        Node(kids.arrayGetNF(i).copy(), resources.copy(), depth + 1);
      }
    } else {
      Resources(resources, depth);
    }
  }

  void Resources(const Object& resources, int depth) {
    if (!resources.isDict() || depth > kDeepest) return;
    Object fonts = resources.dictLookup("Font");
    if (fonts.isDict()) {
      for (int i = 0; i < fonts.dictGetLength(); ++i) Font(fonts.dictGetValNF(i));
    }
    Object xobjects = resources.dictLookup("XObject");
    if (!xobjects.isDict()) return;
    for (int i = 0; i < xobjects.dictGetLength(); ++i) {
      Object form;
      if (!Fresh(xobjects.dictGetValNF(i), &form) || !form.isStream()) continue;
      Dict* dict = form.streamGetDict();
      if (!dict->lookup("Subtype").isName("Form")) continue;
      Resources(dict->lookup("Resources"), depth + 1);
    }
  }

  void Font(const Object& ref) {
    Object font;
    if (!Fresh(ref, &font) || !font.isDict()) return;
    Object descendants = font.dictLookup("DescendantFonts");
    if (descendants.isArray() && descendants.arrayGetLength() > 0) {
      Object cid = descendants.arrayGet(0);
      if (cid.isDict()) Descriptor(cid.dictLookupNF("FontDescriptor"));
    }
    Descriptor(font.dictLookupNF("FontDescriptor"));
  }

  void Descriptor(const Object& ref) {
    Object descriptor;
    if (!Fresh(ref, &descriptor) || !descriptor.isDict()) return;
    Object file = descriptor.dictLookup("FontFile2");
    if (file.isStream()) programs_.push_back(std::move(file));
  }

  XRef* xref_;
  std::set<int> seen_;
  std::vector<Object> programs_;
};

}  // namespace

const ThaiDigitOutlines& FontRepairCache::DocumentThaiDigits(XRef* xref) {
  if (thai_digits_) return *thai_digits_;
  thai_digits_.emplace();
  // Every TrueType program the document's pages use, wherever they use it.
  FontProgramWalk walk(xref);
  walk.Pages();
  for (const Object& file : walk.programs()) {
    std::unique_ptr<FontTruth> truth = FontTruth::Read(file.getStream()->toUnsignedChars());
    if (truth) AddThaiDigitOutlines(*truth, &*thai_digits_);
  }
  return *thai_digits_;
}

std::shared_ptr<const FontRepair> FontRepairCache::For(GfxFont* font, XRef* xref) {
  const Ref* id = font->getID();
  const uint64_t key = (static_cast<uint64_t>(static_cast<uint32_t>(id->num)) << 32) |
                       static_cast<uint32_t>(id->gen);
  std::lock_guard<std::mutex> lock(mu_);
  auto [it, inserted] = fonts_.try_emplace(key);
  if (inserted) it->second = Build(font, xref);
  return it->second;
}

}  // namespace samatthana::ingest
