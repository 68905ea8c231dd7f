#include "parse/tables.h"

#include <gtest/gtest.h>

#include "parse/parse.h"

namespace samatthana::parse {
namespace {

using ingest::Line;
using ingest::Table;
using ingest::TableCell;

// A cell of one or more lines; `item` marks each line an item (a checkbox).
TableCell Cell(int row, int column, std::vector<std::string> lines, bool item = false,
               int column_span = 1, bool bold = false) {
  TableCell c;
  c.row = row;
  c.column = column;
  c.column_span = column_span;
  int n = 10 * (row + 1) + column;
  for (size_t k = 0; k < lines.size(); ++k) {
    Line l;
    l.text = lines[k];
    l.line = n;
    l.starts_item = item && k == 0;
    l.continues = k > 0;
    l.style.bold = bold;
    c.lines.push_back(l);
  }
  return c;
}

ingest::Document TableDoc(std::vector<std::string> before, std::vector<Table> tables,
                          std::vector<std::string> after = {}) {
  ingest::Document doc;
  doc.path = "t.html";
  int n = 0;
  for (std::string& l : before) doc.lines.push_back({.text = std::move(l), .line = ++n});
  for (size_t k = 0; k < tables.size(); ++k) {
    doc.lines.push_back({.text = "", .line = ++n, .table = static_cast<int>(k)});
  }
  for (std::string& l : after) doc.lines.push_back({.text = std::move(l), .line = ++n});
  doc.tables = std::move(tables);
  return doc;
}

std::vector<std::string> CellItems(const Level& l) {
  std::vector<std::string> out;
  for (const Indicator& i : l.indicators) out.push_back(i.text);
  return out;
}

// One column a level: a spanning heading, the levels, a row of titles, rows of
// checkbox cells (one indicator a cell, wrapped over lines), then a row that
// repeats one text across the levels and a score grid.
Table LevelColumns() {
  Table t;
  t.rows = 7;
  t.columns = 3;
  t.cells = {Cell(0, 0, {"ระดับสมรรถนะ"}, false, 3),
             Cell(1, 0, {"ระดับ 1"}),
             Cell(1, 1, {"ระดับ 2"}),
             Cell(1, 2, {"ระดับ 3"}),
             Cell(2, 0, {"ทำงานตามแนวทาง", "โดยมีพฤติกรรมบ่งชี้ ดังนี้"}, false, 1, true),
             Cell(2, 1, {"แสดงสมรรถนะระดับที่ 1", "และปรับปรุงงาน"}, false, 1, true),
             Cell(2, 2, {"แสดงสมรรถนะระดับที่ 2 และพัฒนาระบบ"}, false, 1, true),
             Cell(3, 0, {"จัดทำแผนงาน", "รายสัปดาห์"}, true),
             Cell(3, 1, {"ทบทวนขั้นตอนการทำงาน"}, true),
             Cell(3, 2, {"ออกแบบระบบใหม่"}, true),
             Cell(4, 0, {"ส่งงานตรงเวลา"}, true),
             Cell(4, 1, {}),
             Cell(4, 2, {}),
             Cell(5, 0, {"จำนวนตัวบ่งชี้ที่ผ่าน........ตัว"}),
             Cell(5, 1, {"จำนวนตัวบ่งชี้ที่ผ่าน........ตัว"}),
             Cell(5, 2, {"จำนวนตัวบ่งชี้ที่ผ่าน........ตัว"}),
             Cell(6, 0, {"1"}),
             Cell(6, 1, {"2"}),
             Cell(6, 2, {"3"})};
  return t;
}

TEST(Tables, OneColumnALevel) {
  ingest::Document doc =
      TableDoc({"1) การบริหารเวลา (Time Management) : ความสามารถในการวางแผนงาน"}, {LevelColumns()});
  Result<ParsedCatalogue> p = ParseDocument(&doc, {});
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  ASSERT_EQ(p->catalogue.competencies.size(), 1u);
  const Competency& c = p->catalogue.competencies[0];
  EXPECT_EQ(c.name, "การบริหารเวลา");
  EXPECT_EQ(c.name_en, "Time Management");
  EXPECT_EQ(c.definition, "ความสามารถในการวางแผนงาน");
  ASSERT_EQ(c.levels.size(), 3u);
  EXPECT_EQ(c.levels[0].title, "ทำงานตามแนวทาง โดยมีพฤติกรรมบ่งชี้ ดังนี้");
  EXPECT_EQ(CellItems(c.levels[0]),
            (std::vector<std::string>{"จัดทำแผนงาน รายสัปดาห์", "ส่งงานตรงเวลา"}));
  EXPECT_EQ(c.levels[1].builds_on, 1);
  EXPECT_EQ(CellItems(c.levels[1]), (std::vector<std::string>{"ทบทวนขั้นตอนการทำงาน"}));
  EXPECT_EQ(CellItems(c.levels[2]), (std::vector<std::string>{"ออกแบบระบบใหม่"}));
  // The repeated row and the score grid are reported, not read into records.
  EXPECT_EQ(p->unused_blocks, 1);
}

// A cell across two levels' columns (an assessment form's comment box under
// the grid) is no one level's indicator.
TEST(Tables, ACellAcrossLevelsIsNoLevelsItem) {
  Table t = LevelColumns();
  t.rows = 8;
  t.cells.push_back(Cell(7, 0, {"การประเมินรายสมรรถนะ เหตุผลสนับสนุน"}, false, 2));
  t.cells.push_back(Cell(7, 2, {"ความเห็นเพิ่มเติม"}));
  ingest::Document doc = TableDoc({"1) การบริหารเวลา : ความสามารถในการวางแผนงาน"}, {t});
  Result<ParsedCatalogue> p = ParseDocument(&doc, {});
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  ASSERT_EQ(p->catalogue.competencies.size(), 1u);
  const Competency& c = p->catalogue.competencies[0];
  ASSERT_EQ(c.levels.size(), 3u);
  EXPECT_EQ(CellItems(c.levels[0]),
            (std::vector<std::string>{"จัดทำแผนงาน รายสัปดาห์", "ส่งงานตรงเวลา"}));
  EXPECT_EQ(CellItems(c.levels[1]), (std::vector<std::string>{"ทบทวนขั้นตอนการทำงาน"}));
  EXPECT_EQ(CellItems(c.levels[2]), (std::vector<std::string>{"ออกแบบระบบใหม่"}));
}

// A row without text across the table (what a printed table's frame leaves
// where a page break parts it) does not end the levels' grid as a note would.
TEST(Tables, AnEmptyRowAcrossTheTableIsNoNote) {
  Table t = LevelColumns();
  for (TableCell& c : t.cells) c.row += c.row >= 2;
  t.rows = 8;
  t.cells.push_back(Cell(2, 0, {}, false, 3));
  ingest::Document doc = TableDoc({"1) การบริหารเวลา : ความสามารถในการวางแผนงาน"}, {t});
  Result<ParsedCatalogue> p = ParseDocument(&doc, {});
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  const Competency& c = p->catalogue.competencies.at(0);
  ASSERT_EQ(c.levels.size(), 3u);
  EXPECT_EQ(c.levels[0].title, "ทำงานตามแนวทาง โดยมีพฤติกรรมบ่งชี้ ดังนี้");
  EXPECT_EQ(CellItems(c.levels[0]),
            (std::vector<std::string>{"จัดทำแผนงาน รายสัปดาห์", "ส่งงานตรงเวลา"}));
  EXPECT_EQ(CellItems(c.levels[2]), (std::vector<std::string>{"ออกแบบระบบใหม่"}));
  EXPECT_EQ(p->unused_blocks, 1);
}

// One row a level: "ระดับ" | "พฤติกรรมบ่งชี้" as the header; the level's title
// in bold, then its indicators as a list inside the cell.
TEST(Tables, OneRowALevel) {
  Table t;
  t.rows = 3;
  t.columns = 2;
  TableCell one = Cell(1, 1, {"เข้าใจงานพื้นฐาน", "ทำตามขั้นตอน", "ถามเมื่อไม่แน่ใจ"});
  one.lines[0].style.bold = true;
  one.lines[1].starts_item = one.lines[2].starts_item = true;
  one.lines[1].continues = one.lines[2].continues = false;
  TableCell two = Cell(2, 1, {"ประยุกต์ใช้ความรู้", "สอนผู้อื่นได้"});
  two.lines[1].starts_item = true;
  two.lines[1].continues = false;
  t.cells = {Cell(0, 0, {"ระดับ"}), Cell(0, 1, {"พฤติกรรมบ่งชี้"}),
             Cell(1, 0, {"1"}),    one,
             Cell(2, 0, {"2"}),    two};
  ingest::Document doc = TableDoc({"ชื่อสมรรถนะ: การเรียนรู้", "คำจำกัดความ: การใฝ่รู้"}, {t});
  Result<ParsedCatalogue> p = ParseDocument(&doc, {});
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  const Competency& c = p->catalogue.competencies.at(0);
  ASSERT_EQ(c.levels.size(), 2u);
  EXPECT_EQ(c.levels[0].title, "เข้าใจงานพื้นฐาน");
  EXPECT_EQ(CellItems(c.levels[0]), (std::vector<std::string>{"ทำตามขั้นตอน", "ถามเมื่อไม่แน่ใจ"}));
  EXPECT_EQ(c.levels[1].title, "ประยุกต์ใช้ความรู้");
  EXPECT_EQ(CellItems(c.levels[1]), (std::vector<std::string>{"สอนผู้อื่นได้"}));
  EXPECT_EQ(p->unused_blocks, 0);
}

// The last level's cell ends with the same hand-wrapped line in every
// competency: it is that level's text, never a running header between
// competencies, though it stands in every stretch before a name.
TEST(Tables, LastLevelsLineRepeatedInEveryTableIsKept) {
  auto table = [] {
    Table t;
    t.rows = 3;
    t.columns = 2;
    TableCell two = Cell(2, 1, {"สร้างแนวทางใหม่", "วิเคราะห์ข้อเสนอแนะ", "โดยอ้างอิงหลักฐาน"});
    two.lines[0].style.bold = true;
    two.lines[1].starts_item = true;
    for (Line& l : two.lines) l.continues = false;
    t.cells = {Cell(0, 0, {"ระดับ"}),        Cell(0, 1, {"พฤติกรรมบ่งชี้"}), Cell(1, 0, {"ระดับ 1"}),
               Cell(1, 1, {"ทำตามแนวทาง"}), Cell(2, 0, {"ระดับ 2"}),     two};
    return t;
  };
  ingest::Document doc;
  doc.path = "t.html";
  int n = 0;
  for (const char* name : {"การสื่อสาร", "การทำงานเป็นทีม", "การเรียนรู้"}) {
    doc.lines.push_back({.text = std::string("ชื่อ ") + name, .line = ++n});
    doc.lines.push_back({.text = "คำจำกัดความ: ความสามารถ", .line = ++n});
    doc.lines.push_back({.text = "", .line = ++n, .table = static_cast<int>(doc.tables.size())});
    doc.tables.push_back(table());
  }
  Result<ParsedCatalogue> p = ParseDocument(&doc, {});
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  ASSERT_EQ(p->catalogue.competencies.size(), 3u);
  for (const Competency& c : p->catalogue.competencies) {
    ASSERT_EQ(c.levels.size(), 2u) << c.name;
    EXPECT_EQ(CellItems(c.levels[1]), (std::vector<std::string>{"วิเคราะห์ข้อเสนอแนะ โดยอ้างอิงหลักฐาน"}))
        << c.name;
  }
}

// Label | value rows read as "label value" lines.
TEST(Tables, LabelValueRows) {
  Table t;
  t.rows = 2;
  t.columns = 2;
  t.cells = {Cell(0, 0, {"ชื่อสมรรถนะ"}), Cell(0, 1, {"การสื่อสาร"}), Cell(1, 0, {"คำจำกัดความ"}),
             Cell(1, 1, {"การส่งสารให้เข้าใจ"})};
  ingest::Document doc = TableDoc({}, {t}, {"ระดับที่ 1: ฟัง", "- จดประเด็น"});
  Result<ParsedCatalogue> p = ParseDocument(&doc, {});
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  const Competency& c = p->catalogue.competencies.at(0);
  EXPECT_EQ(c.name, "การสื่อสาร");
  EXPECT_EQ(c.definition, "การส่งสารให้เข้าใจ");
  EXPECT_EQ(CellItems(c.levels.at(0)), (std::vector<std::string>{"จดประเด็น"}));
}

// A summary table after the last competency (names and expected levels) is
// reported, never read as indicators of the last level.
TEST(Tables, SummaryTablesAreSetAside) {
  Table summary;
  summary.rows = 3;
  summary.columns = 2;
  summary.cells = {Cell(0, 0, {"สมรรถนะ"}), Cell(0, 1, {"ระดับที่คาดหวัง"}),   Cell(1, 0, {"การสื่อสาร"}),
                   Cell(1, 1, {"3"}),       Cell(2, 0, {"การทำงานเป็นทีม"}), Cell(2, 1, {"2"})};
  ingest::Document doc =
      TableDoc({"ชื่อ การสื่อสาร", "คำจำกัดความ: การส่งสาร", "ระดับที่ 1: ฟัง", "- จดประเด็น"}, {summary});
  Result<ParsedCatalogue> p = ParseDocument(&doc, {});
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(CellItems(p->catalogue.competencies.at(0).levels.at(0)),
            (std::vector<std::string>{"จดประเด็น"}));
  EXPECT_EQ(p->unused_blocks, 1);
  EXPECT_EQ(p->lines.back().role, Role::kUnused);
}

}  // namespace
}  // namespace samatthana::parse
