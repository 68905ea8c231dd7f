#include "ingest/ocr/ocr_lines.h"

#include <leptonica/allheaders.h>
#include <unicode/brkiter.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <optional>

#include "base/char_classes.h"
#include "base/list_marks.h"
#include "base/utf8.h"
#include "ingest/ocr/pix_ptr.h"

namespace samatthana::ingest {
namespace {

// Ink at least this share of the page's letter height is a letter's body
// (or a digit's, or a Latin letter's); marks and specks are smaller.
constexpr double kLetterShare = 0.6;
// A blob above the letters is a mark when it is this size (share of the
// line's letter height): a speck is smaller, a letter larger.
constexpr double kMarkMin = 0.22;
constexpr double kMarkMax = 0.8;
// How far above a line's box its marks may stand (share of the letter height).
constexpr double kMarkReach = 0.5;
// Between the ink of two letters of a Thai word the gap is narrow; a
// space is wide. Where the page has too few gaps to learn the split from,
// this share of the letter height is one.
constexpr double kDefaultSpace = 0.4;
constexpr double kMinSpace = 0.4, kMaxSpace = 0.8;
// A Thai font's size is about twice the height of its letters' bodies;
// the line rules compare heights, so any fixed ratio would do, and this one
// keeps them near the text layer's.
constexpr double kFontPerLetter = 2.0;
// A line read as nothing but punctuation with less confidence than this is
// a blot, not text.
constexpr float kNoiseConfidence = 60;
// A reading the mark repair had evidence against counts this much at most.
constexpr float kUncertainConfidence = 40;
// A blob above the letters this many times as tall as the page's usual
// one is two marks stacked and touching (a tone mark on SARA II, which a
// coarse scan joins): two marks' worth of evidence for the repair.
constexpr double kStackedMarks = 1.6;
// A line read as this many letters at least is text only when the page
// shows at least one letter-sized blob for every kLettersPerBlob of them
// (letters that touch share a blob): a row of specks between two lines,
// which Tesseract reads as letters, has next to none.
constexpr int kMinLettersJudged = 4;
constexpr int kLettersPerBlob = 3;
// A filled disc (a list bullet) covers this share of its box at least
// (a perfect one: pi/4, less where a scan's speckle pits it); the digit ๑
// and letters leave holes.
constexpr double kDiscFill = 0.62;

// A bullet stands at least this far (share of the letter height) from the
// text after it.
constexpr double kBulletGap = 0.2;

constexpr char32_t kBullet = 0x25CF;  // BLACK CIRCLE

struct Blob {
  int x0 = 0, top = 0, x1 = 0, bottom = 0;
  int width() const { return x1 - x0; }
  int height() const { return bottom - top; }
  double center() const { return (x0 + x1) / 2.0; }
};

PixPtr Clip(Pix* binary, int x0, int top, int x1, int bottom) {
  x0 = std::max(0, x0);
  top = std::max(0, top);
  x1 = std::min(static_cast<int>(pixGetWidth(binary)), x1);
  bottom = std::min(static_cast<int>(pixGetHeight(binary)), bottom);
  if (x1 <= x0 || bottom <= top) return nullptr;
  BOX* box = boxCreate(x0, top, x1 - x0, bottom - top);
  PixPtr clip(pixClipRectangle(binary, box, nullptr));
  boxDestroy(&box);
  return clip;
}

// Every connected blob of ink on the page, whole (a line's box cuts the
// letters of the lines beside it, and a cut letter looks like a mark).
std::vector<Blob> PageBlobs(Pix* binary) {
  std::vector<Blob> blobs;
  BOXA* boxes = pixConnCompBB(binary, 8);
  if (boxes == nullptr) return blobs;
  blobs.reserve(static_cast<size_t>(boxaGetCount(boxes)));
  for (int i = 0; i < boxaGetCount(boxes); ++i) {
    l_int32 x, y, w, h;
    boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
    blobs.push_back({x, y, x + w, y + h});
  }
  boxaDestroy(&boxes);
  return blobs;
}

// The blobs whose middle lies in `box`.
std::vector<Blob> BlobsIn(const std::vector<Blob>& page, const PixelBox& box) {
  std::vector<Blob> blobs;
  for (const Blob& b : page) {
    double cy = (b.top + b.bottom) / 2.0;
    if (b.center() >= box.x0 && b.center() <= box.x1 && cy >= box.top && cy <= box.bottom) {
      blobs.push_back(b);
    }
  }
  return blobs;
}

int Median(std::vector<int> v) {
  if (v.empty()) return 0;
  std::nth_element(v.begin(), v.begin() + static_cast<long>(v.size() / 2), v.end());
  return v[v.size() / 2];
}

// A text line measured in its ink.
struct LineInk {
  std::vector<Blob> blobs;
  int body = 0;      // median height of its letters
  int core_top = 0;  // where its letters' bodies stand
  int core_bottom = 0;
  std::vector<std::pair<int, int>> gaps;  // runs of columns without ink in the bodies
};

LineInk MeasureLine(Pix* binary, const std::vector<Blob>& page_blobs, const OcrTextLine& line,
                    int page_letter) {
  LineInk ink;
  ink.blobs = BlobsIn(page_blobs, line.box);
  // A tone mark over an upper vowel may stand above the box Tesseract gives
  // the line when it did not read it: the marks just above the box are the
  // line's too.
  PixelBox above = line.box;
  above.bottom = line.box.top;
  above.top = line.box.top - static_cast<int>(kMarkReach * page_letter);
  for (const Blob& b : BlobsIn(page_blobs, above)) {
    if (std::max(b.width(), b.height()) <= kMarkMax * page_letter && b.top < line.box.top) {
      ink.blobs.push_back(b);
    }
  }
  std::vector<int> heights, tops, bottoms;
  for (const Blob& b : ink.blobs) {
    if (b.height() >= kLetterShare * page_letter && b.height() <= 3 * page_letter) {
      heights.push_back(b.height());
      tops.push_back(b.top);
      bottoms.push_back(b.bottom);
    }
  }
  if (heights.empty()) return ink;
  // A line of a word or two ("ได้", the end of an item) has too few letters
  // for their median to be the type's size: a tall leading vowel can be
  // half of them. It is set in the page's size.
  constexpr size_t kFewestLetters = 5;
  ink.body = heights.size() >= kFewestLetters ? Median(heights) : page_letter;
  ink.core_top = Median(tops);
  ink.core_bottom = Median(bottoms);
  // Columns through the middle of the bodies: marks above and below do not
  // bridge the gaps between words there.
  int band_top = ink.core_top + ink.body / 4, band_bottom = ink.core_bottom - ink.body / 4;
  PixPtr band =
      Clip(binary, line.box.x0, band_top, line.box.x1, std::max(band_top + 1, band_bottom));
  if (!band) return ink;
  NUMA* columns = pixCountPixelsByColumn(band.get());
  if (columns == nullptr) return ink;
  int n = numaGetCount(columns), start = -1;
  bool seen_ink = false;
  for (int x = 0; x < n; ++x) {
    l_float32 v = 0;
    numaGetFValue(columns, x, &v);
    if (v > 0) {
      if (start >= 0 && seen_ink) ink.gaps.push_back({line.box.x0 + start, line.box.x0 + x});
      start = -1;
      seen_ink = true;
    } else if (start < 0) {
      start = x;
    }
  }
  numaDestroy(&columns);
  return ink;
}

// The gap (as a share of the letter height) that splits a page's narrow
// gaps from its spaces: Otsu's threshold over their histogram.
double SpaceThreshold(const std::vector<double>& gaps) {
  if (gaps.size() < 20) return kDefaultSpace;
  constexpr int kBins = 60;
  constexpr double kTop = 1.5;
  std::vector<double> hist(kBins, 0);
  for (double g : gaps) hist[std::min(kBins - 1, static_cast<int>(g / kTop * kBins))] += 1;
  double total = static_cast<double>(gaps.size()), sum = 0;
  for (int i = 0; i < kBins; ++i) sum += i * hist[i];
  double weight = 0, below = 0, best = -1;
  int split = 0;
  for (int i = 0; i < kBins; ++i) {
    weight += hist[i];
    if (weight == 0 || weight == total) continue;
    below += i * hist[i];
    double m0 = below / weight, m1 = (sum - below) / (total - weight);
    double between = weight * (total - weight) * (m0 - m1) * (m0 - m1);
    if (between > best) {
      best = between;
      split = i;
    }
  }
  double threshold = (split + 1) * kTop / kBins;
  return std::clamp(threshold, kMinSpace, kMaxSpace);
}

bool IsBase(char32_t c) { return !IsThaiCombiningMark(c); }
bool IsThaiDigit(char32_t c) { return c >= 0x0E50 && c <= 0x0E59; }

bool IsLetterOrDigit(char32_t c) {
  if (IsThai(c))
    return !IsThaiCombiningMark(c) && c != 0x0E2F && c != 0x0E46 && c != 0x0E4F && c != 0x0E5A &&
           c != 0x0E5B;
  return (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z');
}

bool IsUpperMark(char32_t c) {
  return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E37) || (c >= 0x0E47 && c <= 0x0E4E);
}

// Whether `b` is a filled disc of a bullet's size, for letters `body` tall.
bool IsDisc(Pix* binary, const Blob& b, int body) {
  if (b.height() < 0.3 * body || b.height() > 1.1 * body) return false;
  double aspect = static_cast<double>(b.width()) / std::max(1, b.height());
  if (aspect < 0.7 || aspect > 1.4) return false;
  PixPtr clip = Clip(binary, b.x0, b.top, b.x1, b.bottom);
  if (!clip) return false;
  l_int32 count = 0;
  pixCountPixels(clip.get(), &count, nullptr);
  return count >= kDiscFill * b.width() * b.height();
}

// A bullet found in a line's ink, and where the letters after it start.
struct OpeningBullet {
  Blob disc;
  int text_x0 = 0;
};

// The list bullet a line opens with, found in the ink rather than in what
// Tesseract read there: it reads a bullet as "๑", "." or "-", or, beside a
// speck of dust, not at all. The bullet is the line's first blob bigger
// than a speck, a filled disc centred on the letters' bodies, with a gap
// before the letters after it. The line's box may leave it out, so it is
// looked for a little to the left of the box too.
std::optional<OpeningBullet> OpeningDisc(Pix* binary, const std::vector<Blob>& page_blobs,
                                         const LineInk& ink, const PixelBox& line_box,
                                         int page_letter) {
  const int reach = line_box.x0 - 2 * ink.body;
  const Blob* first = nullptr;
  for (const Blob& b : page_blobs) {
    if (b.x0 < reach || b.x0 >= line_box.x1) continue;
    const double cy = (b.top + b.bottom) / 2.0;
    if (cy < ink.core_top || cy > ink.core_bottom) continue;
    if (std::max(b.width(), b.height()) < kMarkMin * ink.body) continue;  // a speck
    if (first == nullptr || b.x0 < first->x0) first = &b;
  }
  if (first == nullptr || !IsDisc(binary, *first, ink.body)) return std::nullopt;
  // A bullet stands on the middle of the bodies, apart from the text.
  const double cy = (first->top + first->bottom) / 2.0;
  if (std::fabs(cy - (ink.core_top + ink.core_bottom) / 2.0) > 0.4 * ink.body) {
    return std::nullopt;
  }
  int text_x0 = line_box.x1;
  for (const Blob& b : ink.blobs) {
    if (b.x0 > first->x1 && b.height() >= kLetterShare * page_letter) {
      text_x0 = std::min(text_x0, b.x0);
    }
  }
  if (text_x0 - first->x1 < kBulletGap * ink.body) return std::nullopt;
  return OpeningBullet{*first, text_x0};
}

std::u32string ToU32(const std::string& utf8) {
  std::u32string out;
  int32_t i = 0, n = static_cast<int32_t>(utf8.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(utf8.data()), i, n, c);
    if (c > 0) out.push_back(static_cast<char32_t>(c));
  }
  return out;
}

// Whether `b` is a mark's size and stands above the letters of `ink`.
bool IsMarkAbove(const Blob& b, const LineInk& ink) {
  if (b.bottom > ink.core_top + ink.body / 8) return false;
  int size = std::max(b.width(), b.height());
  return size >= kMarkMin * ink.body && size <= kMarkMax * ink.body;
}

// Where the letter a mark blob stands over is (its body's middle): the
// letter-sized blob it overlaps most; the mark's own middle when none.
double LetterUnder(const Blob& mark, const LineInk& ink, int page_letter) {
  double at = mark.center();
  int most = 0;
  for (const Blob& b : ink.blobs) {
    if (b.height() < kLetterShare * page_letter || b.top < ink.core_top - ink.body / 4) continue;
    int overlap = std::min(b.x1, mark.x1) - std::max(b.x0, mark.x0);
    if (overlap > most) {
      most = overlap;
      at = b.center();
    }
  }
  return at;
}

double DistanceTo(const PixelBox& box, double x) {
  return x < box.x0 ? box.x0 - x : x > box.x1 ? x - box.x1 : 0;
}

// Whether another symbol of `line` stands nearer the ink at `x` than `symbol`.
bool ClaimedByAnother(const OcrTextLine& line, const OcrSymbol& symbol, double x) {
  const double mine = DistanceTo(symbol.box, x);
  for (const OcrWord& word : line.words) {
    for (const OcrSymbol& other : word.symbols) {
      if (&other != &symbol && DistanceTo(other.box, x) <= mine) return true;
    }
  }
  return false;
}

// A symbol read from a speck: not Thai (Tesseract reads dust as
// punctuation or Latin letters), and no ink in its place bigger than a
// speck, except the dot of a full stop, comma or colon on the baseline
// after text (`opens_line`: nothing kept before it; no such mark opens a
// line). The boxes Tesseract's LSTM gives symbols are estimates along the
// line, a narrow digit's off by its own width: the ink looked for lies
// within half a letter of the box, nearer it than any other symbol's.
bool IsSpeckReading(const OcrSymbol& symbol, const OcrTextLine& line, const LineInk& ink,
                    bool opens_line) {
  std::u32string text = ToU32(symbol.text);
  if (text.empty() || IsThai(text[0])) return false;
  const bool stop = text.size() == 1 && (text[0] == U'.' || text[0] == U',' || text[0] == U':' ||
                                         text[0] == U';' || text[0] == U'\'' || text[0] == U'`');
  // No such mark opens a line: there it is dust (or a bullet, which the
  // line's ink shows), whatever ink stands near.
  if (stop && opens_line) return true;
  const bool punctuation = stop && text[0] != U'\'' && text[0] != U'`';
  const int slack = ink.body / 2;
  for (const Blob& b : ink.blobs) {
    if (b.center() < symbol.box.x0 - slack || b.center() > symbol.box.x1 + slack) continue;
    const int size = std::max(b.width(), b.height());
    if (punctuation && size < kLetterShare * ink.body &&
        std::abs(b.bottom - ink.core_bottom) <= ink.body / 5) {
      return false;
    }
    if (size < kMarkMin * ink.body) continue;
    const bool under = b.center() >= symbol.box.x0 && b.center() <= symbol.box.x1;
    if (under || !ClaimedByAnother(line, symbol, b.center())) return false;
  }
  return true;
}

// What is left of a row of specks once the readings of specks are set
// aside: lone letters, digits and signs ("a w w", where Tesseract had read
// "al ww"), two or more of them, none of them Thai. A Thai mark read from a
// speck rides on one of them. Text has words of more than one character.
bool LoneSigns(const std::vector<MarkCluster>& clusters) {
  size_t words = 0, in_word = 0;
  for (const MarkCluster& cl : clusters) {
    if (cl.text == U" ") {
      in_word = 0;
      continue;
    }
    if (IsThaiText(cl.text[0]) || ++in_word > 1) return false;
    ++words;
  }
  return words >= 2;
}

// What `words` read, without Thai marks and spaces.
std::u32string WordLetters(const std::vector<OcrWord>& words) {
  std::u32string out;
  for (const OcrWord& w : words) {
    for (char32_t c : ToU32(w.text)) {
      if (c > U' ' && !IsThaiCombiningMark(c)) out.push_back(c);
    }
  }
  return out;
}

// How many Thai marks above or below the letters `words` read.
int MarkCount(const std::vector<OcrWord>& words) {
  int marks = 0;
  for (const OcrWord& w : words) {
    for (char32_t c : ToU32(w.text)) marks += IsThaiCombiningMark(c) ? 1 : 0;
  }
  return marks;
}

}  // namespace

