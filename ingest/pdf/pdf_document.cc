#include "ingest/pdf/pdf_document.h"

#include <ErrorCodes.h>
#include <GfxState.h>
#include <GlobalParams.h>
#include <PDFDoc.h>
#include <Stream.h>
#include <TextOutputDev.h>
#include <goo/GooString.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <optional>
#include <unordered_map>

#include "ingest/pdf/duplicate_words.h"
#include "ingest/pdf/font_repair_cache.h"
#include "ingest/pdf/font_style.h"
#include "ingest/pdf/repaired_glyphs.h"

namespace samatthana::ingest {
namespace {

// Larger than any list bullet (in points); smaller than the rules, boxes
// and backgrounds a page also draws.
constexpr double kMaxShapeSize = 24;
// Thinner than a bullet: hairlines and the dots of a dotted rule.
constexpr double kMinShapeSize = 0.8;
// Enough for any page of a catalogue; a page made of thousands of drawings
// (a chart, text drawn as outlines) keeps its first ones.
constexpr size_t kMaxShapesPerPage = 10000;
// Thicker than any table's border (Word's thickest single line is 6pt, a
// browser's "border=2" a point and a half): a thicker box is a block.
constexpr double kMaxRuleThickness = 6.5;
// Shorter pieces are dots, dashes and the corners of a double border.
constexpr double kMinRuleLength = 1.0;
constexpr size_t kMaxRulesPerPage = 20000;

std::atomic<PopplerMessageReceiver> g_receiver{nullptr};

const char* CategoryName(ErrorCategory category) {
  switch (category) {
    case errSyntaxWarning:
      return "syntax warning";
    case errSyntaxError:
      return "syntax error";
    case errIO:
      return "read error";
    case errNotAllowed:
      return "not allowed";
    case errUnimplemented:
      return "unsupported feature";
    default:
      return "error";
  }
}

void ForwardMessage(ErrorCategory category, Goffset pos, const char* message) {
  PopplerMessageReceiver receiver = g_receiver.load();
  if (receiver == nullptr) return;
  std::string text = CategoryName(category);
  if (pos >= 0) text += " at byte " + std::to_string(pos);
  text += ": ";
  text += message ? message : "";
  receiver(text);
}

// Poppler's core needs its global parameters before the first document, and
// its message callback set before it can print anything.
void InitPoppler() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (!globalParams) globalParams = std::make_unique<GlobalParams>();
    setErrorCallback(&ForwardMessage);
  });
}

// Whether the point (x, y), in device space, lies outside the clipping
// region's box: painted there, nothing shows.
bool Clipped(const GfxState* state, double x, double y) {
  constexpr double kSlack = 1.0;
  double x0, y0, x1, y1;
  state->getClipBBox(&x0, &y0, &x1, &y1);
  return x < x0 - kSlack || x > x1 + kSlack || y < y0 - kSlack || y > y1 + kSlack;
}

// Poppler's text device, also keeping the bounding box of every small,
// visible shape the page fills or strokes, and leaving out characters whose
// middle is clipped away. A browser that moves a line of text to the next
// page still paints, clipped, the glyphs whose marks reach up into the page
// it leaves (tone marks stand high above Thai letters): without the clip a
// line of fragments such as "ที่ ไ พื่" would end the page.
//
// Where the glyph's own font says it draws another character than the text
// layer says (see text_layer_repair.h), the device is handed that character,
// so Poppler groups the words as the page shows them (Word's NIKHAHIT, read
// as a space, would otherwise split "ตำแหน่ง" in two); each such glyph's
// origin is kept to find it again among the words.
class WordsAndShapes : public TextOutputDev {
 public:
  // `fonts` may be null: the text layer is read as it is. Words come in the
  // order the page draws them (raw order): the line builder places them by
  // position, so Poppler's own layout analysis would be work thrown away.
  WordsAndShapes(FontRepairCache* fonts, XRef* xref)
      : TextOutputDev(nullptr, /*physLayoutA=*/false, /*fixedPitchA=*/0, /*rawOrderA=*/true,
                      /*append=*/false),
        fonts_(fonts),
        xref_(xref) {}

