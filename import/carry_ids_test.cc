#include <gtest/gtest.h>

#include <set>

#include "diff/test_catalogues.h"
#include "import/import.h"
#include "parse/stable_ids.h"

namespace samatthana::import {
namespace {

using diff::Base;

// A test catalogue with the ids the parser would give it.
Catalogue Cat(std::vector<Competency> comps) {
  Catalogue cat = diff::Cat(std::move(comps));
  for (Competency& c : cat.competencies) {
    c.id.clear();
    for (Level& l : c.levels) {
      l.id.clear();
      for (Indicator& i : l.indicators) i.id.clear();
    }
  }
  parse::AssignStableIds(&cat);
  return cat;
}

TEST(CarryStableIds, RenamedMovedAndEditedRecordsKeepTheirIds) {
  Catalogue before = Cat(Base());
  std::vector<Competency> after = Base();
  after[0].name = "การคิดวิเคราะห์เชิงระบบ";
  after[1].levels[1].indicators[0].text = "ใช้ข้อมูลที่มีอยู่จากสหกรณ์หรือหน่วยงานอื่นๆ";
  std::swap(after[1], after[2]);
  Catalogue now = Cat(after);
  EXPECT_NE(now.competencies[0].id, before.competencies[0].id);  // the name changed
  CarryStableIds(before, &now);
  EXPECT_EQ(now.competencies[0].id, before.competencies[0].id);
  EXPECT_EQ(now.competencies[2].id, before.competencies[1].id);
  EXPECT_EQ(now.competencies[2].levels[1].indicators[0].id,
            before.competencies[1].levels[1].indicators[0].id);
  EXPECT_EQ(now.competencies[0].levels[2].id, before.competencies[0].levels[2].id);
}

TEST(CarryStableIds, NewRecordsGetFreshIdsThatCollideWithNone) {
  Catalogue before = Cat(Base());
  std::vector<Competency> after = Base();
  after.push_back(diff::Comp("ความคิดสร้างสรรค์", "การคิดสิ่งใหม่", {{}, {"เสนอความคิดใหม่"}}));
  Catalogue now = Cat(after);
  CarryStableIds(before, &now);
  std::set<std::string> ids;
  for (const Competency& c : now.competencies) EXPECT_TRUE(ids.insert(c.id).second) << c.id;
  EXPECT_EQ(now.competencies[0].id, before.competencies[0].id);
  EXPECT_FALSE(now.competencies[3].id.empty());
}

}  // namespace
}  // namespace samatthana::import
