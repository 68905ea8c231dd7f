#include "parse/tables.h"

#include <re2/re2.h>

#include <map>
#include <set>

#include "normalize/normalize.h"

namespace samatthana::parse {
namespace {

using ingest::Line;
using ingest::Table;
using ingest::TableCell;

// A cell's text on one line: wrapped lines joined as they wrapped.
std::string CellText(const TableCell& cell) {
  std::string out;
  for (const Line& l : cell.lines) {
    if (l.text.empty()) continue;
    if (!out.empty() && !(l.continues && l.join_tight)) out.push_back(' ');
    out += l.text;
  }
  return normalize::NormalizeText(out);
}

// Where a cell's text came from: its first line's place, or the table's.
Line Placed(const TableCell* cell, const Table& table) {
  Line l;
  l.line = table.line;
  l.page = table.page;
  if (cell != nullptr && !cell->lines.empty()) {
    l.line = cell->lines.front().line;
    l.page = cell->lines.front().page;
    l.style = cell->lines.front().style;
  }
  return l;
}

// Score grids and their kin: numbers, dots, ticks, dashes and nothing else.
bool IsScoreText(const std::string& text) {
  static const RE2 score(
      "^[0-9\u0E50-\u0E59\\s.\u2026\\-\u2013/%()\u2713\u2714\u2610\u2611\u2612xX*]*$");
  return RE2::FullMatch(text, score);
}

// The table as a grid: the cell that covers each row and column.
class Grid {
 public:
  explicit Grid(const Table& t) : table_(t) {
    cover_.assign(static_cast<size_t>(std::max(0, t.rows)),
                  std::vector<const TableCell*>(static_cast<size_t>(std::max(0, t.columns))));
    for (const TableCell& c : t.cells) {
      for (int r = c.row; r < c.row + c.row_span && r < t.rows; ++r) {
        for (int k = c.column; k < c.column + c.column_span && k < t.columns; ++k) {
          if (r >= 0 && k >= 0) cover_[static_cast<size_t>(r)][static_cast<size_t>(k)] = &c;
        }
      }
    }
  }
  int rows() const { return table_.rows; }
  int columns() const { return table_.columns; }
  const TableCell* At(int row, int column) const {
    return cover_[static_cast<size_t>(row)][static_cast<size_t>(column)];
  }
  // The cells that start in `row`, left to right.
  std::vector<const TableCell*> Row(int row) const {
    std::vector<const TableCell*> out;
    for (const TableCell& c : table_.cells) {
      if (c.row == row) out.push_back(&c);
    }
    return out;
  }
  // One cell spans the whole row.
  bool Spanning(int row) const {
    std::vector<const TableCell*> cells = Row(row);
    return cells.size() == 1 && cells.front()->column_span >= columns() && columns() > 1;
  }

 private:
  const Table& table_;
  std::vector<std::vector<const TableCell*>> cover_;
};

class TableReader {
  // A level's column (a header cell may span several; its first stands for all).
  struct Column {
    int first;
    const TableCell* header;
  };

 public:
  TableReader(const Table& table, const Labels& labels)
      : table_(table), grid_(table), labels_(labels) {}

  std::vector<TableLine> Read() {
    if (grid_.rows() == 0 || grid_.columns() == 0) return {};
    if (int header = LevelHeaderRow(); header >= 0) {
      ReadLevelColumns(header);
    } else if (LevelRows()) {
      ReadLevelRows();
    } else {
      bool summary = IsSummary();
      for (int r = 0; r < grid_.rows(); ++r) AddRow(r, summary);
    }
    return std::move(out_);
  }

 private:
  // A level heading alone in a cell: "ระดับ 1", "ระดับที่ ๓", "Level 2".
  std::optional<LevelMatch> LevelCell(const TableCell* cell) const {
    if (cell == nullptr) return std::nullopt;
    std::optional<LevelMatch> m = labels_.MatchLevel(CellText(*cell));
    constexpr int kLongestHeaderTitle = 30;
    if (!m || static_cast<int>(m->title.size()) > 3 * kLongestHeaderTitle) return std::nullopt;
    return m;
  }

  // The row whose cells name two or more levels, left to right in rising order.
  int LevelHeaderRow() const {
    for (int r = 0; r < grid_.rows(); ++r) {
      int count = 0, previous = -1;
      bool rising = true;
      for (const TableCell* c : grid_.Row(r)) {
        std::optional<LevelMatch> m = LevelCell(c);
        if (!m) continue;
        rising &= m->level > previous;
        previous = m->level;
        ++count;
      }
      if (count >= 2 && rising) return r;
    }
    return -1;
  }

