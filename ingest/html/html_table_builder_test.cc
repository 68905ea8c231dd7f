#include "ingest/html/html_table_builder.h"

#include <gtest/gtest.h>

namespace samatthana::ingest {
namespace {

TEST(HtmlSpan, ReadAsBrowsersReadIt) {
  EXPECT_EQ(HtmlSpan("", false), 1);
  EXPECT_EQ(HtmlSpan(" 3 ", false), 3);
  EXPECT_EQ(HtmlSpan("2px", true), 2);
  EXPECT_EQ(HtmlSpan("+4", true), 4);
  EXPECT_EQ(HtmlSpan("x", true), 1);
  EXPECT_EQ(HtmlSpan("-2", false), 1);
  EXPECT_EQ(HtmlSpan("0", false), 1);
  EXPECT_EQ(HtmlSpan("0", true), kMaxHtmlSpan);  // to the end of the table
  EXPECT_EQ(HtmlSpan("99999999999999999999", false), kMaxHtmlSpan);
}

TEST(HtmlTableBuilder, CellsSkipTheSlotsARowspanCovers) {
  HtmlTableBuilder b;
  ASSERT_TRUE(b.StartRow(true));
  b.AddCell(3, 1, false)->push_back(Line{.text = "ก"});
  b.AddCell(1, 2, true);
  ASSERT_TRUE(b.StartRow(false));
  b.AddCell(1, 1, false);
  ASSERT_TRUE(b.StartRow(false));
  b.AddCell(1, 1, false);
  Table t = b.Finish();
  EXPECT_EQ(t.rows, 3);
  EXPECT_EQ(t.columns, 3);
  ASSERT_EQ(t.cells.size(), 4u);
  EXPECT_EQ(t.cells[0].lines[0].text, "ก");
  EXPECT_TRUE(t.cells[0].header);  // a head row's cell
  EXPECT_EQ(t.cells[1].column, 1);
  EXPECT_EQ(t.cells[2].row, 1);
  EXPECT_EQ(t.cells[2].column, 1);
  EXPECT_FALSE(t.cells[2].header);
  EXPECT_EQ(t.cells[3].column, 1);
}

TEST(HtmlTableBuilder, TheCellCapHolds) {
  HtmlTableBuilder b;
  ASSERT_TRUE(b.StartRow(false));
  ASSERT_NE(b.AddCell(1, kMaxHtmlSpan, false), nullptr);
  for (int row = 1; row < kMaxHtmlTableCells / kMaxHtmlSpan; ++row) {
    ASSERT_TRUE(b.StartRow(false));
  }
  EXPECT_FALSE(b.StartRow(false));
}

}  // namespace
}  // namespace samatthana::ingest
