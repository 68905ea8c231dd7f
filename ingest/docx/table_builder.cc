#include "ingest/docx/table_builder.h"

#include <algorithm>
#include <cstddef>

namespace samatthana::ingest {

void TableBuilder::StartRow(bool header) {
  ++row_;
  header_ = header;
}

std::vector<Line>* TableBuilder::AddCell(int column, int column_span, int row_span) {
  column_span = std::max(1, column_span);
  row_span = std::max(1, row_span);
  if (column < 0 || column >= kMaxTableColumns || column_span > kMaxTableColumns - column) {
    return nullptr;
  }
  if (row_ < 0) StartRow(false);
  TableCell cell;
  cell.row = row_;
  cell.column = column;
  cell.column_span = column_span;
  cell.row_span = row_span;
  cell.header = header_;
  cells_.push_back(std::move(cell));
  const size_t end = static_cast<size_t>(column) + static_cast<size_t>(column_span);
  if (last_in_column_.size() < end) last_in_column_.resize(end, -1);
  std::fill(last_in_column_.begin() + column,
            last_in_column_.begin() + static_cast<std::ptrdiff_t>(end),
            static_cast<int>(cells_.size()) - 1);
  return &cells_.back().lines;
}

std::vector<Line>* TableBuilder::ContinueCell(int column, int column_span) {
  if (column >= 0 && static_cast<size_t>(column) < last_in_column_.size()) {
    int c = last_in_column_[static_cast<size_t>(column)];
    if (c >= 0) {
      TableCell& above = cells_[static_cast<size_t>(c)];
      if (above.column == column && above.row + above.row_span == row_) {
        ++above.row_span;
        return &above.lines;
      }
    }
  }
  return AddCell(column, column_span);
}

std::vector<Line>* TableBuilder::CoveredCell(int column) {
  if (column < 0 || static_cast<size_t>(column) >= last_in_column_.size()) return nullptr;
  int c = last_in_column_[static_cast<size_t>(column)];
  if (c < 0) return nullptr;
  TableCell& cell = cells_[static_cast<size_t>(c)];
  bool covers = cell.row <= row_ && row_ < cell.row + cell.row_span && cell.column <= column &&
                column < cell.column + cell.column_span;
  return covers ? &cell.lines : nullptr;
}

Table TableBuilder::Finish() {
  Table table;
  table.rows = row_ + 1;
  for (TableCell& cell : cells_) {
    // A span stated past the table's end (OpenDocument states it) ends there.
    cell.row_span = std::min(cell.row_span, table.rows - cell.row);
    table.columns = std::max(table.columns, cell.column + cell.column_span);
    table.cells.push_back(std::move(cell));
  }
  cells_.clear();
  return table;
}

void PlaceTable(TableBuilder* builder, int first_row, Document* doc, std::vector<Line>* text) {
  Table table = builder->Finish();
  table.line = first_row;
  if (table.cells.empty()) return;
  Line placeholder;  // the table's place in the text
  placeholder.line = first_row;
  placeholder.table = static_cast<int>(doc->tables.size());
  doc->tables.push_back(std::move(table));
  text->push_back(std::move(placeholder));
}

}  // namespace samatthana::ingest
