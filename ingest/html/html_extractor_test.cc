#include "ingest/html/html_extractor.h"

#include <gtest/gtest.h>

namespace samatthana::ingest {
namespace {

Document Read(std::string_view html, HtmlOptions options = {}) {
  Document doc;
  Status s = ExtractHtmlLines(html, 1, "t.html", options, &doc);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return doc;
}

Document ReadFragments(std::string_view text) {
  Document doc;
  Status s = ExtractFragmentLines(text, "f.txt", {}, &doc);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return doc;
}

// A line as the tests write it: "* " starts an item, "+ " continues the line
// before with a space, "~ " without one, "_ " stands after a gap; a table's
// place reads "table N".
std::string Show(const Line& l) {
  if (l.table >= 0) return (l.after_gap ? "_ table " : "table ") + std::to_string(l.table);
  std::string out;
  if (l.after_gap) out += "_ ";
  if (l.starts_item) out += "* ";
  if (l.continues) out += l.join_tight ? "~ " : "+ ";
  return out + l.text;
}

std::vector<std::string> Texts(const std::vector<Line>& lines) {
  std::vector<std::string> out;
  out.reserve(lines.size());
  for (const Line& l : lines) out.push_back(Show(l));
  return out;
}

std::vector<std::string> Texts(std::string_view html) { return Texts(Read(html).lines); }

// Each line's text with its look: [h]eading, [b]old, [c]entred.
std::vector<std::string> Styles(std::string_view html) {
  std::vector<std::string> out;
  for (const Line& l : Read(html).lines) {
    std::string look = std::string(l.style.heading ? "h" : "") + (l.style.bold ? "b" : "") +
                       (l.style.centered ? "c" : "");
    out.push_back(l.text + (look.empty() ? "" : " [" + look + "]"));
  }
  return out;
}

// A table's cells, one a string: "row,column" (with "+rows" and ">columns"
// past a span of 1, "h" for a header cell), then the cell's lines.
std::vector<std::string> Cells(const Table& table) {
  std::vector<std::string> out;
  for (const TableCell& c : table.cells) {
    std::string s = std::to_string(c.row) + "," + std::to_string(c.column);
    if (c.row_span > 1) s += " +" + std::to_string(c.row_span);
    if (c.column_span > 1) s += " >" + std::to_string(c.column_span);
    if (c.header) s += " h";
    s += ":";
    for (const Line& l : c.lines) s += " " + Show(l) + " |";
    out.push_back(s);
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(HtmlExtractor, BlocksAndBreaksEndLines) {
  EXPECT_EQ(Texts("<div>ก<b>ข</b></div><p>ค x<br>y ง</p><h3>จ</h3>"),
            (Strings{"กข", "ค x", "+ y ง", "จ"}));
}

TEST(HtmlExtractor, APagesCharsetDeclarationDoesNotDecodeItAgain) {
  // The text reaches the parser as UTF-8 whatever the page declares.
  testing::internal::CaptureStderr();
  Strings got = Texts(
      "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-874'>"
      "</head><body><p>ชื่อ การคิด</p></body></html>");
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "");
  EXPECT_EQ(got, (Strings{"ชื่อ การคิด"}));
}

TEST(HtmlExtractor, ListItemsAndParagraphsInListsStartItems) {
  EXPECT_EQ(Texts("<p>หัว</p><ul><li>ก</li><li>ข<p>ค</p></ul><p>ง</p>"),
            (Strings{"หัว", "* ก", "* ข", "* ค", "ง"}));
}

TEST(HtmlExtractor, EntitiesAreDecoded) {
  EXPECT_EQ(Texts("<p>ก&nbsp;&amp;&#3586;&#x0E04;</p>"), (Strings{"ก\u00A0&ขค"}));
}

TEST(HtmlExtractor, StyleScriptAndHeadAreDropped) {
  EXPECT_EQ(Texts("<html><head><title>T</title><style>p{}</style></head><body>"
                  "<script>var a = '<p>x</p>';</script><p>ก</p><nav>menu</nav></body>"),
            (Strings{"ก"}));
}

TEST(HtmlExtractor, UnclosedTagsAreTolerated) {
  EXPECT_EQ(Texts("<p>ก<ul style=\"list-style-type: none\">● ข● ค<p>ง"),
            (Strings{"ก", "● ข● ค", "* ง"}));
}

TEST(HtmlExtractor, PageNewlinesAreSpacesFragmentNewlinesEndLines) {
  EXPECT_EQ(Texts("<p>ก\nข</p>"), (Strings{"ก ข"}));
  HtmlOptions fragments;
  fragments.newlines_end_lines = true;
  EXPECT_EQ(Texts(Read("<p>ก</p>\nข\nค", fragments).lines), (Strings{"ก", "ข", "ค"}));
}

TEST(HtmlExtractor, LinesKeepTheirSourceLine) {
  Document doc = Read("<p>\nก</p>\n\n<p>ข\n</p>\n<table>\n<tr><td>\nค</td></tr></table>");
  ASSERT_EQ(doc.lines.size(), 3u);
  EXPECT_EQ(doc.lines[0].line, 2);
  EXPECT_EQ(doc.lines[1].line, 4);
  EXPECT_EQ(doc.lines[2].line, 6);  // the table, where it starts
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_EQ(doc.tables[0].line, 6);
  EXPECT_EQ(doc.tables[0].cells[0].lines[0].line, 8);
}

TEST(HtmlExtractor, DeepNestingIsRefusedWithTheLimit) {
  std::string deep;
  for (int i = 0; i < 600; ++i) deep += "<div>";
  deep += "ก";
  Document doc;
  HtmlOptions options;
  options.max_depth = 512;
  Status s = ExtractHtmlLines(deep, 1, "deep.html", options, &doc);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("--max-html-depth"), std::string::npos) << s.ToString();
  options.max_depth = 1000;
  Document again;
  EXPECT_TRUE(ExtractHtmlLines(deep, 1, "deep.html", options, &again).ok());
}

TEST(HtmlExtractor, OverlongLineIsRefusedWithItsLine) {
  HtmlOptions options;
  options.max_line_bytes = 100;
  Document doc;
  Status s = ExtractHtmlLines("<p>ok</p>\n<table><tr><td>" + std::string(200, 'x'), 1, "t.html",
                              options, &doc);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.location().line, 2);
  EXPECT_NE(s.message().find("--max-line-length"), std::string::npos);
}

// --- Tables ---

TEST(HtmlTables, ATableStandsInTheLinesWhereItIs) {
  Document doc = Read(
      "<p>ก</p><table><tr><td>ข</td></tr></table><p>ค</p>"
      "<table><tr><td>ง</td></tr></table>");
  EXPECT_EQ(Texts(doc.lines), (Strings{"ก", "table 0", "ค", "table 1"}));
  ASSERT_EQ(doc.tables.size(), 2u);
  EXPECT_EQ(Cells(doc.tables[1]), (Strings{"0,0: ง |"}));
}

TEST(HtmlTables, AColumnForEachLevel) {
  // A heading row across every level column, the levels' names and titles,
  // then one indicator a level per row, each behind a checkbox; a level
  // with fewer indicators leaves its cell empty.
  Document doc = Read(
      "<table align=\"center\">"
      "<tr align=\"center\"><td colspan=\"3\"><b>ระดับสมรรถนะ</b</td></tr>"
      "<tr><td><b>ระดับ 1</b></td><td><b>ระดับ 2</b></td><td><b>ระดับ 3</b></td></tr>"
      "<tr><td>ทำงานได้<br>ตามเป้าหมาย</td><td>แสดงสมรรถนะระดับที่ 1 <br>และพัฒนางาน</td>"
      "<td>แสดงสมรรถนะระดับที่ 2</td></tr>"
      "<tr><td><input type=\"checkbox\" name=\"s\">\n ตรงต่อเวลา</td>"
      "<td><input type=\"checkbox\"> วางแผนงาน</td><td><input type=\"checkbox\"> สอนผู้อื่น</td></tr>"
      "<tr><td><input type=\"checkbox\"> ขยันหมั่นเพียร</td><td></td><td></td></tr>"
      "</table>");
  EXPECT_EQ(Texts(doc.lines), (Strings{"table 0"}));
  ASSERT_EQ(doc.tables.size(), 1u);
  const Table& t = doc.tables[0];
  EXPECT_EQ(t.rows, 5);
  EXPECT_EQ(t.columns, 3);
  EXPECT_EQ(Cells(t),
            (Strings{"0,0 >3: ระดับสมรรถนะ |", "1,0: ระดับ 1 |", "1,1: ระดับ 2 |", "1,2: ระดับ 3 |",
                     "2,0: ทำงานได้ | ~ ตามเป้าหมาย |", "2,1: แสดงสมรรถนะระดับที่ 1 | + และพัฒนางาน |",
                     "2,2: แสดงสมรรถนะระดับที่ 2 |", "3,0: * ตรงต่อเวลา |", "3,1: * วางแผนงาน |",
                     "3,2: * สอนผู้อื่น |", "4,0: * ขยันหมั่นเพียร |", "4,1:", "4,2:"}));
  EXPECT_TRUE(t.cells[0].lines[0].style.bold);
  EXPECT_TRUE(t.cells[0].lines[0].style.centered);  // from the row, not the table
  EXPECT_FALSE(t.cells[4].lines[0].style.centered);
}

TEST(HtmlTables, ARowForEachLevel) {
  Document doc = Read(
      "<table><tr><th>ระดับ</th><th>พฤติกรรมบ่งชี้</th></tr>"
      "<tr><td>1</td><td><b>รู้จักงานของตน</b><ul><li>ทำงานตามคำสั่ง</li><li>ถามเมื่อไม่แน่ใจ</li>"
      "</ul></td></tr>"
      "<tr><td>2</td><td><b>ปรับปรุงงาน</b><ul><li>เสนอวิธีใหม่</li></ul></td></tr></table>");
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_EQ(doc.tables[0].rows, 3);
  EXPECT_EQ(doc.tables[0].columns, 2);
  EXPECT_EQ(Cells(doc.tables[0]), (Strings{"0,0 h: ระดับ |", "0,1 h: พฤติกรรมบ่งชี้ |", "1,0: 1 |",
                                           "1,1: รู้จักงานของตน | * ทำงานตามคำสั่ง | * ถามเมื่อไม่แน่ใจ |",
                                           "2,0: 2 |", "2,1: ปรับปรุงงาน | * เสนอวิธีใหม่ |"}));
  EXPECT_TRUE(doc.tables[0].cells[3].lines[0].style.bold);
  EXPECT_FALSE(doc.tables[0].cells[3].lines[1].style.bold);
}

TEST(HtmlTables, ALabelAndItsValue) {
  Document doc = Read(
      "<table><tr><td>ชื่อสมรรถนะ</td><td>การทำงานเป็นทีม</td></tr>"
      "<tr><td>คำจำกัดความ</td><td>ความตั้งใจทำงานร่วมกับผู้อื่น</td></tr></table>");
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_EQ(Cells(doc.tables[0]), (Strings{"0,0: ชื่อสมรรถนะ |", "0,1: การทำงานเป็นทีม |",
                                           "1,0: คำจำกัดความ |", "1,1: ความตั้งใจทำงานร่วมกับผู้อื่น |"}));
}

TEST(HtmlTables, SpansArePlacedAsBrowsersPlaceThem) {
  Document doc = Read(
      "<table><thead><tr><th colspan=\"3\">หัว</th></tr></thead>"
      "<tr><td rowspan=\"2\">ก</td><td colspan=\"2\">ข</td></tr>"
      "<tr><td>ค</td><td>ง</td></tr>"
      "<tr><td>จ</td><td rowspan=\"3\">ฉ</td><td>ช</td></tr>"
      "<tr><td>ซ</td><td>ฌ</td></tr></table>");
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_EQ(doc.tables[0].rows, 5);
  EXPECT_EQ(doc.tables[0].columns, 3);
  // ค goes past the slot ก covers; ฉ's rowspan ends with the table; ฌ goes
  // past ฉ.
  EXPECT_EQ(Cells(doc.tables[0]),
            (Strings{"0,0 >3 h: หัว |", "1,0 +2: ก |", "1,1 >2: ข |", "2,1: ค |", "2,2: ง |",
                     "3,0: จ |", "3,1 +2: ฉ |", "3,2: ช |", "4,0: ซ |", "4,2: ฌ |"}));
}

TEST(HtmlTables, CellsOutsideARowStartOne) {
  Document doc = Read("<table><td>ก<td>ข</table>");
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_EQ(Cells(doc.tables[0]), (Strings{"0,0: ก |", "0,1: ข |"}));
}

TEST(HtmlTables, ATableInsideACellGivesItsLinesToTheCell) {
  Document doc = Read(
      "<table><tr><td><p>ก</p><table><tr><td>ข</td><td>ค<br>ง</td></tr>"
      "<tr><td>จ</td></tr></table>ฉ</td><td>ช</td></tr></table>");
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_EQ(Texts(doc.lines), (Strings{"table 0"}));
  EXPECT_EQ(Cells(doc.tables[0]), (Strings{"0,0: ก | ข | ค | ~ ง | จ | ฉ |", "0,1: ช |"}));
}

TEST(HtmlTables, AnEmptyTableIsNoTable) {
  EXPECT_EQ(Texts("<p>ก</p><table><tr></tr></table><p>ข</p>"), (Strings{"ก", "ข"}));
}

TEST(HtmlTables, TextOutsideTheCellsReadsBeforeTheTable) {
  // Browsers move it out of the table, in front of it.
  EXPECT_EQ(Texts("<table><caption>ตาราง</caption><tr><td>ก</td></tr></table>"),
            (Strings{"ตาราง", "table 0"}));
}

TEST(HtmlTables, HostileTablesAreRefusedWithTheFile) {
  std::string wide = "<table>";
  for (int i = 0; i < 101; ++i) wide += "<tr><td colspan=\"1000\">ก</td></tr>";
  Document doc;
  Status s = ExtractHtmlLines(wide + "</table>", 1, "wide.html", {}, &doc);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.location().file, "wide.html");
  EXPECT_NE(s.ToString().find("100000 cells"), std::string::npos) << s.ToString();

