#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "diff/report.h"
#include "diff/sample_diff.h"

namespace samatthana::diff {
namespace {

TEST(TextReport, WithoutColourHasNoEscapeBytes) {
  std::string text = ToText(MakeSample().result, false);
  EXPECT_EQ(text.find('\x1b'), std::string::npos) << text;
}

TEST(TextReport, WithColourPaintsRemovedRedAndAddedGreen) {
  std::string text = ToText(MakeSample().result, true);
  EXPECT_NE(text.find("\x1b[31mเป้าหมาย\x1b[0m"), std::string::npos) << text;
  EXPECT_NE(text.find("\x1b[32mเกณฑ์\x1b[0m"), std::string::npos) << text;
  EXPECT_EQ(text.find("[-"), std::string::npos) << "colour replaces the [-…-] markers\n" << text;
}

TEST(TextReport, FirstLinesNameTheVersionsAndCountTheKinds) {
  std::vector<std::string> lines = Lines(ToText(MakeSample().result, false));
  ASSERT_GE(lines.size(), 3u);
  EXPECT_EQ(lines[0], "old: version 1 \"2566\"");
  EXPECT_EQ(lines[1], "new: version 2 \"2567\"");
  EXPECT_EQ(lines[2],
            "8 changes: 1 added, 2 removed, 1 changed, 1 renamed, 1 moved, 1 split, 1 merged");
}

TEST(TextReport, SummaryNamesOnlyTheKindsThatOccur) {
  DiffResult r;
  r.old_side = {0, "old/catalogue.txt"};
  r.new_side = {0, "new/catalogue.pdf"};
  r.summary.added = 1;
  std::vector<std::string> lines = Lines(ToText(r, false));
  ASSERT_GE(lines.size(), 3u);
  EXPECT_EQ(lines[0], "old: old/catalogue.txt") << "a file side shows its path";
  EXPECT_EQ(lines[1], "new: new/catalogue.pdf");
  EXPECT_EQ(lines[2], "1 change: 1 added");
}

TEST(TextReport, NoChangesSayNoDifferences) {
  DiffResult r;
  r.old_side = {1, "a"};
  r.new_side = {2, "b"};
  std::string text = ToText(r, true);
  EXPECT_NE(text.find("\nno differences\n"), std::string::npos) << text;
}

TEST(TextReport, EveryChangeShowsItsText) {
  Sample s = MakeSample();
  for (bool color : {false, true}) {
    std::string text = ToText(s.result, color);
    for (const std::string& word : s.words) {
      EXPECT_NE(text.find(word), std::string::npos) << word << " missing from\n" << text;
    }
  }
}

TEST(TextReport, GroupsChangesUnderTheirCompetencyOnce) {
  std::vector<std::string> lines = Lines(ToText(MakeSample().result, false));
  std::vector<std::string> headers;
  for (const std::string& line : lines) {
    if (!line.empty() && line[0] == 'C') headers.push_back(line);
  }
  EXPECT_EQ(headers,
            (std::vector<std::string>{"C01 การมุ่งผลสัมฤทธิ์", "C02 การบริการประชาชน (was การบริการที่ดี)",
                                      "C04 การตรวจสอบบัญชี"}));
}

TEST(TextReport, ShowsLevelsAndIndicatorOrdinals) {
  std::string text = ToText(MakeSample().result, false);
  for (const char* expected :
       {"\n  L2 I3 changed indicator text: กำหนด[-เป้าหมาย-]{+เกณฑ์+}การทำงานของตนเอง\n",
        "\n  L2 I4 added indicator: วางแผนงานล่วงหน้าอย่างเป็นระบบ\n",
        "\n  L3 I1 removed indicator: ติดตามผลงานด้วยตนเองสม่ำเสมอ\n",
        "\n  L3 I2 -> I1 moved indicator: รายงานความก้าวหน้าต่อผู้บังคับบัญชา\n",
        "\n  renamed competency: การบริการ[-ที่ดี-]{+ประชาชน+}\n",
        "\n  removed competency: การตรวจสอบบัญชี\n"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "missing from\n" << text;
  }
}

TEST(TextReport, SplitAndMergeListTheirParts) {
  std::string text = ToText(MakeSample().result, false);
  EXPECT_NE(text.find("  L1 I2 split indicator:\n"
                      "      - รับฟังและตอบคำถามผู้รับบริการ\n"
                      "      + รับฟังปัญหาผู้รับบริการ\n"
                      "      + ตอบคำถามอย่างสุภาพ\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("  L4 I1 merged indicator:\n"
                      "      - ประสานงานกับหน่วยงานอื่น\n"
                      "      - แบ่งปันข้อมูลกับเพื่อนร่วมงาน\n"
                      "      + ประสานงานและแบ่งปันข้อมูลกับหน่วยงานอื่น\n"),
            std::string::npos)
      << text;
}

TEST(TextReport, MovedCompetencyShowsOldAndNewPosition) {
  DiffResult r;
  Change c;
  c.kind = ChangeKind::kMoved;
  c.entity = Entity::kCompetency;
  c.competency_old = c.competency_new = "การทำงานเป็นทีม";
  c.competency_old_ordinal = 3;
  c.competency_new_ordinal = 5;
  r.changes.push_back(c);
  r.summary.moved = 1;
  std::string text = ToText(r, false);
  EXPECT_NE(text.find("\nC05 การทำงานเป็นทีม (was C03)\n  moved competency: C03 -> C05\n"),
            std::string::npos)
      << text;
}

TEST(TextReport, ControlCharactersInCatalogueTextAreNotPassedThrough) {
  Sample s = MakeSample();
  s.result.changes[1].new_text =
      "วางแผน\x1b[2J\x1b]0;title\x07งาน\nต่อ\xC2\x9B"
      "31m";
  std::string text = ToText(s.result, false);
  EXPECT_EQ(text.find('\x1b'), std::string::npos) << text;
  EXPECT_EQ(text.find('\x07'), std::string::npos) << text;
  EXPECT_EQ(text.find("\xC2\x9B"), std::string::npos) << "U+009B is CSI too";
  EXPECT_NE(text.find("L2 I4 added indicator: วางแผน [2J ]0;title งาน ต่อ 31m\n"), std::string::npos)
      << text;
}

}  // namespace
}  // namespace samatthana::diff
