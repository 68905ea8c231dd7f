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
