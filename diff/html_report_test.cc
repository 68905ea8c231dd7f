#include <gtest/gtest.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <poppler-document.h>
#include <poppler-page.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "diff/report.h"
#include "diff/sample_diff.h"
#include "tests/browser_print.h"

namespace samatthana::diff {
namespace {

using testing::WithoutSpaces;

// The page parsed back with libxml2's HTML parser, and whether it parsed cleanly.
struct Parsed {
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc{nullptr, xmlFreeDoc};
  bool well_formed = false;
};

// Parses `html` as a browser-bound page (no network), keeping the parser's verdict.
Parsed Parse(const std::string& html) {
  Parsed p;
  std::unique_ptr<htmlParserCtxt, decltype(&htmlFreeParserCtxt)> ctxt(htmlNewParserCtxt(),
                                                                      htmlFreeParserCtxt);
  p.doc.reset(htmlCtxtReadMemory(ctxt.get(), html.data(), static_cast<int>(html.size()),
                                 "report.html", nullptr,
                                 HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING));
  p.well_formed = p.doc != nullptr && ctxt->wellFormed && ctxt->errNo == 0;
  return p;
}

// The element's tag name.
std::string Name(const xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

// The text of `node` with runs of whitespace as one space and none at the
// ends, as a browser shows it: the serializer indents block elements.
std::string Content(const xmlNode* node) {
  std::unique_ptr<xmlChar, decltype(xmlFree)> text(xmlNodeGetContent(node), xmlFree);
  std::string out;
  bool space = false;
  for (const char* c = text ? reinterpret_cast<const char*>(text.get()) : ""; *c; ++c) {
    if (*c == ' ' || *c == '\n' || *c == '\t' || *c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += *c;
  }
  return out;
}

// The value of attribute `name`, or empty.
std::string Attribute(const xmlNode* node, const char* name) {
  std::unique_ptr<xmlChar, decltype(xmlFree)> value(
      xmlGetProp(node, reinterpret_cast<const xmlChar*>(name)), xmlFree);
  return value ? reinterpret_cast<const char*>(value.get()) : "";
}

// Every element under `node`, in document order.
void Elements(xmlNode* node, std::vector<xmlNode*>* out) {
  for (xmlNode* n = node; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    out->push_back(n);
    Elements(n->children, out);
  }
}

// Every element of the page, in document order.
std::vector<xmlNode*> Elements(const Parsed& p) {
  std::vector<xmlNode*> out;
  Elements(xmlDocGetRootElement(p.doc.get()), &out);
  return out;
}

// The texts of every `name` element (del, ins, ...).
std::vector<std::string> Texts(const Parsed& p, const std::string& name) {
  std::vector<std::string> texts;
  for (xmlNode* n : Elements(p)) {
    if (Name(n) == name) texts.push_back(Content(n));
  }
  return texts;
}

// Whether `text` is one of `texts`.
bool Contains(const std::vector<std::string>& texts, const std::string& text) {
  for (const std::string& t : texts) {
    if (t == text) return true;
  }
  return false;
}

// A fresh directory under the system temp directory, removed with the object.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "html-report-XXXXXX").string();
    if (mkdtemp(pattern.data())) path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    if (!path_.empty()) std::filesystem::remove_all(path_, ignored);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

TEST(HtmlReport, IsOneSelfContainedPage) {
  std::string html = ToHtml(MakeSample().result);
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n", 0), 0u) << html.substr(0, 200);
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_NE(html.find("<style>"), std::string::npos);
  for (const char* forbidden : {"http", "<script", "<link", "@import", "url(", "@font-face", "<img",
                                "<iframe", "src=", "href="}) {
    EXPECT_EQ(html.find(forbidden), std::string::npos) << forbidden << " in the page";
  }
}

TEST(HtmlReport, StyleNamesAThaiFontStack) {
  std::string html = ToHtml(MakeSample().result);
  size_t family = html.find("font-family:");
  ASSERT_NE(family, std::string::npos);
  std::string stack = html.substr(family, html.find(';', family) - family);
  for (const char* font : {"\"Sarabun\"", "\"TH Sarabun New\"", "\"Noto Sans Thai\"", "\"Garuda\"",
                           "\"Loma\"", "\"Tahoma\"", "sans-serif"}) {
    EXPECT_NE(stack.find(font), std::string::npos) << font << " not in " << stack;
  }
}

TEST(HtmlReport, ParsesBackCleanlyWithNoRemoteReferences) {
  Parsed p = Parse(ToHtml(MakeSample().result));
  ASSERT_NE(p.doc, nullptr);
  EXPECT_TRUE(p.well_formed) << "libxml2 reported errors parsing the page";
  std::vector<xmlNode*> elements = Elements(p);
  ASSERT_FALSE(elements.empty());
  EXPECT_EQ(Name(elements[0]), "html");
  EXPECT_EQ(Attribute(elements[0], "lang"), "th");
  for (xmlNode* n : elements) {
    for (const char* attribute : {"src", "href"}) {
      EXPECT_EQ(Attribute(n, attribute).find("http"), std::string::npos)
          << Name(n) << " " << attribute;
    }
    EXPECT_NE(Name(n), "script");
  }
}

TEST(HtmlReport, SummaryTableHasTheSevenCountsAndTheTotal) {
  Parsed p = Parse(ToHtml(MakeSample().result));
  std::vector<std::string> rows;
  for (xmlNode* n : Elements(p)) {
    if (Name(n) == "tr") rows.push_back(Content(n));
  }
  EXPECT_EQ(rows, (std::vector<std::string>{"added 1", "removed 2", "changed 1", "renamed 1",
                                            "moved 1", "split 1", "merged 1", "total 8"}));
}

TEST(HtmlReport, OneSectionPerCompetencyAndOneItemPerChange) {
  Sample s = MakeSample();
  Parsed p = Parse(ToHtml(s.result));
  std::vector<std::string> headings = Texts(p, "h2");
  EXPECT_EQ(headings,
            (std::vector<std::string>{"C01 การมุ่งผลสัมฤทธิ์", "C02 การบริการประชาชน (was การบริการที่ดี)",
                                      "C04 การตรวจสอบบัญชี (removed)"}));
  size_t items = 0;
  for (xmlNode* n : Elements(p)) {
    if (Name(n) == "li" && Attribute(n, "class").rfind("change ", 0) == 0) ++items;
  }
  EXPECT_EQ(items, s.result.changes.size());
}

TEST(HtmlReport, HighlightsRemovedAndAddedWords) {
  Parsed p = Parse(ToHtml(MakeSample().result));
  std::vector<std::string> del = Texts(p, "del");
  std::vector<std::string> ins = Texts(p, "ins");
  for (const char* removed :
       {"เป้าหมาย", "ที่ดี", "ติดตามผลงานด้วยตนเองสม่ำเสมอ", "รับฟังและตอบคำถามผู้รับบริการ",
        "แบ่งปันข้อมูลกับเพื่อนร่วมงาน", "การตรวจสอบบัญชี"}) {
    EXPECT_TRUE(Contains(del, removed)) << removed << " is not in a <del>";
  }
  for (const char* added : {"เกณฑ์", "ประชาชน", "วางแผนงานล่วงหน้าอย่างเป็นระบบ", "ตอบคำถามอย่างสุภาพ",
                            "ประสานงานและแบ่งปันข้อมูลกับหน่วยงานอื่น"}) {
    EXPECT_TRUE(Contains(ins, added)) << added << " is not in an <ins>";
  }
}

TEST(HtmlReport, ReplacedWordsSitSideBySideWithoutAddedSpace) {
  DiffResult r;
  Change c = In(2, 2, ChangeKind::kRenamed, Entity::kCompetency);
  c.words = {{'-', "การบริการที่ดี"}, {'+', "การบริการประชาชน"}};
  r.changes.push_back(c);
  std::string html = ToHtml(r);
  EXPECT_NE(html.find("</del><ins>"), std::string::npos) << html;
}

TEST(HtmlReport, EachChangeNamesItsKindEntityAndPlace) {
  Parsed p = Parse(ToHtml(MakeSample().result));
  std::vector<std::string> heads;
  for (xmlNode* n : Elements(p)) {
    if (Name(n) == "div" && Attribute(n, "class") == "head") heads.push_back(Content(n));
  }
  EXPECT_EQ(heads, (std::vector<std::string>{
                       "changed indicator · level 2, indicator 3 · text",
                       "added indicator · level 2, indicator 4",
                       "removed indicator · level 3, indicator 1",
                       "moved indicator · level 3, indicator 2 → 1",
                       "renamed competency",
                       "split indicator · level 1, indicator 2",
                       "merged indicator · level 4, indicator 1",
                       "removed competency",
                   }));
}

TEST(HtmlReport, CatalogueTextIsEscapedByTheLibrary) {
  Sample s = MakeSample();
  const std::string hostile = "<script>alert(1)</script> & <a href=\"http://x\">ลิงก์</a> &amp;";
  s.result.changes[1].new_text = hostile;
  s.result.changes[0].competency_new = "<b>สมรรถนะ</b>";
  std::string html = ToHtml(s.result);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<a "), std::string::npos);
  Parsed p = Parse(html);
  ASSERT_NE(p.doc, nullptr);
  EXPECT_TRUE(p.well_formed);
  EXPECT_TRUE(Contains(Texts(p, "ins"), hostile)) << "the text reads back exactly as written";
  EXPECT_EQ(Texts(p, "h2")[0], "C01 <b>สมรรถนะ</b> (was การมุ่งผลสัมฤทธิ์)");
}

TEST(HtmlReport, IllFormedTextDoesNotCutThePageShort) {
  Sample s = MakeSample();
  s.result.old_side = {0, "old/\xE9t\xE9.txt"};  // a Latin-1 file name
  s.result.changes[1].new_text = std::string("วางแผน\xFF\x01งาน") + '\0' + "ต่อ";
  std::string html = ToHtml(s.result);
  EXPECT_NE(html.find("</html>"), std::string::npos) << html;
  Parsed p = Parse(html);
  ASSERT_NE(p.doc, nullptr);
  EXPECT_TRUE(p.well_formed);
  EXPECT_TRUE(Contains(Texts(p, "ins"), "วางแผน\uFFFD งาน ต่อ"));
  EXPECT_TRUE(Contains(Texts(p, "b"), "old/\uFFFDt\uFFFD.txt"));
  EXPECT_TRUE(Contains(Texts(p, "h2"), "C04 การตรวจสอบบัญชี (removed)")) << "the page goes on";
}

TEST(HtmlReport, NoChangesSayNoDifferences) {
  DiffResult r;
  r.old_side = {0, "old/catalogue.txt"};
  r.new_side = {0, "new/catalogue.pdf"};
  Parsed p = Parse(ToHtml(r));
  ASSERT_NE(p.doc, nullptr);
  EXPECT_TRUE(Contains(Texts(p, "p"), "No differences."));
  EXPECT_TRUE(Contains(Texts(p, "p"), "from old/catalogue.txt to new/catalogue.pdf"));
  EXPECT_TRUE(Texts(p, "h2").empty());
}

// Prints the page with headless Chromium and reads the PDF back: every change
// must be visible on paper, in the Thai the catalogue was written in.
TEST(HtmlReport, RendersEveryChangeInABrowser) {
  Sample s = MakeSample();
  TempDir tmp;
  ASSERT_FALSE(tmp.path().empty()) << "cannot create a temporary directory";
  std::string printed = testing::PrintedText(ToHtml(s.result), tmp.path());
  ASSERT_NE(printed.rfind("error: ", 0), 0u) << printed;
  std::string flat = WithoutSpaces(printed);
  EXPECT_NE(flat.find(WithoutSpaces("version 1 \"2566\"")), std::string::npos) << printed;
  for (size_t i = 0; i < s.words.size(); ++i) {
    EXPECT_NE(flat.find(WithoutSpaces(s.words[i])), std::string::npos)
        << "change " << i << " (" << KindName(s.result.changes[i].kind) << "): \"" << s.words[i]
        << "\" is not on the printed page:\n"
        << printed;
  }
}

}  // namespace
}  // namespace samatthana::diff