bool ReadsMoreMarks(const std::vector<OcrWord>& again, const std::vector<OcrWord>& first) {
  return WordLetters(again) == WordLetters(first) && MarkCount(again) > MarkCount(first);
}

std::vector<MarkRow> FindMarkRows(const std::vector<OcrTextLine>& lines, Pix* binary,
                                  int letter_height) {
  std::vector<MarkRow> rows;
  if (letter_height <= 0 || lines.size() < 2) return rows;
  const std::vector<Blob> page_blobs = PageBlobs(binary);
  // Each line's letter height, and its tallest ink: a row of marks has no
  // ink as tall as the letters of the line it stands over.
  std::vector<LineInk> inks;
  inks.reserve(lines.size());
  for (const OcrTextLine& line : lines) {
    inks.push_back(MeasureLine(binary, page_blobs, line, letter_height));
  }
  for (size_t m = 0; m < lines.size(); ++m) {
    if (lines[m].words.empty() || inks[m].blobs.empty()) continue;
    // Marks read as a line of their own come out as marks, letters or
    // digits ("ซ์ฆ", "6"); a row read as punctuation only is specks.
    bool read_as_text = false;
    for (const OcrWord& w : lines[m].words) {
      for (char32_t c : ToU32(w.text)) read_as_text |= IsThai(c) || IsLetterOrDigit(c);
    }
    if (!read_as_text) continue;
    const PixelBox& marks = lines[m].box;
    size_t best = lines.size();
    for (size_t i = 0; i < lines.size(); ++i) {
      const PixelBox& b = lines[i].box;
      const LineInk& text = inks[i];
      if (i == m || text.body <= 0 || b.bottom <= marks.bottom) continue;
      // Every blob of the row ends above the letters' bodies, at most a
      // letter height away; most are mark-sized and none is a letter's size
      // (marks stacked on SARA UE join into one blob nearly as tall).
      bool above = true;
      std::vector<int> heights;
      for (const Blob& blob : inks[m].blobs) {
        if (std::max(blob.width(), blob.height()) < kMarkMin * text.body) continue;  // a speck
        heights.push_back(blob.height());
        above &= blob.bottom <= text.core_top + text.body / 8 && blob.height() < text.body &&
                 text.core_top - blob.bottom <= text.body;
      }
      if (!above || heights.empty() || Median(heights) > kMarkMax * text.body) continue;
      int overlap = std::min(b.x1, marks.x1) - std::max(b.x0, marks.x0);
      if (overlap < marks.width() / 2) continue;
      if (best == lines.size() || b.top < lines[best].box.top) best = i;
    }
    if (best == lines.size()) continue;
    const PixelBox& b = lines[best].box;
    const int pad = inks[best].body / 2;
    rows.push_back({m, best,
                    PixelBox{std::min(b.x0, marks.x0) - pad, marks.top - 2,
                             std::max(b.x1, marks.x1) + pad, b.bottom + 2}});
  }
  return rows;
}

