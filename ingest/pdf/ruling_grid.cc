#include "ingest/pdf/ruling_grid.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace samatthana::ingest {
namespace {

// Rules this close meet: a browser's table leaves two pixels between the
// borders of neighbouring cells, and between them and the table's own.
constexpr double kMeet = 3.0;
// Edges closer than this are one edge (a double border); no row or column
// of text is this narrow.
constexpr double kSameEdge = 4.0;
// Pieces of one line: this close across, touching along.
constexpr double kCollinear = 1.0;
// A box no larger than this all round, closed on itself, is a mark (a
// drawn checkbox), not a table's cell.
constexpr double kMarkSize = 15.0;
// Work is quadratic in the rules of a page; a page drawn with more is a
// chart or a picture, not a table.
constexpr size_t kMostRules = 6000;

// A straight piece of rule: across the page (`across`) at `at`, from `lo`
// to `hi` along it.
struct Segment {
  bool across = true;
  double at = 0;
  double lo = 0, hi = 0;
};

std::vector<Segment> ToSegments(const std::vector<PdfShape>& rules) {
  std::vector<Segment> out;
  for (const PdfShape& r : rules) {
    const double w = r.x1 - r.x0, h = r.bottom - r.top;
    // Long and thin: a piece of a line. A small square is a dot or a mark.
    if (std::max(w, h) < 2 * std::min(w, h) || std::max(w, h) < 3) continue;
    if (w >= h) {
      out.push_back({true, (r.top + r.bottom) / 2, r.x0, r.x1});
    } else {
      out.push_back({false, (r.x0 + r.x1) / 2, r.top, r.bottom});
    }
  }
  return out;
}

// Joins the pieces of each line: a rule drawn in pieces, or one side of a
// border drawn as two trapezoids, becomes one segment.
std::vector<Segment> MergeCollinear(std::vector<Segment> segs) {
  std::sort(segs.begin(), segs.end(), [](const Segment& a, const Segment& b) {
    if (a.across != b.across) return a.across;
    if (std::fabs(a.at - b.at) > kCollinear) return a.at < b.at;
    return a.lo < b.lo;
  });
  std::vector<Segment> out;
  for (size_t i = 0; i < segs.size();) {
    // A run of one direction at (nearly) one place.
    size_t j = i + 1;
    while (j < segs.size() && segs[j].across == segs[i].across &&
           std::fabs(segs[j].at - segs[j - 1].at) <= kCollinear) {
      ++j;
    }
    std::vector<Segment> run(segs.begin() + static_cast<long>(i),
                             segs.begin() + static_cast<long>(j));
    std::sort(run.begin(), run.end(),
              [](const Segment& a, const Segment& b) { return a.lo < b.lo; });
    Segment cur = run.front();
    for (size_t k = 1; k < run.size(); ++k) {
      if (run[k].lo <= cur.hi + kCollinear) {
        cur.hi = std::max(cur.hi, run[k].hi);
        cur.at = (cur.at + run[k].at) / 2;
      } else {
        out.push_back(cur);
        cur = run[k];
      }
    }
    out.push_back(cur);
    i = j;
  }
  return out;
}

// A horizontal and a vertical segment cross or (within `slack`) touch.
bool Meet(const Segment& h, const Segment& v, double slack) {
  return v.at >= h.lo - slack && v.at <= h.hi + slack && h.at >= v.lo - slack &&
         h.at <= v.hi + slack;
}

// Two segments of one direction touch end to end or overlap side by side.
bool Adjoin(const Segment& a, const Segment& b, double slack) {
  return std::fabs(a.at - b.at) <= slack && a.lo <= b.hi + slack && b.lo <= a.hi + slack;
}

class DisjointSets {
 public:
  explicit DisjointSets(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  size_t Find(size_t i) {
    while (parent_[i] != i) i = parent_[i] = parent_[parent_[i]];
    return i;
  }
  void Join(size_t a, size_t b) { parent_[Find(a)] = Find(b); }

 private:
  std::vector<size_t> parent_;
};

// The segments grouped into figures of rules that meet within `slack`.
std::vector<std::vector<Segment>> Figures(const std::vector<Segment>& segs, double slack) {
  DisjointSets sets(segs.size());
  for (size_t i = 0; i < segs.size(); ++i) {
    for (size_t j = i + 1; j < segs.size(); ++j) {
      const Segment& a = segs[i];
      const Segment& b = segs[j];
      bool meet = a.across == b.across ? Adjoin(a, b, slack)
                                       : (a.across ? Meet(a, b, slack) : Meet(b, a, slack));
      if (meet) sets.Join(i, j);
    }
  }
  std::vector<std::vector<Segment>> out;
  std::vector<long> index(segs.size(), -1);
  for (size_t i = 0; i < segs.size(); ++i) {
    size_t root = sets.Find(i);
    if (index[root] < 0) {
      index[root] = static_cast<long>(out.size());
      out.emplace_back();
    }
    out[static_cast<size_t>(index[root])].push_back(segs[i]);
  }
  return out;
}

// Drops the small closed boxes (checkboxes, framed marks) before rules are
// grouped with room to spare: one standing near a cell's border would
// otherwise add its edges to the grid.
std::vector<Segment> WithoutMarks(const std::vector<Segment>& segs) {
  std::vector<Segment> out;
  for (std::vector<Segment>& figure : Figures(segs, kCollinear)) {
    double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
    for (const Segment& s : figure) {
      x0 = std::min(x0, s.across ? s.lo : s.at);
      x1 = std::max(x1, s.across ? s.hi : s.at);
      y0 = std::min(y0, s.across ? s.at : s.lo);
      y1 = std::max(y1, s.across ? s.at : s.hi);
    }
    if (figure.size() >= 3 && x1 - x0 <= kMarkSize && y1 - y0 <= kMarkSize) continue;
    out.insert(out.end(), figure.begin(), figure.end());
  }
  return out;
}

// Where the lines of one direction stand: positions closer than kSameEdge
// are one edge, at their middle. `members[k]` lists the segments of edge k.
std::vector<double> Edges(const std::vector<const Segment*>& lines,
                          std::vector<std::vector<const Segment*>>* members) {
  std::vector<const Segment*> sorted = lines;
  std::sort(sorted.begin(), sorted.end(),
            [](const Segment* a, const Segment* b) { return a->at < b->at; });
  std::vector<double> edges;
  members->clear();
  double first = 0, last = 0;
  for (const Segment* s : sorted) {
    if (edges.empty() || s->at - last > kSameEdge) {
      if (!edges.empty()) edges.back() = (first + last) / 2;
      edges.push_back(s->at);
      members->emplace_back();
      first = s->at;
    }
    last = s->at;
    members->back().push_back(s);
  }
  if (!edges.empty()) edges.back() = (first + last) / 2;
  return edges;
}

// Some segment of `edge` runs past the point `along` (within kMeet).
bool Covers(const std::vector<const Segment*>& edge, double along) {
  for (const Segment* s : edge) {
    if (s->lo - kMeet <= along && along <= s->hi + kMeet) return true;
  }
  return false;
}

size_t GridIndex(int i) { return static_cast<size_t>(i); }

// The grid a figure of rules draws, if it draws one.
bool Grid(const std::vector<Segment>& figure, RuledTable* out) {
  std::vector<const Segment*> across, down;
  for (const Segment& s : figure) (s.across ? across : down).push_back(&s);
  if (across.empty() || down.size() < 2) return false;
  std::vector<std::vector<const Segment*>> columns_at, rows_at;
  RuledTable t;
  t.xs = Edges(down, &columns_at);
  t.ys = Edges(across, &rows_at);
  if (t.xs.size() < 2) return false;
  // Vertical rules that run on past the top or bottom rule: the page cut a
  // row, whose border is drawn where the row ends, on another page.
  double low = 1e300, high = -1e300;
  for (const Segment* s : down) {
    low = std::min(low, s->lo);
    high = std::max(high, s->hi);
  }
  if (low < t.ys.front() - kSameEdge) {
    t.ys.insert(t.ys.begin(), low);
    rows_at.insert(rows_at.begin(), {});
    t.open_top = true;
  }
  if (high > t.ys.back() + kSameEdge) {
    t.ys.push_back(high);
    rows_at.emplace_back();
    t.open_bottom = true;
  }
  const int rows = t.rows(), columns = t.columns();
  if (rows < 1 || columns < 1) return false;
  auto row_middle = [&](int r) { return (t.ys[GridIndex(r)] + t.ys[GridIndex(r) + 1]) / 2; };
  auto column_middle = [&](int c) { return (t.xs[GridIndex(c)] + t.xs[GridIndex(c) + 1]) / 2; };
  // Whether the rule between column c-1 and c runs down row r, and the one
  // between row r-1 and r across column c (an open edge is always there).
  auto wall = [&](int r, int c) { return Covers(columns_at[GridIndex(c)], row_middle(r)); };
  auto floor = [&](int r, int c) {
    const auto& edge = rows_at[GridIndex(r)];
    return edge.empty() || Covers(edge, column_middle(c));
  };
  std::vector<std::vector<bool>> taken(GridIndex(rows), std::vector<bool>(GridIndex(columns)));
  for (int r = 0; r < rows; ++r) {
    for (int c = 0; c < columns; ++c) {
      if (taken[GridIndex(r)][GridIndex(c)]) continue;
      GridCell cell{r, c, 1, 1, 0, 0, 0, 0};
      while (c + cell.column_span < columns && !wall(r, c + cell.column_span) &&
             !taken[GridIndex(r)][GridIndex(c + cell.column_span)]) {
        ++cell.column_span;
      }
      auto open_below = [&](int next) {
        for (int k = c; k < c + cell.column_span; ++k) {
          if (floor(next, k) || taken[GridIndex(next)][GridIndex(k)]) return false;
        }
        return true;
      };
      while (r + cell.row_span < rows && open_below(r + cell.row_span)) ++cell.row_span;
      for (int i = r; i < r + cell.row_span; ++i) {
        for (int k = c; k < c + cell.column_span; ++k) {
          taken[GridIndex(i)][GridIndex(k)] = true;
        }
      }
      cell.x0 = t.xs[GridIndex(c)];
      cell.x1 = t.xs[GridIndex(c + cell.column_span)];
      cell.top = t.ys[GridIndex(r)];
      cell.bottom = t.ys[GridIndex(r + cell.row_span)];
      t.cells.push_back(cell);
    }
  }
  if (t.cells.size() < 2) return false;
  *out = std::move(t);
  return true;
}

}  // namespace

std::vector<RuledTable> FindRuledTables(const std::vector<PdfShape>& rules) {
  std::vector<RuledTable> out;
  std::vector<Segment> segs = ToSegments(rules);
  if (segs.size() < 3 || segs.size() > kMostRules) return out;
  segs = WithoutMarks(MergeCollinear(std::move(segs)));
  for (const std::vector<Segment>& figure : Figures(segs, kMeet)) {
    RuledTable t;
    if (Grid(figure, &t)) out.push_back(std::move(t));
  }
  std::sort(out.begin(), out.end(),
            [](const RuledTable& a, const RuledTable& b) { return a.top() < b.top(); });
  return out;
}

}  // namespace samatthana::ingest