  std::string rows = "<table>";
  for (int i = 0; i < 100001; ++i) rows += "<tr>";
  Document doc2;
  EXPECT_FALSE(ExtractHtmlLines(rows, 1, "rows.html", {}, &doc2).ok());
}

TEST(HtmlTables, SpansAreClamped) {
  Document doc = Read(
      "<table><tr><td colspan=\"99999999999\" rowspan=\"70000\">ก</td></tr>"
      "<tr><td colspan=\"0\" rowspan=\"x\">ข</td></tr></table>");
  ASSERT_EQ(doc.tables.size(), 1u);
  const Table& t = doc.tables[0];
  EXPECT_EQ(t.rows, 2);
  EXPECT_EQ(t.columns, 1001);  // ข goes past the slot ก covers
  ASSERT_EQ(t.cells.size(), 2u);
  EXPECT_EQ(t.cells[0].column_span, 1000);
  EXPECT_EQ(t.cells[0].row_span, 2);
  EXPECT_EQ(t.cells[1].column, 1000);
  EXPECT_EQ(t.cells[1].column_span, 1);
}

// --- Breaks, items and gaps ---

TEST(HtmlBreaks, ABreakInsideAThaiWordJoinsWithoutASpace) {
  EXPECT_EQ(Texts("<p>พัฒนาวิธีการทำ<br>งานให้ดี</p>"), (Strings{"พัฒนาวิธีการทำ", "~ งานให้ดี"}));
  // Blanks at the break do not count: the letters on both sides do.
  EXPECT_EQ(Texts("<p>ไม่เคยมีใคร&nbsp;\n <br>&nbsp;ได้ทำมาก่อน</p>"),
            (Strings{"ไม่เคยมีใคร", "~ ได้ทำมาก่อน"}));
  // Between words they stay.
  EXPECT_EQ(Texts("<p>ก&nbsp;<br>&nbsp;1</p>"), (Strings{"ก\u00A0", "+ \u00A01"}));
}

