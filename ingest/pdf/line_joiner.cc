#include "ingest/pdf/line_joiner.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

#include "base/char_classes.h"
#include "base/list_marks.h"

namespace samatthana::ingest {
namespace {

// Layout of the body text, measured over the whole document.
struct BodyLayout {
  double left = 0;       // the body's left margin
  double right = 0;      // where full lines end
  double pitch = 0;      // usual distance between the tops of two lines in a paragraph
  double font_size = 0;  // the size most lines are set in
  // Paragraph spacing, from the distance between baselines as a fraction of
  // the font size: below `spaced`, lines are one paragraph's; at or above
  // it, the document put space between paragraphs. 0: the document does not
  // space its paragraphs (or says nothing about it).
  double spaced = 0;
  // The document marks its items with bullets (text or shapes): a line with
  // no mark under an item's text goes on with the item.
  bool marks_items = false;
  // Its items hang: their wrapped lines start under the text, not under
  // the bullet. A line back under the bullet is then something new.
  bool items_hang = false;
  // Its line breaker breaks only at spaces: where an item's lines are known
  // to be wrapped, the first dictionary word of the next line would often
  // have fit, the piece up to its first space never. A line then ends short
  // before a long Thai phrase that has no space in it.
  bool breaks_at_spaces = false;
  // Where the document's hanging items put their bullet and their wrapped
  // lines (medians): on a scan, where edges are measured from ink and a
  // speck or a misread letter moves one, an item is held to the document's.
  double item_x0 = -1;
  double item_wrap_x0 = -1;
};

double Percentile(std::vector<double> v, double q) {
  if (v.empty()) return 0;
  size_t k = static_cast<size_t>(q * static_cast<double>(v.size() - 1));
  std::nth_element(v.begin(), v.begin() + static_cast<long>(k), v.end());
  return v[k];
}

// The size a line is set in; its glyph height where the PDF gave none.
double SizeOf(const VisualLine& l) { return l.font_size > 0 ? l.font_size : l.height; }

// Distance from `a` down to `b` (same page) in units of b's font size.
double Step(const VisualLine& a, const VisualLine& b) {
  double d = a.baseline != 0 && b.baseline != 0 ? b.baseline - a.baseline : b.top - a.top;
  double size = SizeOf(b);
  return size > 0 ? d / size : 0;
}

// Lines of one size: a heading's size change says more than its spacing.
bool SameSize(const VisualLine& a, const VisualLine& b) {
  double x = SizeOf(a), y = SizeOf(b);
  return std::fabs(x - y) <= 0.1 * std::max(x, y);
}

// A list item's text stands clear of its bullet: the item hangs its wrapped
// lines under the text. A typed "- " hangs it by less than half the size:
// 0.3 of it stands clear of the alignment tolerance either side.
bool TextHangs(double x0, double text_x0, double size) { return text_x0 > x0 + 0.3 * size; }

// What the line breaker had to fit of b at the end of the line before: its
// first word, or its first space-delimited piece for a breaker that breaks
// only at spaces.
double FirstUnit(const VisualLine& b, bool at_spaces) {
  return at_spaces ? std::max(b.first_word_width, b.first_chunk_width) : b.first_word_width;
}

// Would the first word of b have fit at the end of a? A line breaker only
// ends a line early when the next word does not fit.
bool Full(const VisualLine& a, const VisualLine& b, double right, bool at_spaces = false) {
  double h = b.height > 0 ? b.height : a.height;
  return right - a.x1 <= FirstUnit(b, at_spaces) + 0.3 * h;
}

BodyLayout Measure(const std::vector<PageLines>& pages) {
  BodyLayout b;
  std::vector<double> rights, pitches, sizes;
  std::map<long, int> lefts;  // x0 rounded to a point -> lines
  size_t count = 0, bullets = 0;
  for (const PageLines& p : pages) {
    for (size_t i = 0; i < p.lines.size(); ++i) {
      const VisualLine& l = p.lines[i];
      if (l.table >= 0) continue;
      ++count;
      bullets += l.starts_with_bullet || l.shape_mark;
      rights.push_back(l.x1);
      sizes.push_back(SizeOf(l));
      ++lefts[std::lround(l.x0)];
      if (i > 0 && p.lines[i - 1].table < 0) {
        double d = l.top - p.lines[i - 1].top;
        if (d > 0 && d < 3 * l.height) pitches.push_back(d);
      }
    }
  }
  b.right = Percentile(rights, 0.95);
  b.font_size = Percentile(sizes, 0.5);
  b.marks_items = bullets >= 3;
  // With few lines the longest may not reach the margin: assume the right
  // margin mirrors the left one, as page layouts usually do.
  bool few = count < 30;
  b.pitch = Percentile(pitches, 0.5);
  // The leftmost edge that enough lines share (a stray line further left,
  // such as a page number, does not move the margin).
  size_t needed = std::max<size_t>(1, count / 50);
  b.left = lefts.empty() ? 0 : static_cast<double>(lefts.begin()->first);
  int run = 0;
  for (auto it = lefts.begin(); it != lefts.end(); ++it) {
    // Sum neighbours within two points: one margin, slightly uneven.
    run = 0;
    for (auto jt = it; jt != lefts.end() && jt->first - it->first <= 2; ++jt) run += jt->second;
    if (static_cast<size_t>(run) >= needed) {
      b.left = static_cast<double>(it->first);
      break;
    }
  }
  if (few && !pages.empty()) b.right = std::max(b.right, pages.front().width - b.left);
  // Where few paragraphs wrap (one field a line), most lines end well short
  // of the margin and the 95th percentile of their ends falls inside the
  // measure: a paragraph's last line would then look full. No body line
  // runs past the right margin, so the furthest one reached bounds it from
  // below; a line further out than the left margin mirrored (a page number
  // in the margin) is held to that.
  for (const PageLines& p : pages) {
    double mirrored = p.width > 0 ? p.width - b.left : 0;
    for (const VisualLine& l : p.lines) {
      b.right = std::max(b.right, mirrored > 0 ? std::min(l.x1, mirrored) : l.x1);
    }
  }
  // Margins need not mirror: Thai official documents keep a wider left one
  // (3 cm against 2). Where several lines run past the mirrored margin, the
  // margin is at least as far as they reach; one or two lines that far out
  // may be a page number in the margin.
  const size_t reaching = std::max<size_t>(3, count / 100);
  if (rights.size() >= reaching) {
    std::nth_element(rights.begin(), rights.begin() + static_cast<long>(reaching - 1), rights.end(),
                     std::greater<double>());
    b.right = std::max(b.right, rights[reaching - 1]);
  }
  // Where hardly any line comes near that edge, the one that reached it may
  // still have stopped a word short of the margin: the mirrored margin is
  // the better guess, as with few lines.
  size_t near_edge = 0;
  for (const PageLines& p : pages) {
    for (const VisualLine& l : p.lines) near_edge += l.x1 >= b.right - 1.5 * SizeOf(l);
  }
  if (near_edge < std::max<size_t>(3, count / 10) && !pages.empty()) {
    b.right = std::max(b.right, pages.front().width - b.left);
  }
  // Lines right after a bulleted one, starting under its text (a hanging
  // wrap) or, where the bulleted one was full, under its bullet (a flush
  // wrap).
  size_t under_text = 0, under_bullet = 0;
  for (const PageLines& p : pages) {
    for (size_t i = 1; i < p.lines.size(); ++i) {
      const VisualLine& x = p.lines[i - 1];
      const VisualLine& y = p.lines[i];
      if (!x.starts_with_bullet || y.starts_with_bullet || y.shape_mark) continue;
      double tolerance = 0.15 * y.height;
      if (!TextHangs(x.x0, x.text_x0, y.height)) continue;
      under_text += std::fabs(y.x0 - x.text_x0) <= tolerance;
      under_bullet += std::fabs(y.x0 - x.x0) <= tolerance && Full(x, y, b.right);
    }
  }
  b.items_hang = under_text >= 2 && under_text > under_bullet;
  if (b.items_hang) {
    std::vector<double> bullets_x0, wraps_x0;
    for (const PageLines& p : pages) {
      for (size_t i = 0; i < p.lines.size(); ++i) {
        const VisualLine& x = p.lines[i];
        if (!x.starts_with_bullet || !TextHangs(x.x0, x.text_x0, x.height)) continue;
        bullets_x0.push_back(x.x0);
        if (i + 1 == p.lines.size()) continue;
        const VisualLine& y = p.lines[i + 1];
        if (!y.starts_with_bullet && y.x0 > x.x0 + 0.3 * x.height && y.x0 < x.text_x0 + x.height) {
          wraps_x0.push_back(y.x0);
        }
      }
    }
    b.item_x0 = Percentile(bullets_x0, 0.5);
    if (wraps_x0.size() >= 3) b.item_wrap_x0 = Percentile(wraps_x0, 0.5);
    // Lines under a hanging item's text are its wraps, whatever their ends
    // say. Where the item's line before had room for the next line's first
    // dictionary word but not for its first space-delimited piece, the line
    // breaker broke at a space although a Thai word would have fit.
    size_t wraps = 0, word_fit = 0;
    for (const PageLines& p : pages) {
      double text_x0 = -1;  // the text edge of the item being followed
      for (size_t i = 1; i < p.lines.size(); ++i) {
        const VisualLine& x = p.lines[i - 1];
        const VisualLine& y = p.lines[i];
        if (x.starts_with_bullet) text_x0 = TextHangs(x.x0, x.text_x0, y.height) ? x.text_x0 : -1;
        if (y.starts_with_bullet || y.shape_mark || y.table >= 0 || x.table >= 0 ||
            std::fabs(y.x0 - text_x0) > 0.15 * y.height) {
          text_x0 = -1;
          continue;
        }
        ++wraps;
        word_fit += !Full(x, y, b.right) && y.first_chunk_width > y.first_word_width &&
                    Full(x, y, b.right, /*at_spaces=*/true);
      }
    }
    b.breaks_at_spaces = wraps >= 6 && 4 * word_fit >= wraps;
  }

  // Paragraph spacing, learnt from the lines whose ends say what they are:
  // a line that is full and followed by an unmarked line of the same size at
  // its left edge was wrapped; one that ended although the next word would
  // have fit ended a paragraph. When every such paragraph end is followed by
  // a clearly larger step than the wraps, the step alone tells the two apart,
  // also where a paragraph's last line happens to be full.
  std::vector<double> wraps, ends;
  for (const PageLines& p : pages) {
    for (size_t i = 1; i < p.lines.size(); ++i) {
      const VisualLine& x = p.lines[i - 1];
      const VisualLine& y = p.lines[i];
      if (x.table >= 0 || y.table >= 0) continue;
      if (!SameSize(x, y) || y.starts_with_bullet || y.shape_mark) continue;
      double step = Step(x, y);
      if (step <= 0 || step > 3) continue;
      bool aligned = std::fabs(y.x0 - x.x0) <= 0.15 * y.height ||
                     std::fabs(y.x0 - x.text_x0) <= 0.15 * y.height;
      if (!aligned) continue;
      (Full(x, y, b.right, b.breaks_at_spaces) ? wraps : ends).push_back(step);
    }
  }
  // The lines that look full are wraps, and also paragraph ends that
  // happened to fill their line: where few paragraphs wrap (one field a
  // line), those can be a third of them. The wraps proper are the steps
  // clearly closer than the ends'.
  if (ends.size() >= 3) {
    double end = Percentile(ends, 0.5);
    std::vector<double> closer;
    for (double s : wraps) {
      if (s <= end - 0.08) closer.push_back(s);
    }
    if (closer.size() >= 3) {
      double middle = (Percentile(closer, 0.5) + end) / 2;
      size_t spaced_ends = 0;
      for (double s : ends) spaced_ends += s >= middle;
      // A tenth of the font size at least (paragraph margins of 0.1em),
      // seen at nearly every end.
      if (10 * spaced_ends >= 9 * ends.size()) b.spaced = middle;
    }
  }
  return b;
}

char32_t FirstChar(const std::string& s) {
  if (s.empty()) return 0;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return c < 0 ? 0 : static_cast<char32_t>(c);
}

char32_t LastChar(const std::string& s) {
  if (s.empty()) return 0;
  int32_t i = static_cast<int32_t>(s.size());
  UChar32 c;
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, i, c);
  return c < 0 ? 0 : static_cast<char32_t>(c);
}

// What is known about the paragraph the previous line belongs to.
struct Paragraph {
  bool first_line = true;  // the previous line is its first line
  bool item = false;       // it is a list item
  double text_x0 = 0;      // where its text starts after a bullet
  double x0 = 0;           // where its first line starts (the bullet)
};

// A centred line (a title): far from both margins, and about as far from
// each. List indents are a few characters deep; centring moves a line further.
// A bold line needs less: a heading set in bold that nearly fills the
// measure is still centred when it stands off both margins alike.
bool Centred(const VisualLine& l, const BodyLayout& body) {
  double left = l.x0 - body.left;
  double right = body.right - l.x1;
  if (l.bold && left > 0.5 * l.height && std::fabs(left - right) < 0.5 * l.height) return true;
  return left > 3 * l.height && std::fabs(left - right) < 1.5 * l.height;
}

// Set apart from body text by its type: bold, centred, or larger.
bool HeadingStyled(const VisualLine& l, const BodyLayout& body) {
  return l.bold || Centred(l, body) || (body.font_size > 0 && SizeOf(l) > 1.1 * body.font_size);
}

// Extra space stands between a and b, on one page. Measured between
// baselines where both are known: the tops of lines in two sizes stand
// further apart than their baselines, though no space was put between them.
bool SpacedApart(const VisualLine& a, const VisualLine& b, const BodyLayout& body) {
  if (a.page != b.page) return false;
  double step = a.baseline != 0 && b.baseline != 0 ? b.baseline - a.baseline : b.top - a.top;
  // Lines in a larger type (a heading's) stand further apart: the body's
  // pitch grows with the size.
  double scale = body.font_size > 0 ? std::max(1.0, SizeOf(b) / body.font_size) : 1.0;
  if (body.pitch > 0 && step > 1.25 * body.pitch * scale) return true;
  return body.spaced > 0 && SameSize(a, b) && Step(a, b) >= body.spaced;
}

// b is the wrapped rest of a centred line a: the two share a centre but not
// a left edge (centring, whatever the margins), and a was full: its width and
// b's first word would not have fit in the measure centred on that centre.
// Short centred lines one under the other (a title block) were broken by
// hand and stay apart. The caller has checked that both are set alike.
bool CentredWrap(const VisualLine& a, const VisualLine& b, const BodyLayout& body) {
  double h = b.height > 0 ? b.height : a.height;
  double mid_a = (a.x0 + a.x1) / 2, mid_b = (b.x0 + b.x1) / 2;
  if (std::fabs(mid_a - mid_b) > 0.5 * h) return false;
  // Two lines of about one width may share a left edge too; both standing
  // off the margins alike says they are centred all the same.
  if (std::fabs(a.x0 - b.x0) <= 0.5 * h && !(Centred(a, body) && Centred(b, body))) return false;
  // A line at the margin is not centred, however near the middle it ends.
  // One that reaches out past both margins is: a breaker that breaks only
  // at spaces set a Thai phrase with none wider than the measure. It never
  // fit on a's line, so it is a's wrap.
  if (b.x0 < body.left - 0.15 * h && b.x1 > body.right + 0.15 * h) return true;
  if (b.x0 <= body.left + 0.5 * h) return false;
  // A body line that fills the measure shares its centre too; a heading's
  // first line may fill it only where its weight says it is a heading.
  if (!a.bold && a.x0 <= body.left + 0.5 * h) return false;
  double measure = 2 * (mid_a - body.left);
  return (a.x1 - a.x0) + FirstUnit(b, body.breaks_at_spaces) + 0.3 * h >= measure;
}

// True when `b` goes on with the paragraph `a` belongs to.
bool Continues(const VisualLine& a, const Paragraph& para, const VisualLine& b,
               const BodyLayout& body) {
  if (b.starts_with_bullet || b.shape_mark || LeadingListMark(b.text) > 0) return false;
  double h = b.height > 0 ? b.height : a.height;
  // Another font size or weight: another element (a heading after body
  // text, body text after a heading), on this page or at the top of the next.
  if (std::fabs(b.height - a.height) > 0.1 * std::max(a.height, b.height)) return false;
  if (!SameSize(a, b) || a.bold != b.bold) return false;
  if (a.page == b.page) {
    double step = b.top - a.top;
    if (step <= 0) return false;                // back up the page: a new column or block
    if (SpacedApart(a, b, body)) return false;  // space between paragraphs
  }
  double tolerance = 0.15 * h;
  if (CentredWrap(a, b, body)) return true;
  // In a document that marks its items, a line under the text of an item
  // with a hanging indent goes on with the item, however short the line
  // before it ended: typed lists break their lines by hand.
  bool hangs = para.item && TextHangs(para.x0, para.text_x0, h);
  if (body.marks_items && hangs && std::fabs(b.x0 - para.text_x0) <= tolerance) return true;
  // On a scan an edge read from ink can be off by a fifth of the size: an
  // item whose bullet stands about where the document's do goes on in a
  // line that starts about where the document's wrapped item lines do.
  if (b.confidence >= 0 && body.marks_items && hangs && body.item_wrap_x0 > 0 &&
      std::fabs(para.x0 - body.item_x0) <= 0.3 * h &&
      std::fabs(b.x0 - body.item_wrap_x0) <= 0.2 * h) {
    return true;
  }
  if (body.items_hang && hangs && std::fabs(b.x0 - para.x0) <= tolerance) {
    return false;
  }
  // The lines of a paragraph start where its first line or the text after
  // its bullet starts, or, under a first-line indent, at the margin. Any other
  // start (a centred heading, a deeper indent) is a new paragraph.
  bool aligned =
      std::fabs(b.x0 - a.text_x0) <= tolerance || std::fabs(b.x0 - a.x0) <= tolerance ||
      (para.first_line && !para.item && b.x0 < a.x0 && std::fabs(b.x0 - body.left) <= tolerance);
  if (!aligned) return false;
  return Full(a, b, body.right, body.breaks_at_spaces);
}

}  // namespace