OcrLineBuilder::OcrLineBuilder(const ThaiDictionary* dictionary) : dictionary_(dictionary) {
  UErrorCode status = U_ZERO_ERROR;
  words_.reset(icu::BreakIterator::createLineInstance(icu::Locale("th"), status));
  if (U_FAILURE(status)) words_.reset();
}

OcrLineBuilder::~OcrLineBuilder() = default;

// Some Thai fonts leave as wide a gap after a letter such as SARA AA as
// between words ("กา รคิด"): a gap between two Thai letters is a space only
// where the Thai dictionary allows a word to end.
void OcrLineBuilder::DropSpacesInsideWords(std::vector<MarkCluster>* clusters,
                                           std::vector<PlacedCluster>* placed) {
  if (!words_) return;
  for (size_t i = 1; i + 1 < clusters->size(); ++i) {
    if ((*clusters)[i].text != U" ") continue;
    const std::u32string& before = (*clusters)[i - 1].text;
    const std::u32string& after = (*clusters)[i + 1].text;
    if (!IsThai(before[0]) || !IsThai(after[0]) || IsThaiDigit(before[0]) ||
        IsThaiDigit(after[0])) {
      continue;
    }
    // The Thai run around the gap, without it.
    size_t begin = i, end = i + 1;
    while (begin > 0 && (*clusters)[begin - 1].text != U" " && i - begin < 24) --begin;
    while (end < clusters->size() && (*clusters)[end].text != U" " && end - i < 24) ++end;
    icu::UnicodeString run;
    int32_t at = 0;
    for (size_t k = begin; k < end; ++k) {
      if (k == i) {
        at = run.length();
        continue;
      }
      for (char32_t c : (*clusters)[k].text) run.append(static_cast<UChar32>(c));
    }
    words_->setText(run);
    if (words_->isBoundary(at)) continue;
    clusters->erase(clusters->begin() + static_cast<long>(i));
    placed->erase(placed->begin() + static_cast<long>(i));
    --i;
  }
}