TEST(HtmlBreaks, ABreakBetweenWordsJoinsWithASpace) {
  EXPECT_EQ(Texts("<p>ระดับที่ 3 <br>และพัฒนางาน</p>"), (Strings{"ระดับที่ 3", "+ และพัฒนางาน"}));
  EXPECT_EQ(Texts("<p>ระดับที่ ๓<br>และ</p>"), (Strings{"ระดับที่ ๓", "+ และ"}));
  EXPECT_EQ(Texts("<p>work<br>plan</p>"), (Strings{"work", "+ plan"}));
}

TEST(HtmlBreaks, TwoBreaksLeaveAGap) {
  EXPECT_EQ(Texts("<p>ก<br><br>ข<br>\n<br>ค</p>"), (Strings{"ก", "_ ข", "_ ค"}));
}

TEST(HtmlBreaks, ANewBlockDoesNotContinue) {
  EXPECT_EQ(Texts("<p>ก<br></p><p>ข</p><br>ค"), (Strings{"ก", "ข", "ค"}));
}

TEST(HtmlBreaks, EmptyParagraphsAndRulesLeaveAGap) {
  EXPECT_EQ(Texts("<p>ก</p><p></p><p>ข</p><p>&nbsp;</p><p>ค</p><hr><p>ง</p>"),
            (Strings{"ก", "_ ข", "_ ค", "_ ง"}));
  // A table takes the gap before it.
  EXPECT_EQ(Texts("<p>ก</p><p> </p><table><tr><td>ข</td></tr></table>"),
            (Strings{"ก", "_ table 0"}));
}