std::vector<Line> JoinLines(std::vector<PageLines>* pages) {
  BodyLayout body = Measure(*pages);
  std::vector<Line> out;
  size_t total = 0;
  for (const PageLines& p : *pages) total += p.lines.size();
  out.reserve(total);
  const VisualLine* prev = nullptr;
  Paragraph para;
  for (PageLines& p : *pages) {
    int number = 0;
    for (VisualLine& l : p.lines) {
      Line line;
      line.page = l.page;
      line.line = ++number;
      if (l.table >= 0) {
        // A table stands between the lines before and after it: neither
        // goes on with the other.
        line.table = l.table;
        out.push_back(std::move(line));
        prev = nullptr;
        para = Paragraph{};
        continue;
      }
      line.after_gap = prev != nullptr && SpacedApart(*prev, l, body);
      if (HeadingStyled(l, body)) {
        line.style.bold = l.bold;
        line.style.centered = Centred(l, body);
        line.style.heading = body.font_size > 0 && SizeOf(l) > 1.1 * body.font_size;
      }
      line.confidence = l.confidence;
      if (prev != nullptr && Continues(*prev, para, l, body)) {
        line.continues = true;
        // Thai wraps between words that have no space between them. A
        // breaker that breaks only at spaces wrapped at one, unless a piece
        // wider than the line was cut: it ran to the line's edge, or the cut
        // falls inside a syllable (after a leading vowel, before a vowel or
        // mark that cannot start one).
        const char32_t last = LastChar(out.back().text), first = FirstChar(l.text);
        const bool cut = body.right - prev->x1 <= 0.3 * l.height || IsThaiLeadingVowel(last) ||
                         IsThaiCombiningMark(first) || IsThaiFollowingVowel(first);
        line.join_tight = IsThaiText(last) && IsThaiText(first) && (!body.breaks_at_spaces || cut);
      } else if (l.shape_mark || (!l.starts_with_bullet && l.x0 > body.left + 0.5 * l.height &&
                                  !Centred(l, body))) {
        // A paragraph that starts indented: a list item whose bullet is a shape.
        line.starts_item = true;
      }
      para.first_line = !line.continues;
      if (!line.continues) {
        para.item = line.starts_item || l.starts_with_bullet || l.shape_mark;
        para.x0 = l.x0;
        para.text_x0 = l.text_x0;
      }
      line.repaired = l.repaired;
      line.text = std::move(l.text);  // the page lines are spent
      out.push_back(std::move(line));
      prev = &l;
    }
  }
  return out;
}

}  // namespace samatthana::ingest
