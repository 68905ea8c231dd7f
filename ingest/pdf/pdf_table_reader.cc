#include "ingest/pdf/pdf_table_reader.h"

#include <algorithm>

#include "ingest/pdf/shape_marks.h"

namespace samatthana::ingest {
namespace {

// A word's middle may stand this far outside a cell (points) and still be
// its: a glyph's box can reach over the border it was set against.
constexpr double kCellSlack = 1.0;

// The part of `word` whose characters' middles lie in [from, to).
PdfWord Piece(const PdfWord& word, double from, double to) {
  PdfWord out;
  out.top = word.top;
  out.bottom = word.bottom;
  out.baseline = word.baseline;
  out.font_size = word.font_size;
  out.bold = word.bold;
  for (size_t i = 0; i < word.text.size(); ++i) {
    const double middle = (word.left[i] + word.right[i]) / 2;
    if (middle < from || middle >= to) continue;
    out.text.push_back(word.text[i]);
    out.left.push_back(word.left[i]);
    out.right.push_back(word.right[i]);
    if (!word.repaired.empty()) {
      if (out.repaired.empty()) out.repaired.assign(out.text.size() - 1, false);
      out.repaired.push_back(word.repaired[i]);
    }
  }
  if (!out.text.empty()) {
    out.x0 = *std::min_element(out.left.begin(), out.left.end());
    out.x1 = *std::max_element(out.right.begin(), out.right.end());
  }
  return out;
}

// Cuts the words that run across a column edge of `grid`: Poppler joins
// glyphs into words by distance alone, and the text of two cells can stand
// close enough to be one word.
void CutAtColumns(const RuledTable& grid, std::vector<PdfWord>* words) {
  std::vector<PdfWord> out;
  out.reserve(words->size());
  for (PdfWord& w : *words) {
    const double middle = (w.top + w.bottom) / 2;
    bool inside =
        middle >= grid.top() && middle <= grid.bottom() && w.x1 > grid.x0() && w.x0 < grid.x1();
    std::vector<double> cuts;
    if (inside) {
      for (double x : grid.xs) {
        if (x > w.x0 + kCellSlack && x < w.x1 - kCellSlack) cuts.push_back(x);
      }
    }
    if (cuts.empty() || w.left.size() != w.text.size()) {
      out.push_back(std::move(w));
      continue;
    }
    double from = -1e300;
    for (size_t k = 0; k <= cuts.size(); ++k) {
      const double to = k < cuts.size() ? cuts[k] : 1e300;
      PdfWord piece = Piece(w, from, to);
      if (!piece.text.empty()) out.push_back(std::move(piece));
      from = to;
    }
  }
  words->swap(out);
}

// The cell of `grid` that holds the middle of `word`, or -1.
int CellOf(const RuledTable& grid, const PdfWord& word) {
  const double x = (word.x0 + word.x1) / 2, y = (word.top + word.bottom) / 2;
  for (size_t i = 0; i < grid.cells.size(); ++i) {
    const GridCell& c = grid.cells[i];
    if (x >= c.x0 - kCellSlack && x <= c.x1 + kCellSlack && y >= c.top - kCellSlack &&
        y <= c.bottom + kCellSlack) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

// `rule` is a line drawn under, over or through a word's text (underline,
// strike-through): a table's border never crosses a line of text, and a
// browser draws an underlined title's line as a thin box that reaches its
// cell's borders when the title fills the cell.
bool Decoration(const PdfShape& rule, const std::vector<PdfWord>& words) {
  if (rule.x1 - rule.x0 <= rule.bottom - rule.top) return false;  // upright
  const double y = (rule.top + rule.bottom) / 2;
  for (const PdfWord& w : words) {
    const double size = w.font_size > 0 ? w.font_size : w.bottom - w.top;
    const double base = w.baseline > 0 ? w.baseline : w.bottom - 0.2 * size;
    if (y < base - 0.6 * size || y > base + 0.18 * size) continue;
    const double overlap = std::min(rule.x1, w.x1) - std::max(rule.x0, w.x0);
    if (overlap > 0.5 * (w.x1 - w.x0)) return true;
  }
  return false;
}

}  // namespace

std::vector<PageTable> ReadPageTables(int page, const PdfPage& drawn, std::vector<PdfWord>* words,
                                      PdfLineBuilder* builder) {
  std::vector<PageTable> out;
  // A page of more rules than this is a drawing, whose rules FindRuledTables
  // leaves alone anyway.
  constexpr size_t kMostRules = 20000;
  if (drawn.rules.empty() || drawn.rules.size() > kMostRules) return out;
  std::vector<PdfShape> rules;
  rules.reserve(drawn.rules.size());
  for (const PdfShape& r : drawn.rules) {
    if (!Decoration(r, *words)) rules.push_back(r);
  }
  for (RuledTable& grid : FindRuledTables(rules)) {
    CutAtColumns(grid, words);
    std::vector<std::vector<PdfWord>> held(grid.cells.size());
    std::vector<PdfWord> rest;
    rest.reserve(words->size());
    size_t taken = 0;
    for (PdfWord& w : *words) {
      int cell = CellOf(grid, w);
      if (cell < 0) {
        rest.push_back(std::move(w));
      } else {
        held[static_cast<size_t>(cell)].push_back(std::move(w));
        ++taken;
      }
    }
    if (taken == 0) {  // a drawing with no text in it: not a table of this text
      for (std::vector<PdfWord>& cell : held) {
        for (PdfWord& w : cell) rest.push_back(std::move(w));
      }
      words->swap(rest);
      continue;
    }
    words->swap(rest);
    PageTable table;
    table.page = page;
    table.cells.reserve(held.size());
    for (const std::vector<PdfWord>& cell : held) {
      PageLines lines = builder->Build(page, drawn.width, drawn.height, cell);
      // A checkbox or bullet drawn before an item in the cell.
      MarkShapeBullets(drawn.shapes, &lines);
      std::sort(lines.lines.begin(), lines.lines.end(),
                [](const VisualLine& a, const VisualLine& b) { return a.top < b.top; });
      table.cells.push_back(std::move(lines.lines));
    }
    table.grid = std::move(grid);
    out.push_back(std::move(table));
  }
  return out;
}

}  // namespace samatthana::ingest
