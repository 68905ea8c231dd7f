#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "diff/report.h"
#include "diff/sample_diff.h"

namespace samatthana::diff {
namespace {

TEST(MarkdownReport, TitleNamesBothVersions) {
  std::vector<std::string> lines = Lines(ToMarkdown(MakeSample().result));
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines[0].rfind("# ", 0), 0u) << lines[0];
  EXPECT_NE(lines[0].find("version 1 \"2566\""), std::string::npos) << lines[0];
  EXPECT_NE(lines[0].find("version 2 \"2567\""), std::string::npos) << lines[0];
}

TEST(MarkdownReport, SummaryTableHasTheSevenCountsAndTheTotal) {
  std::string md = ToMarkdown(MakeSample().result);
  EXPECT_NE(md.find("| change | count |\n| --- | ---: |\n"
                    "| added | 1 |\n| removed | 2 |\n| changed | 1 |\n| renamed | 1 |\n"
                    "| moved | 1 |\n| split | 1 |\n| merged | 1 |\n| **total** | **8** |\n"),
            std::string::npos)
      << md;
}

TEST(MarkdownReport, OneSectionPerCompetencyAndOneBulletPerChange) {
  Sample s = MakeSample();
  std::vector<std::string> headings;
  size_t bullets = 0;
  for (const std::string& line : Lines(ToMarkdown(s.result))) {
    if (line.rfind("## ", 0) == 0) headings.push_back(line);
    if (line.rfind("- ", 0) == 0) ++bullets;
  }
  EXPECT_EQ(headings, (std::vector<std::string>{"## C01 การมุ่งผลสัมฤทธิ์",
                                                "## C02 การบริการประชาชน (was การบริการที่ดี)",
                                                "## C04 การตรวจสอบบัญชี (removed)"}));
  EXPECT_EQ(bullets, s.result.changes.size());
}

TEST(MarkdownReport, EveryChangeShowsItsText) {
  Sample s = MakeSample();
  std::string md = ToMarkdown(s.result);
  for (const std::string& word : s.words) {
    EXPECT_NE(md.find(word), std::string::npos) << word << " missing from\n" << md;
  }
}

TEST(MarkdownReport, WordDiffStrikesRemovedAndBoldsAddedWords) {
  std::string md = ToMarkdown(MakeSample().result);
  EXPECT_NE(md.find("\n- Level 2, indicator 3: changed กำหนด~~เป้าหมาย~~**เกณฑ์**การทำงานของตนเอง\n"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("\n- Competency: renamed การบริการ~~ที่ดี~~**ประชาชน**\n"), std::string::npos)
      << md;
}

TEST(MarkdownReport, EachKindReadsAsASentence) {
  std::string md = ToMarkdown(MakeSample().result);
  for (const char* expected :
       {"\n- Level 2, indicator 4: added “วางแผนงานล่วงหน้าอย่างเป็นระบบ”\n",
        "\n- Level 3, indicator 1: removed “ติดตามผลงานด้วยตนเองสม่ำเสมอ”\n",
        "\n- Level 3: moved from indicator 2 to indicator 1 “รายงานความก้าวหน้าต่อผู้บังคับบัญชา”\n",
        "\n- Level 1, indicator 2: split into 2 “รับฟังและตอบคำถามผู้รับบริการ”\n"
        "  - “รับฟังปัญหาผู้รับบริการ”\n  - “ตอบคำถามอย่างสุภาพ”\n",
        "\n- Level 4, indicator 1: merged 2 into “ประสานงานและแบ่งปันข้อมูลกับหน่วยงานอื่น”\n"
        "  - “ประสานงานกับหน่วยงานอื่น”\n  - “แบ่งปันข้อมูลกับเพื่อนร่วมงาน”\n",
        "\n- Competency: removed “การตรวจสอบบัญชี”\n"}) {
    EXPECT_NE(md.find(expected), std::string::npos) << expected << "missing from\n" << md;
  }
}

TEST(MarkdownReport, SpacesAtTheEdgeOfAWordRunStayOutsideTheMarkers) {
  DiffResult r;
  Change c = In(1, 1, ChangeKind::kChanged, Entity::kLevel);
  c.level = 2;
  c.field = "title";
  c.words = {{'=', "เข้าใจ"}, {'-', " งาน "}, {'+', " ระบบงาน "}, {'=', "ของตน"}};
  r.changes.push_back(c);
  std::string md = ToMarkdown(r);
  EXPECT_NE(md.find("\n- Level 2 title: changed เข้าใจ ~~งาน~~  **ระบบงาน** ของตน\n"),
            std::string::npos)
      << md;
}

TEST(MarkdownReport, CatalogueTextCannotBreakTheLayout) {
  Sample s = MakeSample();
  s.result.changes[1].new_text = "ใช้สูตร a*b | c_d [ลิงก์](x) <b>ตัวหนา</b> #1 & `z` \\ ~~";
  s.result.changes[0].competency_new = "# สมรรถนะ | หลัก";
  std::string md = ToMarkdown(s.result);
  EXPECT_NE(md.find("ใช้สูตร a\\*b \\| c\\_d \\[ลิงก์\\](x) \\<b\\>ตัวหนา\\</b\\> \\#1 \\& \\`z\\` "
                    "\\\\ \\~\\~"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("\n## C01 \\# สมรรถนะ \\| หลัก (was การมุ่งผลสัมฤทธิ์)\n"), std::string::npos) << md;
  // Outside the summary table every | in the page is escaped.
  for (const std::string& line : Lines(md)) {
    if (line.rfind("| ", 0) == 0) continue;
    for (size_t i = line.find('|'); i != std::string::npos; i = line.find('|', i + 1)) {
      EXPECT_TRUE(i > 0 && line[i - 1] == '\\') << "unescaped | in: " << line;
    }
  }
}

TEST(MarkdownReport, LineBreaksInCatalogueTextStayInsideTheBullet) {
  Sample s = MakeSample();
  s.result.changes[1].new_text = "บรรทัดแรก\n# หัวข้อปลอม\n- รายการปลอม";
  std::string md = ToMarkdown(s.result);
  for (const std::string& line : Lines(md)) {
    EXPECT_NE(line.rfind("# หัวข้อปลอม", 0), 0u) << "a heading escaped the bullet";
    EXPECT_NE(line.rfind("- รายการปลอม", 0), 0u) << "a bullet escaped the bullet";
  }
  EXPECT_NE(md.find("added “บรรทัดแรก \\# หัวข้อปลอม - รายการปลอม”"), std::string::npos) << md;
}

TEST(MarkdownReport, NoChangesSayNoDifferences) {
  DiffResult r;
  r.old_side = {0, "old_file.txt"};
  r.new_side = {0, "new_file.txt"};
  std::string md = ToMarkdown(r);
  EXPECT_NE(md.find("# Catalogue changes: old\\_file.txt → new\\_file.txt\n"), std::string::npos)
      << md;
  EXPECT_NE(md.find("| **total** | **0** |\n\nNo differences.\n"), std::string::npos) << md;
  EXPECT_EQ(md.find("## "), std::string::npos) << md;
}

}  // namespace
}  // namespace samatthana::diff