OcrPageLines OcrLineBuilder::Build(const std::vector<OcrTextLine>& lines, Pix* binary,
                                   const OcrPageGeometry& geometry) {
  OcrPageLines out;
  out.lines.page = geometry.page;
  out.lines.width = geometry.width;
  out.lines.height = geometry.height;
  const double scale = 72.0 / geometry.dpi;
  const int page_letter = geometry.letter_height > 0 ? geometry.letter_height : geometry.dpi / 12;

  const std::vector<Blob> page_blobs = PageBlobs(binary);
  std::vector<LineInk> inks;
  inks.reserve(lines.size());
  std::vector<double> gaps;
  for (const OcrTextLine& line : lines) {
    inks.push_back(MeasureLine(binary, page_blobs, line, page_letter));
    const LineInk& ink = inks.back();
    if (ink.body <= 0) continue;
    for (const auto& [a, b] : ink.gaps) gaps.push_back(static_cast<double>(b - a) / ink.body);
  }
  const double space = SpaceThreshold(gaps);
  // The usual height of one mark above the letters, over the page.
  std::vector<int> mark_heights;
  for (const LineInk& ink : inks) {
    if (ink.body <= 0) continue;
    for (const Blob& b : ink.blobs) {
      if (IsMarkAbove(b, ink)) mark_heights.push_back(b.height());
    }
  }
  const int mark_height = Median(mark_heights);

  for (size_t li = 0; li < lines.size(); ++li) {
    const OcrTextLine& line = lines[li];
    const LineInk& ink = inks[li];
    if (ink.body <= 0) {  // no letter in it: speckle, or marks read apart from their line
      ++out.dropped;
      continue;
    }
    // The symbols worth keeping, and where the spaces fall.
    std::vector<const OcrSymbol*> symbols;
    float confidence_sum = 0;
    int confidence_count = 0;
    for (const OcrWord& word : line.words) {
      confidence_sum += word.confidence;
      ++confidence_count;
      for (const OcrSymbol& symbol : word.symbols) {
        if (!symbol.text.empty() && !IsSpeckReading(symbol, line, ink, symbols.empty())) {
          symbols.push_back(&symbol);
        }
      }
    }
    std::vector<bool> space_before(symbols.size(), false);
    for (const auto& [a, b] : ink.gaps) {
      if (b - a < space * ink.body) continue;
      // The space goes before the first base that stands past the gap's
      // middle, when a base stands before it.
      double middle = (a + b) / 2.0;
      bool before = false;
      for (size_t i = 0; i < symbols.size(); ++i) {
        char32_t first_char = ToU32(symbols[i]->text)[0];
        // No word starts with a mark or a following vowel (ะ า ำ).
        if (!IsBase(first_char) || IsThaiFollowingVowel(first_char)) continue;
        double center = (symbols[i]->box.x0 + symbols[i]->box.x1) / 2.0;
        if (center < middle) {
          before = true;
        } else {
          if (before) space_before[i] = true;
          break;
        }
      }
    }
    // Clusters: a base character and its marks; Tesseract's symbols may
    // hold a cluster, part of one, or two.
    std::vector<MarkCluster> clusters;
    std::vector<PlacedCluster> placed;
    bool letter = false;
    for (size_t si = 0; si < symbols.size(); ++si) {
      const OcrSymbol& symbol = *symbols[si];
      std::u32string text = ToU32(symbol.text);
      if (space_before[si] && !clusters.empty()) {
        clusters.push_back(MarkCluster{.text = U" "});
        placed.push_back({symbol.box, symbol.confidence, true});
      }
      for (size_t k = 0; k < text.size(); ++k) {
        char32_t c = text[k];
        letter |= IsLetterOrDigit(c);
        if (IsBase(c) || clusters.empty() || clusters.back().text == U" ") {
          clusters.push_back(MarkCluster{.text = std::u32string(1, c)});
          placed.push_back({symbol.box, symbol.confidence, false});
        } else {
          clusters.back().text.push_back(c);
          placed.back().box.x1 = std::max(placed.back().box.x1, symbol.box.x1);
          placed.back().confidence = std::min(placed.back().confidence, symbol.confidence);
          // A lone mark Tesseract doubted, with its other readings.
          if (text.size() == 1 && symbol.confidence < 80 && symbol.choices.size() > 1) {
            clusters.back().doubted_mark = clusters.back().text.size() - 1;
            for (const SymbolChoice& choice : symbol.choices) {
              std::u32string alt = ToU32(choice.text);
              if (alt.size() == 1 && IsThaiCombiningMark(alt[0]) && alt[0] != c) {
                clusters.back().alternatives.push_back(alt[0]);
              }
            }
          }
        }
      }
    }
    if (clusters.empty()) {
      ++out.dropped;
      continue;
    }
    float confidence = confidence_count > 0 ? confidence_sum / confidence_count : 0;
    if (!letter && confidence < kNoiseConfidence) {  // a blot read as punctuation
      ++out.dropped;
      continue;
    }
    int letters_read = 0, letter_blobs = 0;
    for (const MarkCluster& cl : clusters) letters_read += IsLetterOrDigit(cl.text[0]) ? 1 : 0;
    for (const Blob& b : ink.blobs) {
      letter_blobs += b.height() >= kLetterShare * page_letter ? 1 : 0;
    }
    if (letters_read >= kMinLettersJudged && letter_blobs * kLettersPerBlob < letters_read) {
      ++out.dropped;  // specks read as letters
      continue;
    }
    // A row of specks read as lone Latin letters, digits and signs ("a w w"):
    // no word of it holds two characters, and none is Thai. Text has words.
    bool lone_signs = line.words.size() >= 2;
    for (const OcrWord& word : line.words) {
      std::u32string read;
      for (const OcrSymbol& symbol : word.symbols) read += ToU32(symbol.text);
      if (read.size() != 1 || IsThaiText(read[0])) lone_signs = false;
    }
    if (lone_signs || LoneSigns(clusters)) {
      ++out.dropped;
      continue;
    }
    // Marks on the page that no reading accounts for: each mark-sized blob
    // above the letters goes to the nearest base.
    std::vector<int> above(clusters.size(), 0);
    for (const Blob& b : ink.blobs) {
      if (!IsMarkAbove(b, ink)) continue;
      // A mark stands over its letter's body, whose ink is found where
      // Tesseract's boxes are only estimates: a tone mark at the right edge
      // of SARA II lies as near the next letter's box as its own.
      const double at = LetterUnder(b, ink, page_letter);
      size_t best = clusters.size();
      double best_distance = 1e300;
      for (size_t i = 0; i < clusters.size(); ++i) {
        // Marks stand on consonants (NIKHAHIT on SARA AM's own place).
        const char32_t base = clusters[i].text[0];
        if (!IsThaiConsonant(base) && base != 0x0E33) continue;
        double d = std::fabs(at - (placed[i].box.x0 + placed[i].box.x1) / 2.0);
        if (d < best_distance) {
          best_distance = d;
          best = i;
        }
      }
      if (best < clusters.size() && best_distance < ink.body) {
        above[best] += mark_height > 0 && b.height() >= kStackedMarks * mark_height ? 2 : 1;
      }
    }
    // A blob counted at one base may be the mark read at the next (the
    // boxes Tesseract gives marks are estimates), and a mark touching a
    // tall letter has no blob of its own: a base with more marks on the
    // page than read has one to restore only where the neighbouring bases
    // do not read more marks than their ink shows.
    std::vector<int> surplus(clusters.size(), 0);
    std::vector<size_t> carriers;
    for (size_t i = 0; i < clusters.size(); ++i) {
      const std::u32string& t = clusters[i].text;
      int read = static_cast<int>(std::count_if(t.begin() + 1, t.end(), IsUpperMark));
      if (t[0] == 0x0E33) ++read;  // SARA AM: its NIKHAHIT stands above
      surplus[i] = above[i] - read;
      if (IsThaiConsonant(t[0]) || t[0] == 0x0E33) carriers.push_back(i);
    }
    for (size_t k = 0; k < carriers.size(); ++k) {
      int& here = surplus[carriers[k]];
      for (size_t n : {k - 1, k + 1}) {  // k - 1 wraps past the first: skipped
        if (n >= carriers.size() || here <= 0) continue;
        int& there = surplus[carriers[n]];
        int settled = std::min(here, -there);
        if (settled <= 0) continue;
        here -= settled;
        there += settled;
      }
    }
    for (size_t i = 0; i < clusters.size(); ++i) clusters[i].unread_above = std::max(0, surplus[i]);
    if (dictionary_ != nullptr) {
      MarkRepairCount repaired = RepairMarks(*dictionary_, &clusters);
      out.marks.restored += repaired.restored;
      out.marks.uncertain += repaired.uncertain;
      if (repaired.uncertain > 0) {
        // The uncertain clusters count at low confidence in the line's mean.
        double sum = confidence * confidence_count;
        for (const MarkCluster& cl : clusters) {
          if (cl.uncertain) sum -= std::max(0.0f, confidence - kUncertainConfidence);
        }
        confidence = static_cast<float>(std::max(0.0, sum / confidence_count));
      }
    }
    DropSpacesInsideWords(&clusters, &placed);
    // A leading disc is a list bullet, whatever it was read as: the
    // readings that stand on it or in the gap after it give way to one.
    size_t first = 0;
    bool bullet = false;
    if (std::optional<OpeningBullet> opening =
            OpeningDisc(binary, page_blobs, ink, line.box, page_letter)) {
      const Blob& disc = opening->disc;
      const double gap_middle = (disc.x1 + opening->text_x0) / 2.0;
      size_t read = 0;
      while (read < clusters.size() &&
             (clusters[read].text == U" " ||
              (placed[read].box.x0 + placed[read].box.x1) / 2.0 < gap_middle)) {
        ++read;
      }
      if (read < clusters.size()) {
        bullet = true;
        const PixelBox at{disc.x0, disc.top, disc.x1, disc.bottom};
        clusters.erase(clusters.begin(), clusters.begin() + static_cast<long>(read));
        placed.erase(placed.begin(), placed.begin() + static_cast<long>(read));
        clusters.insert(clusters.begin(), {MarkCluster{.text = std::u32string(1, kBullet)},
                                           MarkCluster{.text = U" "}});
        placed.insert(placed.begin(),
                      {PlacedCluster{at, 100, false}, PlacedCluster{placed[0].box, 0, true}});
        first = 2;
      }
    }

    VisualLine v;
    v.page = geometry.page;
    v.confidence = confidence;
    // The line's edges: its outermost letters (and a bullet).
    int x0 = bullet ? placed.front().box.x0 : line.box.x1, x1 = line.box.x0;
    for (const Blob& b : ink.blobs) {
      if (b.height() < kLetterShare * page_letter) continue;
      x0 = std::min(x0, b.x0);
      x1 = std::max(x1, b.x1);
    }
    if (x1 < x0) std::swap(x0, x1);
    v.x0 = x0 * scale;
    v.x1 = x1 * scale;
    v.text_x0 = first < placed.size() ? placed[first].box.x0 * scale : v.x0;
    if (!bullet) v.text_x0 = v.x0;
    v.top = (ink.core_top - ink.body / 2.0) * scale;
    v.bottom = (ink.core_bottom + ink.body / 4.0) * scale;
    v.height = ink.body * kFontPerLetter * scale;
    v.starts_with_bullet = bullet;

    std::u32string text = JoinClusters(clusters, 0, clusters.size());
    // A list mark typed at the start ("- ", "1. ") stands before the text,
    // as a bullet does: the first word is the one after it.
    if (size_t mark = LeadingListMark(text); mark > 0 && !bullet) {
      v.starts_with_bullet = true;
      size_t chars = 0;
      while (first < clusters.size() && chars < mark) chars += clusters[first++].text.size();
      if (first < placed.size()) v.text_x0 = placed[first].box.x0 * scale;
    }
    // The first word's width, for the line joiner: up to the first place a
    // line may break (Thai dictionary), measured on the clusters' boxes.
    std::u32string uncomposed;
    std::vector<double> rights;
    for (size_t i = first; i < clusters.size(); ++i) {
      for (char32_t c : clusters[i].text) {
        uncomposed.push_back(c);
        rights.push_back(placed[i].box.x1 * scale);
      }
    }
    if (!uncomposed.empty()) {
      size_t stop = uncomposed.size();
      if (words_) {
        icu::UnicodeString u;
        std::vector<size_t> at_unit;
        for (size_t i = 0; i < uncomposed.size() && i < 64; ++i) {
          int32_t before = u.length();
          u.append(static_cast<UChar32>(uncomposed[i]));
          for (int32_t k = before; k < u.length(); ++k) at_unit.push_back(i);
        }
        words_->setText(u);
        int32_t boundary = words_->following(0);
        if (boundary != icu::BreakIterator::DONE && boundary < u.length()) {
          stop = at_unit[static_cast<size_t>(boundary)];
        }
        while (stop > 1 && uncomposed[stop - 1] == U' ') --stop;
      }
      stop = std::max<size_t>(1, std::min(stop, rights.size()));
      v.first_word_width = std::max(0.0, rights[stop - 1] - v.text_x0);
    }
    v.text.reserve(text.size() * 3);
    for (char32_t c : text) AppendCodepoint(static_cast<UChar32>(c), &v.text);
    out.lines.lines.push_back(std::move(v));
  }
  std::stable_sort(out.lines.lines.begin(), out.lines.lines.end(),
                   [](const VisualLine& a, const VisualLine& b) { return a.top < b.top; });
  // A line standing inside another's band, and within its width, is a piece
  // of it read twice (marks and a letter or two Tesseract took for a line of
  // their own): the fuller reading stays.
  std::vector<VisualLine>& kept = out.lines.lines;
  std::vector<bool> drop(kept.size(), false);
  for (size_t i = 0; i < kept.size(); ++i) {
    for (size_t j = 0; j < kept.size(); ++j) {
      if (i == j || drop[j]) continue;
      const VisualLine& a = kept[i];
      const VisualLine& b = kept[j];
      double band = std::min(a.bottom, b.bottom) - std::max(a.top, b.top);
      bool inside = a.x0 >= b.x0 - a.height && a.x1 <= b.x1 + a.height;
      if (band > 0.5 * (a.bottom - a.top) && inside && a.x1 - a.x0 < b.x1 - b.x0) drop[i] = true;
    }
  }
  size_t w = 0;
  for (size_t i = 0; i < kept.size(); ++i) {
    if (drop[i]) {
      ++out.dropped;
    } else {
      if (w != i) kept[w] = std::move(kept[i]);
      ++w;
    }
  }
  kept.resize(w);
  return out;
}

}  // namespace samatthana::ingest
