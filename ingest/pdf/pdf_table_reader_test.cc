#include "ingest/pdf/pdf_table_reader.h"

#include <gtest/gtest.h>

#include "ingest/pdf/pdf_test_util.h"

namespace samatthana::ingest {
namespace {

const TableCell* At(const Table& t, int row, int column) {
  for (const TableCell& c : t.cells) {
    if (c.row == row && c.column == column) return &c;
  }
  return nullptr;
}

// The cell's text, its lines joined as they wrapped.
std::string Text(const TableCell* c) {
  std::string out;
  if (c == nullptr) return out;
  for (const Line& l : c->lines) {
    if (!out.empty() && !(l.continues && l.join_tight)) out += ' ';
    out += l.text;
  }
  return out;
}

int Placeholders(const Document& doc) {
  int n = 0;
  for (const Line& l : doc.lines) n += l.table >= 0;
  return n;
}

bool Holds(const Document& doc, const std::string& text) {
  for (const Line& l : doc.lines) {
    if (l.text.find(text) != std::string::npos) return true;
  }
  return false;
}

TEST(PdfTableReader, LevelRowsOverTwoPagesAreOneTable) {
  Result<Document> doc = ReadPdf(FixtureBytes("pdf/table-rows.pdf"));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->tables.size(), 1u);
  EXPECT_EQ(Placeholders(*doc), 1);
  const Table& t = doc->tables[0];
  EXPECT_EQ(t.page, 1);
  // The header row the second page repeats is dropped: a header and five levels.
  EXPECT_EQ(t.rows, 6);
  EXPECT_EQ(t.columns, 2);
  EXPECT_EQ(Text(At(t, 0, 0)), "ระดับ");
  EXPECT_TRUE(At(t, 0, 0)->header);
  for (int level = 1; level <= 5; ++level) {
    EXPECT_EQ(Text(At(t, level, 0)), "ระดับ " + std::to_string(level));
  }
  // The level's title in bold, then its indicators, each an item.
  const TableCell* third = At(t, 3, 1);
  ASSERT_NE(third, nullptr);
  ASSERT_FALSE(third->lines.empty());
  EXPECT_EQ(third->lines[0].text, "ประยุกต์ใช้ความรู้เพื่อพัฒนางานของหน่วยงาน");
  EXPECT_TRUE(third->lines[0].style.bold);
  int items = 0, wraps = 0;
  for (const Line& l : third->lines) {
    items += l.starts_item;
    wraps += l.continues && l.join_tight;
  }
  EXPECT_EQ(items, 3);
  EXPECT_EQ(wraps, 1);  // "...ที่เชื่อ" / "ถือได้"
  EXPECT_EQ(Text(third),
            "ประยุกต์ใช้ความรู้เพื่อพัฒนางานของหน่วยงาน "
            "ประสานความรู้จากการอบรมโดยอ้างอิงหลักฐานที่เชื่อถือได้ "
            "วิเคราะห์ข้อเสนอแนะของผู้รับบริการ นำเสนอตัวชี้วัดของหน่วยงาน");
  // An indicator wrapped inside the cell is joined there.
  const TableCell* second = At(t, 2, 1);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(Text(second),
            "ปรับปรุงวิธีการทำงานของตนให้ดีขึ้น "
            "ทบทวนขั้นตอนการให้บริการร่วมกับเพื่อนร่วมงานและผู้รับบริการทุกกลุ่มอย่างเป็นระบบ");
  // The page's text keeps what stands outside the table, and only that.
  EXPECT_TRUE(Holds(*doc, "ชื่อสมรรถนะ การทำงานเป็นทีม"));
  EXPECT_TRUE(Holds(*doc, "หมายเหตุ"));
  EXPECT_FALSE(Holds(*doc, "พฤติกรรมบ่งชี้"));
  EXPECT_FALSE(Holds(*doc, "ระดับ 1"));
}

TEST(PdfTableReader, LevelColumnsWithARowCutByThePage) {
  Result<Document> doc = ReadPdf(FixtureBytes("pdf/table-columns.pdf"));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->tables.size(), 1u);
  const Table& t = doc->tables[0];
  EXPECT_EQ(t.columns, 5);
  EXPECT_EQ(t.rows, 6);
  EXPECT_EQ(Text(At(t, 0, 0)), "ระดับสมรรถนะ");
  EXPECT_EQ(At(t, 0, 0)->column_span, 5);
  EXPECT_EQ(Text(At(t, 1, 4)), "ระดับ 5");
  EXPECT_EQ(Text(At(t, 3, 0)), "☐ จัดทำแผนการทำงานรายสัปดาห์อย่างสม่ำเสมอ");
  EXPECT_TRUE(At(t, 3, 0)->lines.front().starts_item);
  // The last row's first cell runs on to the second page: one cell, one item.
  const TableCell* cut = At(t, 5, 0);
  ASSERT_NE(cut, nullptr);
  EXPECT_EQ(cut->lines.front().page, 1);
  EXPECT_EQ(cut->lines.back().page, 2);
  int items = 0;
  for (const Line& l : cut->lines) items += l.starts_item;
  EXPECT_EQ(items, 1);
  EXPECT_EQ(Text(At(t, 5, 2)), "☐ นำเสนอตัวชี้วัดของหน่วยงาน");
}