  // The first column names a level in two or more rows.
  bool LevelRows() const {
    int count = 0;
    for (int r = 0; r < grid_.rows(); ++r) {
      const TableCell* c = grid_.At(r, 0);
      if (c != nullptr && c->row == r && FirstColumnLevel(r)) ++count;
    }
    return count >= 2;
  }

  // The level a row names in its first column: "ระดับที่ 2", or a bare number
  // under a header cell that says "ระดับ".
  std::optional<int> FirstColumnLevel(int row) const {
    const TableCell* c = grid_.At(row, 0);
    if (c == nullptr || c->row != row) return std::nullopt;
    std::string text = CellText(*c);
    if (std::optional<LevelMatch> m = labels_.MatchLevel(text)) return m->level;
    static const RE2 bare("^([0-9\u0E50-\u0E59]{1,2})[.)]?$");
    std::string digits;
    if (RE2::FullMatch(text, bare, &digits) && LevelWordHeads(0)) {
      return std::atoi(normalize::ThaiDigitsToAscii(digits).c_str());
    }
    return std::nullopt;
  }

  // A row near the top says "ระดับ" (or "Level") in column `column`.
  bool LevelWordHeads(int column) const {
    static const RE2 word("^(?:ระดับ\\S*|(?i:level)s?)$");
    for (int r = 0; r < std::min(grid_.rows(), 3); ++r) {
      const TableCell* c = grid_.At(r, column);
      if (c != nullptr && RE2::FullMatch(CellText(*c), word)) return true;
    }
    return false;
  }

  // A table of numbers, dots and ticks: a score grid or an expected-level table.
  bool IsSummary() const {
    int cells = 0, scores = 0;
    for (const TableCell& c : table_.cells) {
      std::string text = CellText(c);
      if (text.empty()) continue;
      ++cells;
      scores += IsScoreText(text);
    }
    constexpr double kScoreShare = 0.3;
    return cells > 0 && scores >= kScoreShare * cells;
  }

  void Emit(Line line, bool heading = false, bool set_aside = false) {
    out_.push_back({std::move(line), heading, set_aside});
  }

  // A row as lines: the first line of every cell on one line, then the
  // cells' further lines in order.
  void AddRow(int row, bool set_aside, bool heading = false) {
    std::vector<const TableCell*> cells = grid_.Row(row);
    Line first;
    bool placed = false;
    for (const TableCell* c : cells) {
      if (c->lines.empty()) continue;
      if (!placed) {
        first = Placed(c, table_);
        placed = true;
      }
      const Line& l = c->lines.front();
      if (!first.text.empty()) first.text += ' ';
      first.text += l.text;
      first.starts_item |= l.starts_item && first.text == l.text;
    }
    if (!placed) return;
    Emit(first, heading, set_aside);
    for (const TableCell* c : cells) {
      for (size_t k = 1; k < c->lines.size(); ++k) Emit(c->lines[k], heading, set_aside);
    }
  }

  // A cell as indicators: all one indicator, unless two or more of its lines
  // carry their own item marks.
  void AddItems(const TableCell* cell) {
    if (cell == nullptr) return;
    int marked = 0;
    for (const Line& l : cell->lines) marked += l.starts_item;
    if (marked >= 2) {
      for (const Line& l : cell->lines) Emit(l);
      return;
    }
    std::string text = CellText(*cell);
    if (text.empty()) return;
    Line item = Placed(cell, table_);
    item.text = text;
    item.starts_item = true;
    Emit(item);
  }

  // One column a level.
  void ReadLevelColumns(int header) {
    for (int r = 0; r < header; ++r) AddRow(r, false, /*heading=*/true);
    std::vector<Column> levels;
    for (const TableCell* c : grid_.Row(header)) {
      if (LevelCell(c)) levels.push_back({c->column, c});
    }
    // The rows of the grid: every row that is not a score row, one text
    // repeated across the levels (a tally: "items passed ....") or a row with
    // a cell across two levels' columns (which is no one level's item), until
    // a row spans the table (a note) or a tally follows the items (what comes
    // after it is the form's, not the levels').
    std::vector<int> content, aside;
    bool grid_over = false;
    for (int r = header + 1; r < grid_.rows(); ++r) {
      // A row with no text (the gap a printed table's frame leaves where a
      // page break parts it) is nothing: no note, no items.
      if (Blank(r)) continue;
      grid_over |= grid_.Spanning(r);
      const bool tally = RepeatsOrScores(r, levels);
      if (grid_over || tally || AcrossLevels(r, levels)) {
        grid_over |= tally && !content.empty();
        aside.push_back(r);
      } else {
        content.push_back(r);
      }
    }
    // A first row of titles: its cells carry no item marks where later rows do,
    // or are bold where later rows are not.
    int titles = -1;
    if (content.size() >= 2 && Titles(content.front(), content, levels)) {
      titles = content.front();
      content.erase(content.begin());
    }
    for (const Column& col : levels) {
      Line heading = Placed(col.header, table_);
      heading.text = CellText(*col.header);
      const TableCell* title = titles >= 0 ? grid_.At(titles, col.first) : nullptr;
      if (title != nullptr && title->row == titles) {
        std::string text = CellText(*title);
        if (!text.empty()) heading.text += " : " + text;
      }
      Emit(heading);
      for (int r : content) {
        const TableCell* cell = grid_.At(r, col.first);
        if (cell != nullptr && cell->row == r) AddItems(cell);
      }
    }
    for (int r : aside) AddRow(r, true);
  }