  void drawChar(GfxState* state, double x, double y, double dx, double dy, double origin_x,
                double origin_y, CharCode code, int bytes, const Unicode* u, int u_len) override {
    if (MiddleClipped(state, x, y)) {
      incCharCount(bytes);  // keeps Poppler's count of the page's characters right
      return;
    }
    Unicode drawn;
    if (const GlyphRepair* fix = RepairFor(state, code)) {
      drawn = fix->c;
      u = &drawn;
      u_len = 1;
      RepairedGlyph r{0, 0, fix->c, fix->kind};
      state->transform(x, y, &r.x, &r.y);
      repaired_.push_back(r);
    }
    if (u_len == 0 || u[0] < 0x20) RecordUnreadableGlyph(state, x, y, dx, dy);
    TextOutputDev::drawChar(state, x, y, dx, dy, origin_x, origin_y, code, bytes, u, u_len);
  }

  void fill(GfxState* state) override {
    TextOutputDev::fill(state);
    Record(state, /*stroked=*/false);
    RecordFilledRules(state);
  }
  void eoFill(GfxState* state) override {
    TextOutputDev::eoFill(state);
    Record(state, /*stroked=*/false);
    RecordFilledRules(state);
  }
  void stroke(GfxState* state) override {
    TextOutputDev::stroke(state);
    Record(state, /*stroked=*/true);
    RecordStrokedRules(state);
  }

  std::vector<PdfShape> TakeShapes() { return std::move(shapes_); }
  std::vector<PdfShape> TakeRules() { return std::move(rules_); }
  std::vector<RepairedGlyph> TakeRepaired() { return std::move(repaired_); }

 private:
  // The repair of `code` in the current font, if its text layer reads it
  // wrong. The plan is fetched when the font changes, not for every glyph;
  // holding the font keeps its address from being reused by another.
  const GlyphRepair* RepairFor(const GfxState* state, CharCode code) {
    if (fonts_ == nullptr) return nullptr;
    const std::shared_ptr<GfxFont>& font = state->getFont();
    if (!font) return nullptr;
    if (font != font_) {
      font_ = font;
      plan_ = fonts_->For(font.get(), xref_);
    }
    return plan_->Find(code);
  }

  // The direction "up" from a glyph's baseline on the page (device space, y
  // downwards), as the text matrix turns it; not of unit length.
  static void TextUp(const GfxState* state, double* up_x, double* up_y) {
    const double* tm = state->getTextMat();
    state->transformDelta(tm[2], tm[3], up_x, up_y);
  }

  // The middle of a glyph standing on (x, y) in user space: a third of the
  // font size up from the baseline.
  static bool MiddleClipped(const GfxState* state, double x, double y) {
    double up_x, up_y;
    TextUp(state, &up_x, &up_y);
    double length = std::hypot(up_x, up_y);
    double bx, by;
    state->transform(x, y, &bx, &by);
    if (length > 0) {
      double rise = state->getTransformedFontSize() / 3 / length;
      bx += up_x * rise;
      by += up_y * rise;
    }
    return Clipped(state, bx, by);
  }

  // A glyph that maps to no character, such as a bullet from a symbol font
  // embedded without its character map: on paper it is a mark like a drawn
  // disc, so it is kept as a shape (the part of its box a bullet's ink takes
  // up, between the baseline and the x-height).
  void RecordUnreadableGlyph(const GfxState* state, double x, double y, double dx, double dy) {
    if (shapes_.size() >= kMaxShapesPerPage) return;
    double up_x, up_y;
    TextUp(state, &up_x, &up_y);
    if (std::fabs(up_x) > 0.1 * std::fabs(up_y) || up_y >= 0) return;  // upright text only
    double bx, by, advance, ignored;
    state->transform(x, y, &bx, &by);
    state->transformDelta(dx, dy, &advance, &ignored);
    const double size = state->getTransformedFontSize();
    PdfShape box{bx, by - 0.6 * size, bx + std::max(advance, 0.3 * size), by - 0.1 * size};
    if (box.bottom - box.top < kMinShapeSize || box.bottom - box.top > kMaxShapeSize) return;
    shapes_.push_back(box);
  }

