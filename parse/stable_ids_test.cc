#include "parse/stable_ids.h"

#include <gtest/gtest.h>

namespace samatthana::parse {
namespace {

Catalogue One(std::string name, std::string item) {
  Catalogue c;
  Competency comp;
  comp.name = std::move(name);
  Level l;
  l.level = 2;
  Indicator i;
  i.text = std::move(item);
  l.indicators.push_back(i);
  comp.levels.push_back(l);
  c.competencies.push_back(comp);
  return c;
}

TEST(StableIds, SameRecordSameIdWhateverTheLayout) {
  Catalogue a = One("การคิด วิเคราะห์", "ระบุ เหตุ ๑");
  Catalogue b = One("การคิดวิเคราะห์", "ระบุเหตุ 1");
  AssignStableIds(&a);
  AssignStableIds(&b);
  EXPECT_EQ(a.competencies[0].id, b.competencies[0].id);
  EXPECT_EQ(a.competencies[0].levels[0].id, a.competencies[0].id + ".l2");
  EXPECT_EQ(a.competencies[0].levels[0].indicators[0].id,
            b.competencies[0].levels[0].indicators[0].id);
}

TEST(StableIds, DifferentTextDifferentId) {
  Catalogue a = One("ก", "หนึ่ง");
  Catalogue b = One("ก", "สอง");
  AssignStableIds(&a);
  AssignStableIds(&b);
  EXPECT_NE(a.competencies[0].levels[0].indicators[0].id,
            b.competencies[0].levels[0].indicators[0].id);
}

TEST(StableIds, DuplicatesGetSuffixes) {
  Catalogue c = One("ก", "ซ้ำ");
  c.competencies[0].levels[0].indicators.push_back(c.competencies[0].levels[0].indicators[0]);
  c.competencies.push_back(c.competencies[0]);
  AssignStableIds(&c);
  EXPECT_EQ(c.competencies[1].id, c.competencies[0].id + "-2");
  const auto& items = c.competencies[0].levels[0].indicators;
  EXPECT_EQ(items[1].id, items[0].id + "-2");
}

TEST(StableIds, CarriedIdsAreKept) {
  Catalogue c = One("ก", "หนึ่ง");
  c.competencies[0].id = "c-carried";
  AssignStableIds(&c);
  EXPECT_EQ(c.competencies[0].id, "c-carried");
  EXPECT_EQ(c.competencies[0].levels[0].id, "c-carried.l2");
}

}  // namespace
}  // namespace samatthana::parse
