#include "ingest/html/html_table_builder.h"

#include <algorithm>
#include <cstddef>

namespace samatthana::ingest {

int HtmlSpan(std::string_view value, bool rows) {
  size_t at = value.find_first_not_of(" \t\n\r\f");
  if (at == std::string_view::npos) return 1;
  if (value[at] == '+') ++at;
  int span = 0;
  bool digits = false;
  for (; at < value.size() && value[at] >= '0' && value[at] <= '9'; ++at) {
    digits = true;
    span = std::min(kMaxHtmlSpan + 1, span * 10 + (value[at] - '0'));
  }
  if (!digits) return 1;
  if (span == 0) return rows ? kMaxHtmlSpan : 1;
  return std::min(span, kMaxHtmlSpan);
}

bool HtmlTableBuilder::StartRow(bool header) {
  ++row_;
  row_header_ = header;
  column_ = 0;
  return int64_t{row_ + 1} * std::max(columns_, 1) <= kMaxHtmlTableCells;
}

std::vector<Line>* HtmlTableBuilder::AddCell(int row_span, int column_span, bool header) {
  if (row_ < 0 && !StartRow(false)) return nullptr;
  row_span = std::clamp(row_span, 1, kMaxHtmlSpan);
  column_span = std::clamp(column_span, 1, kMaxHtmlSpan);
  int column = column_;
  while (static_cast<size_t>(column) < covered_until_.size() &&
         covered_until_[static_cast<size_t>(column)] > row_) {
    ++column;
  }
  const int width = std::max(columns_, column + column_span);
  if (int64_t{row_ + 1} * width > kMaxHtmlTableCells) return nullptr;
  columns_ = width;
  const size_t end = static_cast<size_t>(column) + static_cast<size_t>(column_span);
  if (covered_until_.size() < end) covered_until_.resize(end, 0);
  std::fill(covered_until_.begin() + column,
            covered_until_.begin() + static_cast<std::ptrdiff_t>(end), row_ + row_span);
  column_ = column + column_span;

  TableCell cell;
  cell.row = row_;
  cell.column = column;
  cell.row_span = row_span;
  cell.column_span = column_span;
  cell.header = header || row_header_;
  cells_.push_back(std::move(cell));
  return &cells_.back().lines;
}

Table HtmlTableBuilder::Finish() {
  Table table;
  table.rows = row_ + 1;
  table.columns = columns_;
  for (TableCell& cell : cells_) {
    // A rowspan past the last row ends there, as it does on the page.
    cell.row_span = std::min(cell.row_span, table.rows - cell.row);
    table.cells.push_back(std::move(cell));
  }
  cells_.clear();
  return table;
}

}  // namespace samatthana::ingest