TEST(PdfTableReader, RowCutAndFramedOnBothPagesIsOneRow) {
  Result<Document> doc = ReadPdf(FixtureBytes("pdf/table-rows-closed.pdf"));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->tables.size(), 1u);
  const Table& t = doc->tables[0];
  // The part on the second page names no level: it is the third level's rest.
  EXPECT_EQ(t.rows, 6);
  for (int level = 1; level <= 5; ++level) {
    EXPECT_EQ(Text(At(t, level, 0)), "ระดับ " + std::to_string(level));
  }
  const TableCell* cut = At(t, 3, 1);
  ASSERT_NE(cut, nullptr);
  EXPECT_EQ(cut->lines.front().page, 1);
  EXPECT_EQ(cut->lines.back().page, 2);
  // The indicator the page break cut goes on without a bullet: still one item.
  int items = 0;
  for (const Line& l : cut->lines) items += l.starts_item;
  EXPECT_EQ(items, 3);
  EXPECT_NE(Text(cut).find("ประสานความรู้จากการอบรมโดยอ้างอิงหลักฐานที่เชื่อถือได้"), std::string::npos)
      << Text(cut);
}

TEST(PdfTableReader, ItemRowCutAndFramedOnBothPagesIsOneRow) {
  Result<Document> doc = ReadPdf(FixtureBytes("pdf/table-columns-closed.pdf"));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->tables.size(), 1u);
  const Table& t = doc->tables[0];
  // Levels, titles, two rows of items (the second cut by the page), and a
  // row that opens a new item behind its checkbox.
  EXPECT_EQ(t.rows, 5);
  const TableCell* cut = At(t, 3, 0);
  ASSERT_NE(cut, nullptr);
  EXPECT_EQ(cut->lines.front().page, 1);
  EXPECT_EQ(cut->lines.back().page, 2);
  int items = 0;
  for (const Line& l : cut->lines) items += l.starts_item;
  EXPECT_EQ(items, 1);
  EXPECT_EQ(Text(At(t, 4, 2)), "☐ วิเคราะห์ข้อเสนอแนะของผู้รับบริการ");
}

TEST(PdfTableReader, StrokedGridWithSpans) {
  Result<Document> doc = ReadPdf(FixtureBytes("pdf/table-stroked.pdf"));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->tables.size(), 1u);
  const Table& t = doc->tables[0];
  EXPECT_EQ(t.rows, 4);
  EXPECT_EQ(t.columns, 3);
  EXPECT_EQ(Text(At(t, 0, 1)), "พฤติกรรมบ่งชี้");
  EXPECT_EQ(At(t, 0, 1)->column_span, 2);
  EXPECT_EQ(Text(At(t, 1, 0)), "ระดับ 1");
  EXPECT_EQ(At(t, 1, 0)->row_span, 2);
  EXPECT_EQ(At(t, 2, 0), nullptr);
  EXPECT_EQ(Text(At(t, 3, 2)), "ทบทวนขั้นตอนการให้บริการร่วมกับเพื่อนร่วมงานและผู้รับบริการทุกกลุ่มอย่างเป็นระบบ");
  // The text before and after the table, with the table between them.
  ASSERT_EQ(doc->lines.size(), 3u);
  EXPECT_EQ(doc->lines[0].text, "ตารางทดสอบ");
  EXPECT_EQ(doc->lines[1].table, 0);
  EXPECT_EQ(doc->lines[2].text, "ข้อความหลังตาราง");
  EXPECT_FALSE(doc->lines[2].continues);
}

TEST(PdfTableReader, TextWithoutRulesHasNoTables) {
  for (const char* name :
       {"cpd-competencies.pdf", "pdf/wraps.pdf", "pdf/shape-bullets.pdf", "pdf/furniture.pdf"}) {
    Result<Document> doc = ReadPdf(FixtureBytes(name));
    ASSERT_TRUE(doc.ok()) << name;
    EXPECT_TRUE(doc->tables.empty()) << name;
    EXPECT_EQ(Placeholders(*doc), 0) << name;
  }
}

}  // namespace
}  // namespace samatthana::ingest
