// Each change kind on small hand-made catalogues: the right kind and entity,
// and nothing else.
#include <gtest/gtest.h>

#include "diff/diff.h"
#include "diff/test_catalogues.h"

namespace samatthana::diff {
namespace {

std::vector<std::string> Kinds(const DiffResult& r) {
  std::vector<std::string> out;
  for (const Change& c : r.changes) {
    std::string s = std::string(KindName(c.kind)) + " " + EntityName(c.entity);
    if (!c.field.empty()) s += " " + c.field;
    out.push_back(s);
  }
  return out;
}

TEST(Diff, IdenticalCatalogues) {
  DiffResult r = Compare(Cat(Base()), Cat(Base()));
  EXPECT_EQ(r.summary.total(), 0);
  EXPECT_TRUE(r.changes.empty());
}

TEST(Diff, LayoutIsNotAChange) {
  std::vector<Competency> spaced = Base();
  spaced[0].definition = "ความเข้าใจ และวิเคราะห์ สถานการณ์ประเด็นปัญหา แนวคิดโดย การแยกแยะประเด็น";
  spaced[1].levels[1].indicators[0].text = "ใช้ข้อมูลที่มีอยู่ จากสหกรณ์ หรือหน่วยงานอื่น";
  EXPECT_EQ(Compare(Cat(Base()), Cat(spaced)).summary.total(), 0);
}

TEST(Diff, RenamedCompetencyIsOneChange) {
  std::vector<Competency> after = Base();
  after[1].name = "การสืบค้นข้อมูลเชิงลึก";
  DiffResult r = Compare(Cat(Base()), Cat(after));
  ASSERT_EQ(Kinds(r), (std::vector<std::string>{"renamed competency name"}));
  EXPECT_EQ(r.changes[0].competency_old, "การสืบเสาะหาข้อมูล");
  EXPECT_EQ(r.changes[0].competency_new, "การสืบค้นข้อมูลเชิงลึก");
  EXPECT_FALSE(r.changes[0].words.empty());
}

TEST(Diff, TypoFixIsOneChangeWithAWordDiff) {
  std::vector<Competency> after = Base();
  after[0].levels[2].indicators[1].text = "เชื่อมโยงข้อมูล แนวโน้ม และความไม่สมบูรณ์ของข้อมูลได้";
  after[2].levels[1].title = after[2].levels[1].title + "แก้";
  DiffResult r = Compare(Cat(Base()), Cat(after));
  ASSERT_EQ(Kinds(r), (std::vector<std::string>{"changed indicator text", "changed level title"}));
  const Change& c = r.changes[0];
  EXPECT_EQ(c.level, 2);
  EXPECT_EQ(c.indicator_old_ordinal, 2);
  std::string removed, added;
  for (const WordOp& w : c.words) {
    if (w.op == '-') removed += w.text;
    if (w.op == '+') added += w.text;
  }
  EXPECT_EQ(removed, "ครบถ้วน");
  EXPECT_EQ(added, "สมบูรณ์");
}

TEST(Diff, IndicatorAddedAndRemoved) {
  std::vector<Competency> after = Base();
  after[1].levels[1].indicators.erase(after[1].levels[1].indicators.begin() + 1);
  after[1].levels[2].indicators.push_back({"", 2, "จัดทำฐานข้อมูลสหกรณ์เพื่อใช้ในการวิเคราะห์", {}});
  DiffResult r = Compare(Cat(Base()), Cat(after));
  EXPECT_EQ(Kinds(r), (std::vector<std::string>{"removed indicator", "added indicator"}));
  EXPECT_EQ(r.summary.added, 1);
  EXPECT_EQ(r.summary.removed, 1);
}

TEST(Diff, ChangedDefinitionAndCategory) {
  std::vector<Competency> after = Base();
  after[2].definition += " เพื่อให้งานถูกต้องครบถ้วน";
  after[2].category = "สมรรถนะหลัก";
  DiffResult r = Compare(Cat(Base()), Cat(after));
  EXPECT_EQ(Kinds(r), (std::vector<std::string>{"changed competency category",
                                                "changed competency definition"}));
}

TEST(Diff, SplitAndMerged) {
  std::vector<Competency> split = Base();
  auto& items = split[2].levels[2].indicators;
  items = {{"", 1, "เมื่อเกิดความผิดพลาด ปรึกษาหารือในรายละเอียดร่วมกับผู้บังคับบัญชา", {}},
           {"", 2, "แล้วนำมาปรับแก้ไขงานของตนเอง", {}}};
  DiffResult r = Compare(Cat(Base()), Cat(split));
  ASSERT_EQ(Kinds(r), (std::vector<std::string>{"split indicator"}));
  EXPECT_EQ(r.changes[0].parts.size(), 2u);
  DiffResult back = Compare(Cat(split), Cat(Base()));
  EXPECT_EQ(Kinds(back), (std::vector<std::string>{"merged indicator"}));
}

TEST(Diff, SwapOfTwoIsAtMostTwoMoves) {
  std::vector<Competency> after = Base();
  std::swap(after[0], after[1]);
  DiffResult r = Compare(Cat(Base()), Cat(after));
  EXPECT_GE(r.summary.moved, 1);
  EXPECT_LE(r.summary.moved, 2);
  EXPECT_EQ(r.summary.total(), r.summary.moved);
  for (const Change& c : r.changes) EXPECT_EQ(c.entity, Entity::kCompetency);
}

TEST(Diff, NewCompetencyIsOneAddition) {
  std::vector<Competency> after = Base();
  after.insert(after.begin() + 1, Comp("การทำงานเป็นทีม", "ความตั้งใจที่จะทำงานร่วมกับผู้อื่น เป็นส่วนหนึ่งของทีม",
                                       {{}, {"ทำงานในส่วนที่ตนได้รับมอบหมาย"}}));
  DiffResult r = Compare(Cat(Base()), Cat(after));
  ASSERT_EQ(Kinds(r), (std::vector<std::string>{"added competency"}));
  EXPECT_EQ(r.changes[0].competency_new, "การทำงานเป็นทีม");
  EXPECT_FALSE(r.changes[0].competency_old.has_value());
  DiffResult back = Compare(Cat(after), Cat(Base()));
  EXPECT_EQ(Kinds(back), (std::vector<std::string>{"removed competency"}));
}

TEST(Diff, LevelAddedAndRemoved) {
  std::vector<Competency> after = Base();
  after[0].levels.pop_back();
  DiffResult r = Compare(Cat(Base()), Cat(after));
  EXPECT_EQ(Kinds(r), (std::vector<std::string>{"removed level"}));
  EXPECT_EQ(r.changes[0].level, 2);
}

TEST(Diff, EverythingAtOnceAndNothingElse) {
  // The revision a reviewer gets: a rename, typo fixes in a title and an
  // indicator, one indicator added and one removed, a changed definition, a
  // split, two competencies swapped and a new one.
  std::vector<Competency> before = Base();
  before.push_back(
      Comp("การบริหารทรัพยากรอย่างประหยัดและคุ้มค่า", "การตระหนักเสมอถึงความคุ้มค่าระหว่างทรัพยากรที่ลงทุนไป",
           {{}, {"ตระหนักถึงความคุ้มค่าและค่าใช้จ่ายต่างๆ", "ปฏิบัติงานตามกระบวนการขั้นตอนที่กำหนดไว้"}}));
  std::vector<Competency> after = before;
  after[0].name = "การคิดวิเคราะห์เชิงระบบ";                                               // renamed
  after[0].levels[1].title += "ใหม่";                                                   // title typo
  after[1].levels[1].indicators[0].text = "ใช้ข้อมูลที่มีอยู่จากสหกรณ์หรือหน่วยงานอื่นๆ";           // typo
  after[1].levels[2].indicators.push_back({"", 2, "ค้นหาข้อมูลจากเอกสารทางวิชาการ", {}});  // added
  after[3].levels[1].indicators.pop_back();                                            // removed
  after[2].definition = "การให้ความสำคัญกับรายละเอียดทุกขั้นตอนของงาน และตรวจทานข้อมูล";        // definition
  after[2].levels[2].indicators = {
      {"", 1, "เมื่อเกิดความผิดพลาด ปรึกษาหารือในรายละเอียดร่วมกับผู้บังคับบัญชา", {}},
      {"", 2, "แล้วนำมาปรับแก้ไขงานของตนเอง", {}}};  // split
  std::swap(after[2], after[3]);                  // swapped
  after.push_back(Comp("ความมั่นใจในตนเอง", "ความมั่นใจในความรู้ความสามารถ และการตัดสินใจของตน",
                       {{}, {"ตัดสินใจเองได้ในภารกิจภายใต้ขอบเขตอำนาจหน้าที่"}}));  // new
  DiffResult r = Compare(Cat(before), Cat(after));
  EXPECT_EQ(r.summary.renamed, 1);
  EXPECT_EQ(r.summary.changed, 3);  // title, indicator, definition
  EXPECT_EQ(r.summary.added, 2);    // the indicator and the competency
  EXPECT_EQ(r.summary.removed, 1);
  EXPECT_EQ(r.summary.split, 1);
  EXPECT_EQ(r.summary.merged, 0);
  EXPECT_GE(r.summary.moved, 1);
  EXPECT_LE(r.summary.moved, 2);
  EXPECT_EQ(r.summary.total(), static_cast<int>(r.changes.size()));
}

}  // namespace
}  // namespace samatthana::diff
