#include "ingest/pdf/ruling_grid.h"

#include <gtest/gtest.h>

namespace samatthana::ingest {
namespace {

PdfShape Across(double y, double x0, double x1, double width = 0.5) {
  return {x0, y - width / 2, x1, y + width / 2};
}
PdfShape Down(double x, double y0, double y1, double width = 0.5) {
  return {x - width / 2, y0, x + width / 2, y1};
}

// Rules on every edge of a grid with column edges `xs` and row edges `ys`.
std::vector<PdfShape> FullGrid(const std::vector<double>& xs, const std::vector<double>& ys) {
  std::vector<PdfShape> rules;
  for (double y : ys) rules.push_back(Across(y, xs.front(), xs.back()));
  for (double x : xs) rules.push_back(Down(x, ys.front(), ys.back()));
  return rules;
}

TEST(RulingGrid, FullGridGivesEveryCell) {
  std::vector<RuledTable> tables = FindRuledTables(FullGrid({50, 100, 300}, {100, 120, 160, 200}));
  ASSERT_EQ(tables.size(), 1u);
  const RuledTable& t = tables[0];
  EXPECT_EQ(t.rows(), 3);
  EXPECT_EQ(t.columns(), 2);
  ASSERT_EQ(t.cells.size(), 6u);
  EXPECT_EQ(t.cells[3].row, 1);
  EXPECT_EQ(t.cells[3].column, 1);
  EXPECT_DOUBLE_EQ(t.cells[3].x0, 100);
  EXPECT_DOUBLE_EQ(t.cells[3].bottom, 160);
  EXPECT_FALSE(t.open_top);
  EXPECT_FALSE(t.open_bottom);
}

TEST(RulingGrid, MissingRulesMakeSpans) {
  // Row 0 has no rule between its columns (a header across both); column 0
  // has no rule between rows 1 and 2 (a level's cell beside two rows).
  std::vector<PdfShape> rules = {Across(100, 50, 300), Across(120, 50, 300), Across(160, 100, 300),
                                 Across(200, 50, 300), Down(50, 100, 200),   Down(100, 120, 200),
                                 Down(300, 100, 200)};
  std::vector<RuledTable> tables = FindRuledTables(rules);
  ASSERT_EQ(tables.size(), 1u);
  const RuledTable& t = tables[0];
  ASSERT_EQ(t.cells.size(), 4u);
  EXPECT_EQ(t.cells[0].column_span, 2);
  EXPECT_EQ(t.cells[1].row, 1);
  EXPECT_EQ(t.cells[1].column, 0);
  EXPECT_EQ(t.cells[1].row_span, 2);
  EXPECT_EQ(t.cells[3].row, 2);
  EXPECT_EQ(t.cells[3].column, 1);
}

TEST(RulingGrid, SeparateCellBordersAreOneGrid) {
  // A browser frames each cell apart, two pixels from its neighbours, and
  // the table in a frame of its own: double lines are one edge.
  std::vector<PdfShape> rules;
  auto frame = [&](double x0, double y0, double x1, double y1) {
    rules.push_back(Across(y0, x0, x1));
    rules.push_back(Across(y1, x0, x1));
    rules.push_back(Down(x0, y0, y1));
    rules.push_back(Down(x1, y0, y1));
  };
  frame(48, 98, 302, 202);
  frame(50, 100, 99, 149);
  frame(100.5, 100, 300, 149);
  frame(50, 150.5, 99, 200);
  frame(100.5, 150.5, 300, 200);
  std::vector<RuledTable> tables = FindRuledTables(rules);
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0].rows(), 2);
  EXPECT_EQ(tables[0].columns(), 2);
  EXPECT_EQ(tables[0].cells.size(), 4u);
}

TEST(RulingGrid, RowCutByThePageIsOpen) {
  // The last row's cell walls run down to the page's edge with no rule
  // under them: the row goes on on the next page.
  std::vector<PdfShape> rules = {Across(100, 50, 300), Across(150, 50, 300), Down(50, 100, 400),
                                 Down(120, 100, 400), Down(300, 100, 400)};
  std::vector<RuledTable> tables = FindRuledTables(rules);
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_TRUE(tables[0].open_bottom);
  EXPECT_FALSE(tables[0].open_top);
  EXPECT_EQ(tables[0].rows(), 2);
  EXPECT_DOUBLE_EQ(tables[0].bottom(), 400);
}

TEST(RulingGrid, BoxesAndLoneRulesAreNoTables) {
  // A frame round a paragraph, an underline, a drawn checkbox.
  std::vector<PdfShape> rules = FullGrid({50, 300}, {100, 200});
  rules.push_back(Across(250, 50, 300));
  std::vector<PdfShape> box = FullGrid({60, 68}, {300, 308});
  rules.insert(rules.end(), box.begin(), box.end());
  EXPECT_TRUE(FindRuledTables(rules).empty());
}

TEST(RulingGrid, CheckboxBesideABorderIsNotAnEdge) {
  std::vector<PdfShape> rules = FullGrid({50, 100, 300}, {100, 150, 200});
  std::vector<PdfShape> box = FullGrid({102, 110}, {104, 112});
  rules.insert(rules.end(), box.begin(), box.end());
  std::vector<RuledTable> tables = FindRuledTables(rules);
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0].columns(), 2);
  EXPECT_EQ(tables[0].rows(), 2);
}

TEST(RulingGrid, TwoTablesTopToBottom) {
  std::vector<PdfShape> rules = FullGrid({50, 100, 300}, {400, 450, 500});
  std::vector<PdfShape> upper = FullGrid({50, 200, 300}, {100, 150});
  rules.insert(rules.end(), upper.begin(), upper.end());
  std::vector<RuledTable> tables = FindRuledTables(rules);
  ASSERT_EQ(tables.size(), 2u);
  EXPECT_DOUBLE_EQ(tables[0].top(), 100);
  EXPECT_DOUBLE_EQ(tables[1].top(), 400);
}

}  // namespace
}  // namespace samatthana::ingest
