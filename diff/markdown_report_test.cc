#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "diff/report.h"

namespace samatthana::diff {
namespace {

// A diff with one change of every kind, in three competencies, and for each
// change a word of its text that the report must show.
struct Sample {
  DiffResult result;
  std::vector<std::string> words;
};

// A change inside competency `old_ordinal` -> `new_ordinal` of the sample.
Change In(int old_ordinal, int new_ordinal, ChangeKind kind, Entity entity) {
  static const char* const kOld[] = {"", "การมุ่งผลสัมฤทธิ์", "การบริการที่ดี", "", "การตรวจสอบบัญชี"};
  static const char* const kNew[] = {"", "การมุ่งผลสัมฤทธิ์", "การบริการประชาชน"};
  Change c;
  c.kind = kind;
  c.entity = entity;
  c.competency_old_ordinal = old_ordinal;
  c.competency_new_ordinal = new_ordinal;
  if (old_ordinal) c.competency_old = kOld[old_ordinal];
  if (new_ordinal) c.competency_new = kNew[new_ordinal];
  return c;
}

// C01 with a changed, an added, a removed and a moved indicator; C02 renamed,
// with a split and a merge; C04 removed.
Sample MakeSample() {
  Sample s;
  DiffResult& r = s.result;
  r.old_side = {1, "2566"};
  r.new_side = {2, "2567"};
  r.summary = {
      .added = 1, .removed = 2, .changed = 1, .renamed = 1, .moved = 1, .split = 1, .merged = 1};
  auto add = [&](Change c, std::string word) {
    r.changes.push_back(std::move(c));
    s.words.push_back(std::move(word));
  };

  Change changed = In(1, 1, ChangeKind::kChanged, Entity::kIndicator);
  changed.level = 2;
  changed.indicator_old_ordinal = changed.indicator_new_ordinal = 3;
  changed.field = "text";
  changed.old_text = "กำหนดเป้าหมายการทำงานของตนเอง";
  changed.new_text = "กำหนดเกณฑ์การทำงานของตนเอง";
  changed.words = {{'=', "กำหนด"}, {'-', "เป้าหมาย"}, {'+', "เกณฑ์"}, {'=', "การทำงานของตนเอง"}};
  add(changed, "เกณฑ์");

  Change added = In(1, 1, ChangeKind::kAdded, Entity::kIndicator);
  added.level = 2;
  added.indicator_new_ordinal = 4;
  added.new_text = "วางแผนงานล่วงหน้าอย่างเป็นระบบ";
  add(added, "ล่วงหน้า");

  Change removed = In(1, 1, ChangeKind::kRemoved, Entity::kIndicator);
  removed.level = 3;
  removed.indicator_old_ordinal = 1;
  removed.old_text = "ติดตามผลงานด้วยตนเองสม่ำเสมอ";
  add(removed, "ติดตามผลงาน");

  Change moved = In(1, 1, ChangeKind::kMoved, Entity::kIndicator);
  moved.level = 3;
  moved.indicator_old_ordinal = 2;
  moved.indicator_new_ordinal = 1;
  moved.old_text = moved.new_text = "รายงานความก้าวหน้าต่อผู้บังคับบัญชา";
  add(moved, "รายงานความก้าวหน้า");

  Change renamed = In(2, 2, ChangeKind::kRenamed, Entity::kCompetency);
  renamed.field = "name";
  renamed.old_text = "การบริการที่ดี";
  renamed.new_text = "การบริการประชาชน";
  renamed.words = {{'=', "การบริการ"}, {'-', "ที่ดี"}, {'+', "ประชาชน"}};
  add(renamed, "ประชาชน");

  Change split = In(2, 2, ChangeKind::kSplit, Entity::kIndicator);
  split.level = 1;
  split.indicator_old_ordinal = split.indicator_new_ordinal = 2;
  split.old_text = "รับฟังและตอบคำถามผู้รับบริการ";
  split.parts = {"รับฟังปัญหาผู้รับบริการ", "ตอบคำถามอย่างสุภาพ"};
  add(split, "สุภาพ");

  Change merged = In(2, 2, ChangeKind::kMerged, Entity::kIndicator);
  merged.level = 4;
  merged.indicator_new_ordinal = 1;
  merged.parts = {"ประสานงานกับหน่วยงานอื่น", "แบ่งปันข้อมูลกับเพื่อนร่วมงาน"};
  merged.new_text = "ประสานงานและแบ่งปันข้อมูลกับหน่วยงานอื่น";
  add(merged, "เพื่อนร่วมงาน");

  Change gone = In(4, 0, ChangeKind::kRemoved, Entity::kCompetency);
  gone.old_text = "การตรวจสอบบัญชี";
  add(gone, "ตรวจสอบบัญชี");
  return s;
}

// `text` split at newlines, without them.
std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

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
