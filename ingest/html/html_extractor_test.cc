#include "ingest/html/html_extractor.h"

#include <gtest/gtest.h>

namespace samatthana::ingest {
namespace {

struct Got {
  std::string text;
  int line;
  bool item;
};

std::vector<Got> Page(std::string_view html, HtmlOptions options = {}) {
  std::vector<Line> lines;
  Status s = ExtractHtmlLines(html, 1, "t.html", options, &lines);
  EXPECT_TRUE(s.ok()) << s.ToString();
  std::vector<Got> out;
  for (const Line& l : lines) out.push_back({l.text, l.line, l.starts_item});
  return out;
}

std::vector<std::string> Texts(const std::vector<Got>& got) {
  std::vector<std::string> out;
  for (const Got& g : got) out.push_back((g.item ? "* " : "") + g.text);
  return out;
}

TEST(HtmlExtractor, BlocksAndBreaksEndLines) {
  EXPECT_EQ(Texts(Page("<div>ก<b>ข</b></div><p>ค<br>ง</p><h3>จ</h3>")),
            (std::vector<std::string>{"กข", "ค", "ง", "จ"}));
}

TEST(HtmlExtractor, TheCellsOfATableRowReadAsOneLine) {
  EXPECT_EQ(Texts(Page("<table><tr><td>ชื่อ</td><td>ก</td></tr>"
                       "<tr><th>ระดับที่ ๑:</th><td>ข<ul><li>ค</li></ul></td></tr></table>")),
            (std::vector<std::string>{"ชื่อ ก", "ระดับที่ ๑: ข", "* ค"}));
}

TEST(HtmlExtractor, APagesCharsetDeclarationDoesNotDecodeItAgain) {
  // The text reaches the parser as UTF-8 whatever the page declares.
  testing::internal::CaptureStderr();
  std::vector<Got> got = Page(
      "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-874'>"
      "</head><body><p>ชื่อ การคิด</p></body></html>");
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "");
  EXPECT_EQ(Texts(got), (std::vector<std::string>{"ชื่อ การคิด"}));
}

TEST(HtmlExtractor, ListItemsAndParagraphsInListsStartItems) {
  EXPECT_EQ(Texts(Page("<p>หัว</p><ul><li>ก</li><li>ข<p>ค</p></ul><p>ง</p>")),
            (std::vector<std::string>{"หัว", "* ก", "* ข", "* ค", "ง"}));
}

TEST(HtmlExtractor, EntitiesAreDecoded) {
  EXPECT_EQ(Texts(Page("<p>ก&nbsp;&amp;&#3586;&#x0E04;</p>")),
            (std::vector<std::string>{"ก\u00A0&ขค"}));
}

TEST(HtmlExtractor, StyleScriptAndHeadAreDropped) {
  EXPECT_EQ(Texts(Page("<html><head><title>T</title><style>p{}</style></head><body>"
                       "<script>var a = '<p>x</p>';</script><p>ก</p><nav>menu</nav></body>")),
            (std::vector<std::string>{"ก"}));
}

TEST(HtmlExtractor, UnclosedTagsAreTolerated) {
  EXPECT_EQ(Texts(Page("<p>ก<ul style=\"list-style-type: none\">● ข● ค<p>ง")),
            (std::vector<std::string>{"ก", "● ข● ค", "* ง"}));
}

TEST(HtmlExtractor, PageNewlinesAreSpacesFragmentNewlinesEndLines) {
  EXPECT_EQ(Texts(Page("<p>ก\nข</p>")), (std::vector<std::string>{"ก ข"}));
  HtmlOptions fragments;
  fragments.newlines_end_lines = true;
  EXPECT_EQ(Texts(Page("<p>ก</p>\nข\nค", fragments)), (std::vector<std::string>{"ก", "ข", "ค"}));
}

TEST(HtmlExtractor, LinesKeepTheirSourceLine) {
  auto got = Page("<p>\nก</p>\n\n<p>ข\n</p>");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].line, 2);
  EXPECT_EQ(got[1].line, 4);
}

TEST(HtmlExtractor, DeepNestingIsRefusedWithTheLimit) {
  std::string deep;
  for (int i = 0; i < 600; ++i) deep += "<div>";
  deep += "ก";
  std::vector<Line> lines;
  HtmlOptions options;
  options.max_depth = 512;
  Status s = ExtractHtmlLines(deep, 1, "deep.html", options, &lines);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("--max-html-depth"), std::string::npos) << s.ToString();
  options.max_depth = 1000;
  lines.clear();
  EXPECT_TRUE(ExtractHtmlLines(deep, 1, "deep.html", options, &lines).ok());
}

TEST(FragmentLines, BlankLinesCloseListsAFragmentLeftOpen) {
  std::vector<Line> lines;
  Status s = ExtractFragmentLines("ชื่อ ก\n\n<p>ระดับที่ ๑: x</p> <ul>● a\n\n- b\n<p>คำ</p>\n", "f.txt",
                                  {}, &lines);
  ASSERT_TRUE(s.ok()) << s.ToString();
  std::vector<std::string> texts;
  for (const Line& l : lines) {
    texts.push_back(std::to_string(l.line) + (l.starts_item ? " * " : " ") + l.text);
  }
  EXPECT_EQ(texts, (std::vector<std::string>{"1 ชื่อ ก", "3 ระดับที่ ๑: x", "3 ● a", "5 - b", "6 คำ"}));
}

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
