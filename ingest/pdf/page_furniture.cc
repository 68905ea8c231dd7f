#include "ingest/pdf/page_furniture.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/digits.h"
#include "base/edit_distance.h"
#include "base/repetition.h"
#include "base/utf8.h"

namespace samatthana::ingest {
namespace {

// How many lines at the top and at the bottom of a page can be furniture.
constexpr size_t kEdgeLines = 2;
// Positions of one repeated line may differ this much (points).
constexpr double kTolerance = 4.0;
// Furniture may share its height with body text on one page in this many.
constexpr size_t kBodyPagesPerMarginPage = 10;
// OCR reads one running header a little differently from page to page (a
// tone mark lost here, a speck read as a dot there): two readings at least
// this similar (1 - edit distance / length) are one line.
constexpr double kOcrSameText = 0.9;

struct Candidate {
  size_t page_index;
  size_t line_index;
  double y;  // the edge facing the page's margin: top for a header, bottom for a footer
  double top, bottom;
  bool ocr;  // read by OCR
};

using Groups = std::map<std::pair<std::string, bool>, std::vector<Candidate>>;

// Folds each group of OCR readings into the most repeated group at the same
// edge whose text is nearly the same: the readings of one line.
void MergeOcrReadings(Groups* groups) {
  std::vector<Groups::iterator> order;
  for (auto it = groups->begin(); it != groups->end(); ++it) order.push_back(it);
  std::stable_sort(order.begin(), order.end(), [](Groups::iterator a, Groups::iterator b) {
    return a->second.size() > b->second.size();
  });
  std::vector<std::pair<Groups::iterator, std::u32string>> leaders;
  for (Groups::iterator it : order) {
    const bool ocr =
        std::any_of(it->second.begin(), it->second.end(), [](const Candidate& c) { return c.ocr; });
    std::u32string text = Codepoints(it->first.first);
    Groups::iterator into = groups->end();
    if (ocr) {
      for (const auto& [leader, leader_text] : leaders) {
        if (leader->first.second == it->first.second &&
            NearlySame(text, leader_text, 1 - kOcrSameText)) {
          into = leader;
          break;
        }
      }
    }
    if (into == groups->end()) {
      leaders.emplace_back(it, std::move(text));
      continue;
    }
    into->second.insert(into->second.end(), it->second.begin(), it->second.end());
    it->second.clear();
  }
}

double Median(std::vector<double> v) {
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
  return v[v.size() / 2];
}

// Folds groups of short OCR lines that stand at one place (the same edge,
// height and centre) into the most repeated of them where that one holds a
// number: a page number set in a small type, which OCR reads differently on
// every page ("- ๑๕ -", "-ee-", "- og -"), is one line wherever its readings
// agree on nothing but place.
void MergeOcrByPlace(Groups* groups, const std::vector<PageLines>& pages) {
  constexpr size_t kShortLine = 8;  // codepoints of the masked reading
  struct Place {
    Groups::iterator group;
    double y, centre, height;
  };
  std::vector<Place> places;
  for (auto it = groups->begin(); it != groups->end(); ++it) {
    const std::vector<Candidate>& cands = it->second;
    if (cands.empty() || Codepoints(it->first.first).size() > kShortLine ||
        !std::all_of(cands.begin(), cands.end(), [](const Candidate& c) { return c.ocr; })) {
      continue;
    }
    std::vector<double> ys, centres, heights;
    for (const Candidate& c : cands) {
      const VisualLine& l = pages[c.page_index].lines[c.line_index];
      ys.push_back(c.y);
      centres.push_back((l.x0 + l.x1) / 2);
      heights.push_back(l.height);
    }
    places.push_back({it, Median(ys), Median(centres), Median(heights)});
  }
  std::stable_sort(places.begin(), places.end(), [](const Place& a, const Place& b) {
    return a.group->second.size() > b.group->second.size();
  });
  std::vector<const Place*> leaders;
  for (const Place& p : places) {
    const Place* into = nullptr;
    for (const Place* l : leaders) {
      if (l->group->first.second == p.group->first.second && std::fabs(l->y - p.y) <= kTolerance &&
          std::fabs(l->centre - p.centre) <= std::max(l->height, p.height)) {
        into = l;
        break;
      }
    }
    if (into == nullptr) {
      if (p.group->first.first.find('#') != std::string::npos) leaders.push_back(&p);
      continue;
    }
    std::vector<Candidate>& to = into->group->second;
    to.insert(to.end(), p.group->second.begin(), p.group->second.end());
    p.group->second.clear();
  }
}

// Whether a line of `page` other than the candidate's occupies most of the
// band [top, bottom]: body text standing where the furniture would be.
bool BodyTextAt(const PageLines& page, double top, double bottom) {
  for (const VisualLine& l : page.lines) {
    double overlap = std::min(bottom, l.bottom) - std::max(top, l.top);
    if (overlap > 0.5 * std::min(bottom - top, l.bottom - l.top)) return true;
  }
  return false;
}

// The number a line ends with (Arabic or Thai digits), if any.
std::optional<int> LastNumber(std::string_view text) {
  std::optional<int> last;
  int value = 0;
  bool in_digits = false;
  for (size_t i = 0; i < text.size();) {
    const int digit = DigitValue(static_cast<char32_t>(NextCodepoint(text, &i)));
    if (digit < 0) {
      in_digits = false;
      continue;
    }
    value = in_digits ? std::min(value * 10 + digit, 1 << 20) : digit;
    in_digits = true;
    last = value;
  }
  return last;
}

// How a repeated line's numbers follow the pages (number = page + offset),
// when most of its readings agree on one offset: a page number.
std::optional<int> PageNumberOffset(const std::vector<Candidate>& cands,
                                    const std::vector<PageLines>& pages) {
  std::map<int, size_t> offsets;
  for (const Candidate& c : cands) {
    const PageLines& page = pages[c.page_index];
    if (std::optional<int> n = LastNumber(page.lines[c.line_index].text)) {
      ++offsets[*n - page.page];
    }
  }
  for (const auto& [offset, count] : offsets) {
    if (2 * count > cands.size()) return offset;
  }
  return std::nullopt;
}

}  // namespace

std::string MaskDigits(std::string_view text) {
  std::string out;
  bool in_digits = false;
  for (int32_t i = 0; i < static_cast<int32_t>(text.size());) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
    bool digit = IsDigit(static_cast<char32_t>(c));
    if (digit) {
      if (!in_digits) out.push_back('#');
      in_digits = true;
      continue;
    }
    in_digits = false;
    if (c == ' ') continue;
    out.append(text.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
  }
  return out;
}

int RemovePageFurniture(std::vector<PageLines>* pages) {
  if (pages->size() < 2) return 0;
  // Candidates: the topmost and bottommost lines of each page.
  Groups groups;
  for (size_t p = 0; p < pages->size(); ++p) {
    const std::vector<VisualLine>& lines = (*pages)[p].lines;
    std::vector<size_t> order(lines.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    // A table's placeholder is the page's body, never its furniture.
    order.erase(
        std::remove_if(order.begin(), order.end(), [&](size_t i) { return lines[i].table >= 0; }),
        order.end());
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return lines[a].top < lines[b].top; });
    // The top candidates come from the upper half of the page, the bottom
    // ones from the lower half: a page holding only a header and a footer has
    // one of each.
    const double middle = (*pages)[p].height / 2;
    size_t taken = 0;
    for (size_t k = 0; k < order.size() && taken < kEdgeLines; ++k) {
      size_t i = order[k];
      if (lines[i].bottom > middle) break;
      ++taken;
      groups[{MaskDigits(lines[i].text), true}].push_back(
          {p, i, lines[i].top, lines[i].top, lines[i].bottom, lines[i].confidence >= 0});
    }
    taken = 0;
    for (size_t k = order.size(); k > 0 && taken < kEdgeLines; --k) {
      size_t i = order[k - 1];
      if (lines[i].top < middle) break;
      ++taken;
      groups[{MaskDigits(lines[i].text), false}].push_back(
          {p, i, lines[i].bottom, lines[i].top, lines[i].bottom, lines[i].confidence >= 0});
    }
  }
  MergeOcrReadings(&groups);
  MergeOcrByPlace(&groups, *pages);
  // How often each text stands anywhere in the document.
  std::map<std::string, size_t> texts;
  for (const PageLines& p : *pages) {
    for (const VisualLine& l : p.lines) {
      if (l.table < 0) ++texts[MaskDigits(l.text)];
    }
  }
  const size_t needed = RepeatsNeeded(pages->size());
  std::vector<std::set<size_t>> remove(pages->size());
  // Page numbers and headers OCR misread beyond matching ("- ๗ -" read
  // "- ญ-", "หน้า 8" read "win 8"): on a page the repeated line missed, the
  // OCR line at its height at the same edge that ends with the number the
  // line's numbering gives that page, or that stands where the line stands
  // (centred alike, no wider, no longer).
  auto misread_readings = [&](const std::vector<Candidate>& cands, bool top_edge, double median,
                              const std::set<size_t>& pages_hit) {
    std::optional<int> offset = PageNumberOffset(cands, *pages);
    std::vector<double> centres, widths;
    size_t longest = 0;
    for (const Candidate& c : cands) {
      if (std::fabs(c.y - median) > kTolerance) continue;
      const VisualLine& l = (*pages)[c.page_index].lines[c.line_index];
      centres.push_back((l.x0 + l.x1) / 2);
      widths.push_back(l.x1 - l.x0);
      longest = std::max(longest, Codepoints(l.text).size());
    }
    if (centres.empty()) return;
    const double centre = Median(centres), widest = *std::max_element(widths.begin(), widths.end());
    for (const auto& [other_key, others] : groups) {
      if (other_key.second != top_edge) continue;
      for (const Candidate& c : others) {
        if (!c.ocr || pages_hit.count(c.page_index) || std::fabs(c.y - median) > kTolerance) {
          continue;
        }
        const PageLines& page = (*pages)[c.page_index];
        const VisualLine& l = page.lines[c.line_index];
        const bool numbered = offset && LastNumber(l.text) == page.page + *offset;
        const bool in_place = std::fabs((l.x0 + l.x1) / 2 - centre) <= l.height &&
                              l.x1 - l.x0 <= widest + l.height &&
                              Codepoints(l.text).size() <= longest + 2;
        if (numbered || in_place) remove[c.page_index].insert(c.line_index);
      }
    }
  };
  for (auto& [key, cands] : groups) {
    if (key.first.empty() || cands.size() < needed) continue;
    // The line must stand at one height: take the median and keep those near it.
    std::vector<double> ys;
    for (const Candidate& c : cands) ys.push_back(c.y);
    const double median = Median(ys);
    std::set<size_t> pages_hit;
    std::vector<double> tops, bottoms;
    for (const Candidate& c : cands) {
      if (std::fabs(c.y - median) > kTolerance) continue;
      pages_hit.insert(c.page_index);
      tops.push_back(c.top);
      bottoms.push_back(c.bottom);
    }
    if (pages_hit.size() < needed) continue;
    // A running header stands in the margin, where no page has body text. A
    // line that opens every section, each section starting a new page, also
    // repeats at one height, but the pages that continue a section have
    // their first lines of text right there. A few such pages are allowed
    // (a title page, a full-page table).
    const double top = Median(tops), bottom = Median(bottoms);
    size_t body_there = 0;
    for (size_t p = 0; p < pages->size(); ++p) {
      if (!pages_hit.count(p) && BodyTextAt((*pages)[p], top, bottom)) ++body_there;
    }
    if (body_there > pages_hit.size() / kBodyPagesPerMarginPage) continue;
    // A running header's text stands at the page's edge, seldom within its
    // body (a title page may repeat it once). Text that the body holds as
    // often as the edges do is body text that a page break happened to put
    // at one height on a few pages: in a short document laid out the same
    // way page after page, the line of a repeating structure.
    size_t everywhere = 0;
    if (auto it = texts.find(key.first); it != texts.end()) everywhere = it->second;
    size_t at_edges = 0;
    for (const Candidate& c : cands) at_edges += std::fabs(c.y - median) <= kTolerance;
    if (everywhere >= 2 * at_edges) continue;
    for (const Candidate& c : cands) {
      if (std::fabs(c.y - median) <= kTolerance) remove[c.page_index].insert(c.line_index);
    }
    misread_readings(cands, key.second, median, pages_hit);
  }
  int removed = 0;
  for (size_t p = 0; p < pages->size(); ++p) {
    if (remove[p].empty()) continue;
    std::vector<VisualLine>& lines = (*pages)[p].lines;
    std::vector<VisualLine> kept;
    kept.reserve(lines.size());
    for (size_t i = 0; i < lines.size(); ++i) {
      if (remove[p].count(i)) {
        ++removed;
      } else {
        kept.push_back(std::move(lines[i]));
      }
    }
    lines.swap(kept);
  }
  return removed;
}

}  // namespace samatthana::ingest