  void Record(GfxState* state, bool stroked) {
    if (shapes_.size() >= kMaxShapesPerPage) return;
    GfxRGB rgb;
    if (stroked) {
      if (state->getStrokeOpacity() < 0.1) return;
      state->getStrokeRGB(&rgb);
    } else {
      if (state->getFillOpacity() < 0.1) return;
      state->getFillRGB(&rgb);
    }
    // Paint close to white does not show on paper.
    double luminance = 0.30 * colToDbl(rgb.r) + 0.59 * colToDbl(rgb.g) + 0.11 * colToDbl(rgb.b);
    if (luminance > 0.9) return;
    const GfxPath* path = state->getPath();
    PdfShape box{1e300, 1e300, -1e300, -1e300};
    bool any = false;
    for (int i = 0; i < path->getNumSubpaths(); ++i) {
      const GfxSubpath* sub = path->getSubpath(i);
      if (sub->getNumPoints() == 0) continue;
      PdfShape part = SubpathBox(state, sub);
      box.x0 = std::min(box.x0, part.x0);
      box.x1 = std::max(box.x1, part.x1);
      box.top = std::min(box.top, part.top);
      box.bottom = std::max(box.bottom, part.bottom);
      any = true;
    }
    if (!any) return;
    if (stroked) {  // the pen's width adds to the path's box
      double half = state->getTransformedLineWidth() / 2;
      box.x0 -= half;
      box.x1 += half;
      box.top -= half;
      box.bottom += half;
    }
    double w = box.x1 - box.x0, h = box.bottom - box.top;
    if (w > kMaxShapeSize || h > kMaxShapeSize) return;
    if (w < kMinShapeSize || h < kMinShapeSize) return;
    if (Clipped(state, (box.x0 + box.x1) / 2, (box.top + box.bottom) / 2)) return;
    shapes_.push_back(box);
  }

  // Paint that shows on paper: not (nearly) transparent, not (nearly) white.
  static bool Visible(GfxState* state, bool stroked) {
    GfxRGB rgb;
    if (stroked) {
      if (state->getStrokeOpacity() < 0.1) return false;
      state->getStrokeRGB(&rgb);
    } else {
      if (state->getFillOpacity() < 0.1) return false;
      state->getFillRGB(&rgb);
    }
    double luminance = 0.30 * colToDbl(rgb.r) + 0.59 * colToDbl(rgb.g) + 0.11 * colToDbl(rgb.b);
    return luminance <= 0.9;
  }

  void AddRule(const GfxState* state, const PdfShape& box) {
    if (rules_.size() >= kMaxRulesPerPage) return;
    const double w = box.x1 - box.x0, h = box.bottom - box.top;
    if (std::max(w, h) < kMinRuleLength || std::min(w, h) > kMaxRuleThickness) return;
    if (Clipped(state, (box.x0 + box.x1) / 2, (box.top + box.bottom) / 2)) return;
    rules_.push_back(box);
  }

  // The box of a subpath on the page.
  static PdfShape SubpathBox(const GfxState* state, const GfxSubpath* sub) {
    PdfShape box{1e300, 1e300, -1e300, -1e300};
    for (int j = 0; j < sub->getNumPoints(); ++j) {
      double x, y;
      state->transform(sub->getX(j), sub->getY(j), &x, &y);
      box.x0 = std::min(box.x0, x);
      box.x1 = std::max(box.x1, x);
      box.top = std::min(box.top, y);
      box.bottom = std::max(box.bottom, y);
    }
    return box;
  }

  // A browser paints a table's borders as thin filled boxes (or, for inset
  // and outset borders, thin trapezoids); a shaded cell's background gives
  // the cell's edges, as its borders would.
  void RecordFilledRules(GfxState* state) {
    if (!Visible(state, false)) return;
    const GfxPath* path = state->getPath();
    for (int i = 0; i < path->getNumSubpaths(); ++i) {
      const GfxSubpath* sub = path->getSubpath(i);
      if (sub->getNumPoints() < 3) continue;
      PdfShape box = SubpathBox(state, sub);
      const double w = box.x1 - box.x0, h = box.bottom - box.top;
      if (std::min(w, h) <= kMaxRuleThickness) {
        AddRule(state, box);
      } else if (sub->getNumPoints() <= 5) {  // a rectangle: its four edges
        AddRule(state, {box.x0, box.top, box.x1, box.top});
        AddRule(state, {box.x0, box.bottom, box.x1, box.bottom});
        AddRule(state, {box.x0, box.top, box.x0, box.bottom});
        AddRule(state, {box.x1, box.top, box.x1, box.bottom});
      }
    }
  }

