#include "ingest/pdf/pdf_line_builder.h"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>

#include "base/char_classes.h"
#include "base/list_marks.h"
#include "base/utf8.h"

namespace samatthana::ingest {
namespace {

// Characters after a bullet that count when measuring the first word.
constexpr size_t kMeasured = 64;

}  // namespace

struct Glyph {
  char32_t c;
  double left;
  double right;
  double height;
  bool repaired;  // read from its font where the text layer disagreed
};

// A base glyph and the marks drawn on it, in logical order.
struct GlyphCluster {
  Glyph base;
  std::vector<Glyph> marks;
  double right;  // right edge of the base and its marks
};

namespace {

// Word draws SARA AM as NIKHAHIT over SARA AA, and its text layer reads one
// of the two wrong; read again from the font (marked repaired), NIKHAHIT
// and the SARA AA after it are the one character that was typed. The
// NIKHAHIT rides on the letter before (its pen stands there), or on the
// SARA AA. Where the text layer read both itself, the normalizer joins them.
void JoinSaraAm(std::vector<GlyphCluster>* clusters) {
  auto nikhahit = [](GlyphCluster& cl, bool aa_repaired) {
    return std::find_if(cl.marks.begin(), cl.marks.end(), [&](const Glyph& m) {
      return m.c == kNikhahit && (m.repaired || aa_repaired);
    });
  };
  std::vector<GlyphCluster> out;
  out.reserve(clusters->size());
  for (GlyphCluster& cl : *clusters) {
    if (cl.base.c == kSaraAa) {
      if (auto on_aa = nikhahit(cl, cl.base.repaired); on_aa != cl.marks.end()) {
        cl.marks.erase(on_aa);
        cl.base.c = kSaraAm;
        cl.base.repaired = true;
      } else if (!out.empty()) {
        GlyphCluster& before = out.back();
        if (auto it = nikhahit(before, cl.base.repaired); it != before.marks.end()) {
          before.marks.erase(it);
          Glyph am = cl.base;
          am.c = kSaraAm;
          am.repaired = true;
          before.marks.push_back(am);  // after the tone mark, as SARA AM is typed
          before.marks.insert(before.marks.end(), cl.marks.begin(), cl.marks.end());
          before.right = std::max(before.right, cl.right);
          continue;
        }
      }
    }
    out.push_back(std::move(cl));
  }
  clusters->swap(out);
}

// Rebuilds logical order. Thai is stored in visual order for base letters,
// so bases sorted by position are right; but Poppler's layout analysis moves
// marks that were drawn as separate glyphs (a tone mark stacked on MAI
// HAN-AKAT, a shifted tone mark) to wherever their x falls, which splits
// words ("ทัว่ ไป"). A mark belongs to the base whose right edge (where the
// pen stood after it) is nearest to the mark's position, or, when the mark
// has a box as wide as a letter, to the base that box covers.
std::vector<GlyphCluster> BuildClusters(const std::vector<const PdfWord*>& words) {
  std::vector<Glyph> bases, marks;
  bool repaired = false;
  for (const PdfWord* w : words) {
    for (size_t k = 0; k < w->text.size(); ++k) {
      Glyph g{w->text[k], k < w->left.size() ? w->left[k] : w->x0,
              k < w->right.size() ? w->right[k] : w->x1, w->bottom - w->top,
              k < w->repaired.size() && w->repaired[k]};
      repaired |= g.repaired;
      (IsThaiMark(g.c) ? marks : bases).push_back(g);
    }
  }
  // By their middles: a glyph whose box reaches back over the letter before
  // it (SARA AM in a monospaced font spans that letter's cell and its own)
  // still comes after it.
  std::stable_sort(bases.begin(), bases.end(), [](const Glyph& a, const Glyph& b) {
    return a.left + a.right < b.left + b.right;
  });
  std::vector<GlyphCluster> clusters;
  clusters.reserve(bases.size());
  for (const Glyph& b : bases) clusters.push_back({b, {}, b.right});
  // Marks from left to right, each measured against its candidates' right
  // edges so far: a renderer that spreads a cluster's width over its
  // characters leaves the base narrower than the glyph it drew.
  std::stable_sort(marks.begin(), marks.end(),
                   [](const Glyph& a, const Glyph& b) { return a.left < b.left; });
  for (const Glyph& m : marks) {
    if (clusters.empty()) {
      clusters.push_back({m, {}, m.right});
      continue;
    }
    size_t best = 0;
    double best_distance = 1e300;
    double best_overlap = 0;
    size_t overlapping = clusters.size();
    // A mark set in a box of its own width (a monospaced font gives every
    // character a cell) stands over its base: the base it covers most.
    const bool boxed = m.right - m.left > 0.2 * m.height;
    for (size_t i = 0; i < clusters.size(); ++i) {
      // Only bases that start before the mark can carry it.
      if (clusters[i].base.left > m.left + 0.25 * m.height) break;
      double d = std::fabs(m.left - clusters[i].right);
      if (d < best_distance) {
        best_distance = d;
        best = i;
      }
      double overlap =
          std::min(m.right, clusters[i].base.right) - std::max(m.left, clusters[i].base.left);
      if (boxed && overlap > 0.5 * (m.right - m.left) && overlap > best_overlap) {
        best_overlap = overlap;
        overlapping = i;
      }
    }
    if (overlapping < clusters.size()) best = overlapping;
    clusters[best].marks.push_back(m);
    clusters[best].right = std::max(clusters[best].right, m.right);
  }
  // Marks on one base in typing order (a vowel before a tone mark), whatever
  // order they were drawn in.
  for (GlyphCluster& cl : clusters) {
    if (cl.marks.size() > 1) {
      std::stable_sort(cl.marks.begin(), cl.marks.end(), [](const Glyph& a, const Glyph& b) {
        return ThaiMarkOrder(a.c) < ThaiMarkOrder(b.c);
      });
    }
  }
  if (repaired) JoinSaraAm(&clusters);
  return clusters;
}

// The value half of the `total` characters reach, each value counted for
// its characters.
double WeightedMedian(std::vector<std::pair<double, size_t>>* values, size_t total) {
  std::sort(values->begin(), values->end());
  size_t seen = 0;
  for (const auto& [value, count] : *values) {
    seen += count;
    if (2 * seen >= total) return value;
  }
  return values->empty() ? 0 : values->back().first;
}

// The gap after a line's leading mark ("-", "2.", "๓)") is its list's
// indent, set by a tab or a hanging indent, not a space: in a typed list
// there are more of them than word spaces, and learning them would hide
// the spaces.
bool AfterLeadingMark(const std::vector<GlyphCluster>& clusters, size_t i) {
  if (i == 1 && IsDashChar(clusters[0].base.c)) return true;
  if (i < 2 || i > 4) return false;
  char32_t end = clusters[i - 1].base.c;
  if (end != U'.' && end != U')') return false;
  for (size_t k = 0; k + 1 < i; ++k) {
    char32_t c = clusters[k].base.c;
    if (!(c >= U'0' && c <= U'9') && !(c >= U'\u0E50' && c <= U'\u0E59')) return false;
  }
  return true;
}

bool OnlyMarks(const std::vector<const PdfWord*>& group) {
  for (const PdfWord* w : group) {
    for (char32_t c : w->text) {
      if (!IsThaiMark(c)) return false;
    }
  }
  return true;
}

// A tone mark drawn apart from its letters (a Gazette header sets them as
// text of their own, shifted up or down) can stand far enough from its line
// to make a group of its own, which would be read as a line or, having no
// width, dropped. It goes back to the line whose letters it stands over:
// the nearest one within a line's height that spans it.
void ReattachMarks(std::vector<std::vector<const PdfWord*>>* groups) {
  bool moved = false;
  for (size_t i = 0; i < groups->size(); ++i) {
    std::vector<const PdfWord*>& marks = (*groups)[i];
    if (marks.empty() || !OnlyMarks(marks)) continue;
    double x0 = 1e300, x1 = -1e300, center = 0;
    for (const PdfWord* w : marks) {
      x0 = std::min(x0, w->x0);
      x1 = std::max(x1, w->x1);
      center += (w->top + w->bottom) / 2 / static_cast<double>(marks.size());
    }
    size_t best = groups->size();
    double best_distance = 1e300;
    for (size_t j = 0; j < groups->size(); ++j) {
      const std::vector<const PdfWord*>& line = (*groups)[j];
      if (j == i || line.empty() || OnlyMarks(line)) continue;
      const PdfWord* first = line.front();  // the word the group was measured by
      double height = first->bottom - first->top;
      double left = 1e300, right = -1e300;
      for (const PdfWord* w : line) {
        left = std::min(left, w->x0);
        right = std::max(right, w->x1);
      }
      if (x1 < left - 0.5 * height || x0 > right + 0.5 * height) continue;
      double distance = std::fabs(center - (first->top + first->bottom) / 2);
      if (distance < height && distance < best_distance) {
        best_distance = distance;
        best = j;
      }
    }
    if (best == groups->size()) continue;
    (*groups)[best].insert((*groups)[best].end(), marks.begin(), marks.end());
    marks.clear();
    moved = true;
  }
  if (moved) {
    groups->erase(
        std::remove_if(groups->begin(), groups->end(), [](const auto& g) { return g.empty(); }),
        groups->end());
  }
}

// Width from `text_x0` to the end of the first space-delimited piece of
// `text` from `start` (its first `rights.size()` characters measured).
double FirstChunkWidth(const std::u32string& text, const std::vector<double>& rights, size_t start,
                       double text_x0) {
  const size_t end = std::min(text.size(), std::min(rights.size(), start + kMeasured));
  if (start >= end) return 0;
  size_t stop = start + 1;
  while (stop < end && text[stop] != U' ') ++stop;
  return std::max(0.0, rights[stop - 1] - text_x0);
}

}  // namespace

std::vector<std::vector<const PdfWord*>> GroupLines(const std::vector<PdfWord>& words) {
  std::vector<const PdfWord*> sorted;
  sorted.reserve(words.size());
  for (const PdfWord& w : words) {
    if (!w.text.empty()) sorted.push_back(&w);
  }
  std::stable_sort(sorted.begin(), sorted.end(), [](const PdfWord* a, const PdfWord* b) {
    return a->top + a->bottom < b->top + b->bottom;
  });
  std::vector<std::vector<const PdfWord*>> groups;
  double center = 0, height = 0;
  for (const PdfWord* w : sorted) {
    double c = (w->top + w->bottom) / 2;
    double h = w->bottom - w->top;
    if (groups.empty() || std::fabs(c - center) > 0.4 * std::min(h, height)) {
      groups.push_back({w});
      center = c;
      height = h;
    } else {
      groups.back().push_back(w);
    }
  }
  ReattachMarks(&groups);
  return groups;
}

PdfLineBuilder::PdfLineBuilder() {
  UErrorCode status = U_ZERO_ERROR;
  words_.reset(icu::BreakIterator::createLineInstance(icu::Locale("th"), status));
  if (U_FAILURE(status)) words_.reset();
}

PdfLineBuilder::~PdfLineBuilder() = default;

PageLines PdfLineBuilder::Build(int page, double page_width, double page_height,
                                const std::vector<PdfWord>& words) {
  std::vector<std::vector<const PdfWord*>> groups = GroupLines(words);
  // Text drawn with no width at all is invisible (clipped or hidden runs
  // some renderers leave in the page): not content.
  groups.erase(std::remove_if(groups.begin(), groups.end(),
                              [](const std::vector<const PdfWord*>& g) {
                                double width = 0;
                                for (const PdfWord* w : g) width += w->x1 - w->x0;
                                return width < 0.5;
                              }),
               groups.end());
  std::vector<std::vector<GlyphCluster>> clustered;
  clustered.reserve(groups.size());
  for (const auto& g : groups) {
    clustered.push_back(BuildClusters(g));
    const std::vector<GlyphCluster>& clusters = clustered.back();
    for (size_t i = 1; i < clusters.size(); ++i) {
      const GlyphCluster& a = clusters[i - 1];
      const GlyphCluster& b = clusters[i];
      if (!a.marks.empty() || IsBulletChar(a.base.c) || AfterLeadingMark(clusters, i)) continue;
      calibrator_.AddSample(b.base.left - a.right, std::min(a.base.height, b.base.height));
    }
  }
  PageLines out;
  out.page = page;
  out.width = page_width;
  out.height = page_height;
  out.lines.reserve(groups.size());
  for (size_t i = 0; i < groups.size(); ++i) {
    out.lines.push_back(Compose(page, groups[i], clustered[i]));
  }
  return out;
}

VisualLine PdfLineBuilder::Compose(int page, const std::vector<const PdfWord*>& words,
                                   const std::vector<GlyphCluster>& clusters) {
  VisualLine line;
  line.page = page;
  line.x0 = words.front()->x0;
  line.x1 = words.front()->x1;
  line.top = words.front()->top;
  line.bottom = words.front()->bottom;
  std::vector<double> heights;
  // Characters by font size, and how many are bold: a word or two in
  // another face (a bullet's symbol font) does not change the line's.
  std::vector<std::pair<double, size_t>> sizes, baselines;
  size_t chars = 0, bold = 0;
  for (const PdfWord* w : words) {
    sizes.emplace_back(w->font_size, w->text.size());
    baselines.emplace_back(w->baseline, w->text.size());
    chars += w->text.size();
    if (w->bold) bold += w->text.size();
    heights.push_back(w->bottom - w->top);
    line.x0 = std::min(line.x0, w->x0);
    line.x1 = std::max(line.x1, w->x1);
    line.top = std::min(line.top, w->top);
    line.bottom = std::max(line.bottom, w->bottom);
  }
  std::sort(heights.begin(), heights.end());
  line.height = heights[heights.size() / 2];
  line.font_size = WeightedMedian(&sizes, chars);
  line.baseline = WeightedMedian(&baselines, chars);
  line.bold = chars > 0 && 10 * bold >= 9 * chars;

  std::u32string text;         // the line as composed, for measuring
  std::vector<double> rights;  // right edge of each of text's first characters
  double reach = line.x0;
  for (size_t i = 0; i < clusters.size(); ++i) {
    const GlyphCluster& cl = clusters[i];
    if (i > 0) {
      const GlyphCluster& prev = clusters[i - 1];
      bool near_mark = !prev.marks.empty();
      double h = std::min(prev.base.height, cl.base.height);
      if (IsBulletChar(prev.base.c) ||
          calibrator_.IsSpace(cl.base.left - prev.right, h, near_mark)) {
        text.push_back(U' ');
        if (rights.size() < kMeasured * 2) rights.push_back(cl.base.left);
      }
    }
    reach = std::max(reach, cl.base.right);
    line.repaired |= cl.base.repaired;
    text.push_back(cl.base.c);
    if (rights.size() < kMeasured * 2) rights.push_back(reach);
    for (const Glyph& m : cl.marks) {
      reach = std::max(reach, m.right);
      line.repaired |= m.repaired;
      text.push_back(m.c);
      if (rights.size() < kMeasured * 2) rights.push_back(reach);
    }
  }

  // A leading list mark (bullet, dash or number): the text proper starts after it.
  size_t start = 0;
  line.text_x0 = line.x0;
  if (size_t mark = LeadingListMark(text); mark > 0) {
    line.starts_with_bullet = true;
    start = mark;
    // The mark's characters are bases of their own, one cluster each; the
    // spaces after it are none.
    size_t mark_clusters = 0;
    for (size_t k = 0; k < mark; ++k) mark_clusters += text[k] != U' ';
    if (clusters.size() > mark_clusters) line.text_x0 = clusters[mark_clusters].base.left;
  }
  line.first_word_width = FirstWordWidth(text, rights, start, line.text_x0);
  line.first_chunk_width = FirstChunkWidth(text, rights, start, line.text_x0);
  line.text.reserve(text.size() * 3);
  for (char32_t c : text) AppendCodepoint(static_cast<UChar32>(c), &line.text);
  return line;
}

double PdfLineBuilder::FirstWordWidth(const std::u32string& text, const std::vector<double>& rights,
                                      size_t start, double text_x0) {
  if (start >= text.size() || start >= rights.size()) return 0;
  size_t end = std::min(text.size(), std::min(rights.size(), start + kMeasured));
  size_t stop = end;  // codepoint index just past the first word
  if (words_) {
    // A word is far shorter than the line: the breaker is handed no more
    // than the longest one, as its cost grows with the text.
    constexpr size_t kLongestWord = 32;
    end = std::min(end, start + kLongestWord);
    stop = end;
    icu::UnicodeString u;
    std::vector<size_t> cp_at_unit;  // UTF-16 unit -> codepoint index
    for (size_t i = start; i < end; ++i) {
      int32_t before = u.length();
      u.append(static_cast<UChar32>(text[i]));
      for (int32_t k = before; k < u.length(); ++k) cp_at_unit.push_back(i);
    }
    words_->setText(u);
    int32_t boundary = words_->following(0);
    if (boundary != icu::BreakIterator::DONE && boundary < u.length()) {
      stop = cp_at_unit[static_cast<size_t>(boundary)];
    }
    while (stop > start + 1 && text[stop - 1] == U' ') --stop;  // the unit's trailing space
  } else {
    while (stop > start && text[stop - 1] != U' ') --stop;
  }
  if (stop <= start) stop = std::min(end, start + 1);
  return std::max(0.0, rights[stop - 1] - text_x0);
}

}  // namespace samatthana::ingest