TEST(HtmlBreaks, ACheckboxAtTheStartOfALineStartsAnItem) {
  EXPECT_EQ(Texts("<p><input type=\"checkbox\"> ก</p><p>ข <input type=\"checkbox\"> ค</p>"
                  "<p>ง<br><input type=\"RADIO\" name=\"r\">จ</p><p><input type=\"text\">ฉ</p>"),
            (Strings{"* ก", "ข  ค", "ง", "* จ", "ฉ"}));
}

// --- Styles ---

TEST(HtmlStyles, HeadingsBoldAndCentred) {
  EXPECT_EQ(Styles("<h2>สมรรถนะหลัก</h2><p><b>ชื่อ</b></p><p><strong>ก</strong> ข</p>"
                   "<p><b>ค</b> <b>ง</b></p><center>จ</center>"),
            (Strings{"สมรรถนะหลัก [h]", "ชื่อ [b]", "ก ข", "ค ง [b]", "จ [c]"}));
}

TEST(HtmlStyles, StyleAttributesAndAlign) {
  EXPECT_EQ(
      Styles("<p style=\"font-weight: 700\">ก</p><p style=\"FONT-WEIGHT:bold !important\">ข</p>"
             "<p><b>ค<span style=\"font-weight:normal\">ง</span></b></p>"
             "<div align=\"center\">จ<p align=\"left\">ฉ</p></div>"
             "<div style=\"text-align: center\"><p>ช</p></div>"),
      (Strings{"ก [b]", "ข [b]", "คง", "จ [c]", "ฉ", "ช [c]"}));
}

