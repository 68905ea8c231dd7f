#include "ingest/pdf/line_joiner.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "base/char_classes.h"
#include "base/list_marks.h"

namespace samatthana::ingest {
namespace {

// Layout of the body text, measured over the whole document.
struct BodyLayout {
  double left = 0;   // the body's left margin
  double right = 0;  // where full lines end
  double pitch = 0;  // usual distance between the tops of two lines in a paragraph
};

double Percentile(std::vector<double> v, double q) {
  if (v.empty()) return 0;
  size_t k = static_cast<size_t>(q * static_cast<double>(v.size() - 1));
  std::nth_element(v.begin(), v.begin() + static_cast<long>(k), v.end());
  return v[k];
}

BodyLayout Measure(const std::vector<PageLines>& pages) {
  BodyLayout b;
  std::vector<double> rights, pitches;
  std::map<long, int> lefts;  // x0 rounded to a point -> lines
  size_t count = 0;
  for (const PageLines& p : pages) {
    for (size_t i = 0; i < p.lines.size(); ++i) {
      const VisualLine& l = p.lines[i];
      ++count;
      rights.push_back(l.x1);
      ++lefts[std::lround(l.x0)];
      if (i > 0) {
        double d = l.top - p.lines[i - 1].top;
        if (d > 0 && d < 3 * l.height) pitches.push_back(d);
      }
    }
  }
  b.right = Percentile(rights, 0.95);
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
};

// True when `b` goes on with the paragraph `a` belongs to.
bool Continues(const VisualLine& a, const Paragraph& para, const VisualLine& b,
               const BodyLayout& body) {
  if (b.starts_with_bullet || b.shape_mark || LeadingListMark(b.text) > 0) return false;
  double h = b.height > 0 ? b.height : a.height;
  // Another font size: another element (a heading after body text).
  if (std::fabs(b.height - a.height) > 0.1 * std::max(a.height, b.height)) return false;
  if (a.page == b.page) {
    double step = b.top - a.top;
    if (step <= 0) return false;  // back up the page: a new column or block
    if (body.pitch > 0 && step > 1.25 * body.pitch) return false;  // space between paragraphs
  }
  // The lines of a paragraph start where its first line or the text after
  // its bullet starts, or, under a first-line indent, at the margin. Any other
  // start (a centred heading, a deeper indent) is a new paragraph.
  double tolerance = 0.15 * h;
  bool aligned =
      std::fabs(b.x0 - a.text_x0) <= tolerance || std::fabs(b.x0 - a.x0) <= tolerance ||
      (para.first_line && !para.item && b.x0 < a.x0 && std::fabs(b.x0 - body.left) <= tolerance);
  if (!aligned) return false;
  // Would the first word of b have fit at the end of a?
  double room = body.right - a.x1;
  return room <= b.first_word_width + 0.3 * h;
}

// A centred line (a title): far from both margins, and about as far from
// each. List indents are a few characters deep; centring moves a line further.
bool Centred(const VisualLine& l, const BodyLayout& body) {
  double left = l.x0 - body.left;
  double right = body.right - l.x1;
  return left > 3 * l.height && std::fabs(left - right) < 1.5 * l.height;
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
      line.confidence = l.confidence;
      if (prev != nullptr && Continues(*prev, para, l, body)) {
        line.continues = true;
        line.join_tight = IsThaiText(LastChar(out.back().text)) && IsThaiText(FirstChar(l.text));
      } else if (l.shape_mark || (!l.starts_with_bullet && l.x0 > body.left + 0.5 * l.height &&
                                  !Centred(l, body))) {
        // A paragraph that starts indented: a list item whose bullet is a shape.
        line.starts_item = true;
      }
      para.first_line = !line.continues;
      if (!line.continues) para.item = line.starts_item || l.starts_with_bullet || l.shape_mark;
      line.repaired = l.repaired;
      line.text = std::move(l.text);  // the page lines are spent
      out.push_back(std::move(line));
      prev = &l;
    }
  }
  return out;
}

}  // namespace samatthana::ingest
