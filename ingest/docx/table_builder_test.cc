#include "ingest/docx/table_builder.h"

#include <gtest/gtest.h>

#include "ingest/docx/office_test_util.h"

namespace samatthana::ingest {
namespace {

using Strings = std::vector<std::string>;

TEST(TableBuilder, WordVerticalMergeGrowsTheCellAbove) {
  TableBuilder t;
  t.StartRow(true);
  t.AddCell(0, 1)->push_back(Line{.text = "ก", .line = 1});
  t.AddCell(1, 2)->push_back(Line{.text = "ข", .line = 1});
  t.StartRow(false);
  t.AddCell(0, 1)->push_back(Line{.text = "ค", .line = 2});
  t.StartRow(false);
  // Continuing column 0 grows "ค"; text in a continuing cell joins it.
  t.ContinueCell(0, 1)->push_back(Line{.text = "ง", .line = 3});
  // Nothing above column 2 starts at column 2: a new cell.
  t.ContinueCell(2, 1);
  Table table = t.Finish();
  EXPECT_EQ(table.rows, 3);
  EXPECT_EQ(table.columns, 3);
  EXPECT_EQ(testing::DescribeCells(table),
            (Strings{"0,0 1x1 h: 1 ก", "0,1 1x2 h: 1 ข", "1,0 2x1: 2 ค | 3 ง", "2,2 1x1:"}));
}

TEST(TableBuilder, OpenDocumentCoveredCellsBelongToTheirSpan) {
  TableBuilder t;
  t.StartRow(false);
  t.AddCell(0, 2, 5);  // a row span past the table's end ends there
  EXPECT_NE(t.CoveredCell(1), nullptr);
  t.StartRow(false);
  EXPECT_NE(t.CoveredCell(0), nullptr);
  EXPECT_EQ(t.CoveredCell(2), nullptr);
  Table table = t.Finish();
  ASSERT_EQ(table.cells.size(), 1u);
  EXPECT_EQ(table.cells[0].row_span, 2);
  EXPECT_EQ(table.cells[0].column_span, 2);
}

TEST(TableBuilder, TooWideIsRefused) {
  TableBuilder t;
  t.StartRow(false);
  EXPECT_EQ(t.AddCell(0, kMaxTableColumns + 1), nullptr);
  EXPECT_EQ(t.AddCell(kMaxTableColumns, 1), nullptr);
  EXPECT_NE(t.AddCell(0, kMaxTableColumns), nullptr);
}

}  // namespace
}  // namespace samatthana::ingest