TEST(HtmlStyles, ATablesAlignPlacesTheTableNotItsText) {
  Document doc = Read(
      "<table align=\"center\"><tr><td>ก</td><td align=\"center\">ข</td></tr></table>"
      "<table style=\"text-align:center\"><tr><td>ค</td></tr></table>");
  ASSERT_EQ(doc.tables.size(), 2u);
  EXPECT_FALSE(doc.tables[0].cells[0].lines[0].style.centered);
  EXPECT_TRUE(doc.tables[0].cells[1].lines[0].style.centered);
  EXPECT_TRUE(doc.tables[1].cells[0].lines[0].style.centered);
}

// --- Server pages and malformed tags ---

TEST(HtmlExtractor, ServerDirectivesAndTemplateTagsAreNotText) {
  Document doc = Read(
      "<%@ Page Title=\"\" Language=\"C#\" %>\n"
      "<asp:Content ID=\"C1\" runat=\"server\">\n</asp:Content>\n"
      "<asp:Content ID=\"C2\" runat=\"server\">\n"
      "<p><b>ก</b> <asp:Label ID=\"L1\" runat=\"server\" Text=\"Label\"></asp:Label></p>\n"
      "<p><%= DateTime.Now %>ข<?php echo 1; ?></p>\n"
      "</asp:Content>");
  EXPECT_EQ(Texts(doc.lines), (Strings{"ก", "ข"}));
  EXPECT_EQ(doc.lines[0].line, 5);
  EXPECT_EQ(doc.lines[1].line, 6);
}