  bool Blank(int row) const {
    for (const TableCell* c : grid_.Row(row)) {
      if (!CellText(*c).empty()) return false;
    }
    return true;
  }

  bool AcrossLevels(int row, const std::vector<Column>& levels) const {
    for (const TableCell* c : grid_.Row(row)) {
      if (c == nullptr || c->row != row || CellText(*c).empty()) continue;
      int covered = 0;
      for (const Column& col : levels) {
        covered += col.first >= c->column && col.first < c->column + c->column_span;
      }
      if (covered >= 2) return true;
    }
    return false;
  }

  bool RepeatsOrScores(int row, const std::vector<Column>& levels) const {
    std::set<std::string> texts;
    int filled = 0;
    for (const auto& col : levels) {
      const TableCell* c = grid_.At(row, col.first);
      if (c == nullptr || c->row != row) continue;
      std::string text = CellText(*c);
      if (text.empty()) continue;
      if (IsScoreText(text)) return true;
      texts.insert(normalize::LayoutKey(text));
      ++filled;
    }
    return filled >= 2 && texts.size() == 1;
  }

  bool Titles(int row, const std::vector<int>& content, const std::vector<Column>& levels) const {
    auto cells_of = [&](int r) {
      std::vector<const TableCell*> out;
      for (const auto& col : levels) {
        const TableCell* c = grid_.At(r, col.first);
        if (c != nullptr && c->row == r && !c->lines.empty()) out.push_back(c);
      }
      return out;
    };
    auto all = [](const std::vector<const TableCell*>& cells, auto pred) {
      if (cells.empty()) return false;
      for (const TableCell* c : cells) {
        if (!pred(*c)) return false;
      }
      return true;
    };
    auto marked = [](const TableCell& c) { return c.lines.front().starts_item; };
    auto bold = [](const TableCell& c) {
      for (const Line& l : c.lines) {
        if (!l.style.bold) return false;
      }
      return true;
    };
    std::vector<const TableCell*> first = cells_of(row);
    bool later_marked = false, later_bold = false;
    for (size_t k = 1; k < content.size(); ++k) {
      std::vector<const TableCell*> cells = cells_of(content[k]);
      later_marked |= all(cells, marked);
      later_bold |= all(cells, bold);
    }
    bool first_marked = false;
    for (const TableCell* c : first) first_marked |= marked(*c);
    return (later_marked && !first_marked) || (all(first, bold) && !later_bold);
  }

  // One row a level.
  void ReadLevelRows() {
    bool in_levels = false;
    for (int r = 0; r < grid_.rows(); ++r) {
      std::optional<int> level = FirstColumnLevel(r);
      if (!level) {
        // The header row ("ระดับ" | "พฤติกรรมบ่งชี้") is the table's heading.
        bool header = !in_levels && LevelWordHeads(0) && r < 3 && !grid_.Row(r).empty() &&
                      grid_.At(r, 0) != nullptr && grid_.At(r, 0)->row == r &&
                      RE2::FullMatch(CellText(*grid_.At(r, 0)), "^(?:ระดับ\\S*|(?i:level)s?)$");
        AddRow(r, false, header);
        continue;
      }
      in_levels = true;
      const TableCell* label = grid_.At(r, 0);
      Line heading = Placed(label, table_);
      std::string text = CellText(*label);
      heading.text = labels_.MatchLevel(text) ? text : "ระดับ " + std::to_string(*level);
      Emit(heading);
      for (const TableCell* c : grid_.Row(r)) {
        if (c == label) continue;
        for (const Line& l : c->lines) Emit(l);
      }
    }
  }

  const Table& table_;
  Grid grid_;
  const Labels& labels_;
  std::vector<TableLine> out_;
};

}  // namespace

std::vector<TableLine> ReadTable(const ingest::Table& table, const Labels& labels) {
  return TableReader(table, labels).Read();
}

}  // namespace samatthana::parse