  // Word and LibreOffice draw borders as stroked lines: every straight
  // piece across or down the page is a rule as wide as the pen.
  void RecordStrokedRules(GfxState* state) {
    if (!Visible(state, true)) return;
    const double half = std::max(state->getTransformedLineWidth(), 0.1) / 2;
    const GfxPath* path = state->getPath();
    for (int i = 0; i < path->getNumSubpaths(); ++i) {
      const GfxSubpath* sub = path->getSubpath(i);
      // A closed subpath ends with its first point again: no wrap needed.
      for (int j = 1; j < sub->getNumPoints(); ++j) {
        if (sub->getCurve(j) || sub->getCurve(j - 1)) continue;
        double ax, ay, bx, by;
        state->transform(sub->getX(j - 1), sub->getY(j - 1), &ax, &ay);
        state->transform(sub->getX(j), sub->getY(j), &bx, &by);
        const bool across = std::fabs(ay - by) <= 0.5, down = std::fabs(ax - bx) <= 0.5;
        if (!across && !down) continue;
        AddRule(state,
                {std::min(ax, bx) - (down ? half : 0), std::min(ay, by) - (across ? half : 0),
                 std::max(ax, bx) + (down ? half : 0), std::max(ay, by) + (across ? half : 0)});
      }
    }
  }

  std::vector<PdfShape> shapes_;
  std::vector<PdfShape> rules_;
  FontRepairCache* fonts_;
  XRef* xref_;
  std::shared_ptr<GfxFont> font_;
  std::shared_ptr<const FontRepair> plan_;
  std::vector<RepairedGlyph> repaired_;
};

char32_t ValidCodepoint(Unicode u) {
  bool valid = u != 0 && u <= 0x10FFFF && (u < 0xD800 || u > 0xDFFF);
  return valid ? static_cast<char32_t>(u) : U'\uFFFD';
}

// Numbers the fonts of a page as they come, for PdfPage::census, and says
// whether each is bold, once a font rather than once a character. Runs of
// one font are the rule: the last one is looked up first.
class FontNumbers {
 public:
  struct Font {
    size_t number = 0;
    bool bold = false;
  };

  const Font& Of(const TextFontInfo* font, PageTextCensus* census) {
    if (font == last_ && !census->empty()) return last_facts_;
    auto [it, added] = fonts_.try_emplace(font);
    if (added) {
      it->second.number = census->size();
      census->emplace_back();
      const GooString* name = font != nullptr ? font->getFontName() : nullptr;
      it->second.bold = font != nullptr &&
                        (font->isBold() || (name != nullptr && FontNameSaysBold(name->toStr())));
    }
    last_ = font;
    last_facts_ = it->second;
    return last_facts_;
  }

 private:
  std::unordered_map<const TextFontInfo*, Font> fonts_;
  const TextFontInfo* last_ = nullptr;
  Font last_facts_;
};

// Converts Poppler's word, marking the characters the device repaired and
// counting them, and counting what the word's characters decode to, font by
// font.
PdfWord ToWord(const TextWord& word, const RepairedGlyphs& repaired, FontNumbers* fonts,
               PdfPage* page) {
  PdfWord w;
  word.getBBox(&w.x0, &w.top, &w.x1, &w.bottom);
  const int n = word.getLength();
  w.text.reserve(static_cast<size_t>(n));
  w.left.reserve(static_cast<size_t>(n));
  w.right.reserve(static_cast<size_t>(n));
  w.font_size = word.getFontSize();
  w.baseline = word.getBaseline();
  w.bold = n > 0;
  const bool turned = word.getRotation() % 2 == 1;
  const double height = turned ? w.x1 - w.x0 : w.bottom - w.top;
  for (int i = 0; i < n; ++i) {
    double x0, y0, x1, y1;
    word.getCharBBox(i, &x0, &y0, &x1, &y1);
    const char32_t c = ValidCodepoint(*word.getChar(i));
    w.text.push_back(c);
    // A character Poppler could not place has an empty box at the origin.
    bool has_box = x1 != x0 || x0 != 0;
    w.left.push_back(has_box ? x0 : w.x0);
    w.right.push_back(has_box ? x1 : w.x1);

    const FontNumbers::Font& font = fonts->Of(word.getFontInfo(i), &page->census);
    w.bold = w.bold && font.bold;
    FontTextCount& count = page->census[font.number];
    ++count.characters;
    count.unreadable += IsUnreadableChar(c);

    if (repaired.empty()) continue;
    const double lo = (turned ? w.x0 : w.top) - height;
    const double hi = (turned ? w.x1 : w.bottom) + height;
    RepairKind kind = repaired.At(c, turned, word.getEdge(i), lo, hi);
    if (kind == RepairKind::kNone) continue;
    if (w.repaired.empty()) w.repaired.resize(static_cast<size_t>(n), false);
    w.repaired[static_cast<size_t>(i)] = true;
    ++page->repaired[static_cast<size_t>(kind)];
  }
  return w;
}