TEST(HtmlExtractor, AClosingTagWithoutItsBracketEndsTheElement) {
  Document doc = Read(
      "<table><tr><td colspan=\"2\"><b>ระดับสมรรถนะ</b</td></tr>"
      "<tr><td>ก</td><td valign=\"top\"colspan=\"1\">ข</td></tr></table><p>ค</p>");
  EXPECT_EQ(Texts(doc.lines), (Strings{"table 0", "ค"}));
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_EQ(Cells(doc.tables[0]), (Strings{"0,0 >2: ระดับสมรรถนะ |", "1,0: ก |", "1,1: ข |"}));
}

// --- Pasted fragments ---

TEST(FragmentLines, BlankLinesCloseListsAFragmentLeftOpen) {
  Document doc = ReadFragments("ชื่อ ก\n\n<p>ระดับที่ ๑: x</p> <ul>● a\n\n- b\n<p>คำ</p>\n");
  std::vector<std::string> texts;
  for (const Line& l : doc.lines) {
    texts.push_back(std::to_string(l.line) + (l.starts_item ? " * " : " ") + l.text);
  }
  EXPECT_EQ(texts, (Strings{"1 ชื่อ ก", "3 ระดับที่ ๑: x", "3 ● a", "5 - b", "6 คำ"}));
}

TEST(FragmentLines, ABlankLineInsideATableDoesNotEndIt) {
  Document doc = ReadFragments(
      "ชื่อ ก\n\n<TABLE><tr><td><b>ระดับ 1</b</td>\n\n<td>ระดับ 2</td></tr>\n"
      "\n<tr><td>ข\n\nค</td><td>ง</td></tr></Table>\n\nจ\n");
  EXPECT_EQ(Texts(doc.lines), (Strings{"ชื่อ ก", "_ table 0", "_ จ"}));
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_EQ(doc.tables[0].line, 3);
  EXPECT_EQ(Cells(doc.tables[0]),
            (Strings{"0,0: ระดับ 1 |", "0,1: ระดับ 2 |", "1,0: ข | ค |", "1,1: ง |"}));
  EXPECT_EQ(doc.tables[0].cells[2].lines[1].line, 9);
}

TEST(FragmentLines, TablesOfEveryBlockAreNumberedInOrder) {
  Document doc = ReadFragments(
      "<table><tr><td>ก</td></tr></table>\n\nข\n\n"
      "<table><tr><td>ค</td></tr></table>\n");
  EXPECT_EQ(Texts(doc.lines), (Strings{"table 0", "_ ข", "_ table 1"}));
  ASSERT_EQ(doc.tables.size(), 2u);
  EXPECT_EQ(Cells(doc.tables[1]), (Strings{"0,0: ค |"}));
}

TEST(FragmentLines, ServerDirectivesAreNotText) {
  Document doc = ReadFragments("<%@ Page Language=\"C#\" %>\nชื่อ ก\n<p>ข</p>\n");
  EXPECT_EQ(Texts(doc.lines), (Strings{"ชื่อ ก", "ข"}));
  EXPECT_EQ(doc.lines[0].line, 2);
}

// --- Plain text ---

TEST(TextLines, OneLinePerSourceLineBlankDropped) {
  std::vector<Line> lines;
  ASSERT_TRUE(ExtractTextLines("ก\r\n\n  \nข", "t.txt", 100, &lines).ok());
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, "ก");
  EXPECT_EQ(lines[1].line, 4);
}

TEST(TextLines, OverlongLineIsRefusedWithItsNumber) {
  std::vector<Line> lines;
  Status s = ExtractTextLines("ok\n" + std::string(200, 'x'), "t.txt", 100, &lines);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.location().line, 2);
  EXPECT_NE(s.message().find("--max-line-length"), std::string::npos);
}

}  // namespace
}  // namespace samatthana::ingest