std::optional<GooString> Password(const std::string& password) {
  return GooString(password.c_str());
}

// The page names content the file cannot supply: a content stream lost to
// damage (a broken cross-reference). Poppler says so only the first time a
// document meets the damage, so whichever page comes second would pass for
// a blank page; the page's own dictionary tells.
bool ContentsLost(Page* page, XRef* xref) {
  Object dict = xref->fetch(page->getRef());
  if (!dict.isDict()) return false;
  Object named = dict.dictLookupNF("Contents").copy();
  if (named.isNull()) return false;  // a blank page: no contents at all
  Object contents = named.fetch(xref);
  if (contents.isStream()) return false;
  if (!contents.isArray()) return true;
  for (int i = 0; i < contents.arrayGetLength(); ++i) {
    if (!contents.arrayGet(i).isStream()) return true;
  }
  return false;
}

}  // namespace

PdfDocument::PdfDocument(std::unique_ptr<PDFDoc> doc) : doc_(std::move(doc)) {}
PdfDocument::~PdfDocument() = default;

std::unique_ptr<PdfDocument> PdfDocument::Check(std::unique_ptr<PDFDoc> doc, OpenResult* result) {
  if (!doc || !doc->isOk()) {
    *result =
        doc && doc->getErrorCode() == errEncrypted ? OpenResult::kLocked : OpenResult::kDamaged;
    return nullptr;
  }
  *result = OpenResult::kOk;
  return std::unique_ptr<PdfDocument>(new PdfDocument(std::move(doc)));
}

std::unique_ptr<PdfDocument> PdfDocument::OpenFile(const std::string& path,
                                                   const std::string& password,
                                                   OpenResult* result) {
  InitPoppler();
  return Check(std::make_unique<PDFDoc>(std::make_unique<GooString>(path.c_str()),
                                        Password(password), Password(password)),
               result);
}

std::unique_ptr<PdfDocument> PdfDocument::OpenBytes(std::string_view bytes,
                                                    const std::string& password,
                                                    OpenResult* result) {
  InitPoppler();
  // The stream only reads the bytes; the document owns the stream.
  auto* stream =
      new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull));
  return Check(std::make_unique<PDFDoc>(stream, Password(password), Password(password)), result);
}

int PdfDocument::pages() const { return doc_->getNumPages(); }

PdfPage PdfDocument::ReadPage(int index) {
  PdfPage out;
  const int number = index + 1;
  if (number < 1 || number > doc_->getNumPages() || doc_->getPage(number) == nullptr ||
      ContentsLost(doc_->getPage(number), doc_->getXRef())) {
    out.readable = false;
    return out;
  }
  out.width = doc_->getPageCropWidth(number);
  out.height = doc_->getPageCropHeight(number);
  if (doc_->getPageRotate(number) % 180 != 0) std::swap(out.width, out.height);

  WordsAndShapes device(fonts_.get(), doc_->getXRef());
  if (!device.isOk()) {
    out.readable = false;
    return out;
  }
  doc_->displayPage(&device, number, 72, 72, 0, /*useMediaBox=*/false, /*crop=*/false,
                    /*printing=*/false);
  std::unique_ptr<TextWordList> list = device.makeWordList();
  out.words.reserve(static_cast<size_t>(list->getLength()));
  RepairedGlyphs repaired(device.TakeRepaired());
  FontNumbers fonts;
  for (int i = 0; i < list->getLength(); ++i) {
    PdfWord w = ToWord(*list->get(i), repaired, &fonts, &out);
    if (!w.text.empty()) out.words.push_back(std::move(w));
  }
  DropDuplicateWords(&out.words);
  out.shapes = device.TakeShapes();
  out.rules = device.TakeRules();
  return out;
}

void SetPopplerMessageReceiver(PopplerMessageReceiver receiver) {
  InitPoppler();
  g_receiver.store(receiver);
}

}  // namespace samatthana::ingest
