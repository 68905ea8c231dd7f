#include "search/search.h"

#include <gtest/gtest.h>

#include "db/test_util.h"

namespace samatthana::search {
namespace {

Catalogue Sample() {
  Catalogue c;
  c.title = "พจนานุกรม";
  Competency comp;
  comp.id = "c-1";
  comp.ordinal = 1;
  comp.name = "การคิดวิเคราะห์";
  comp.category = "หมวด";
  comp.definition = "ความเข้าใจและวิเคราะห์สถานการณ์";
  Level l;
  l.id = "c-1.l1";
  l.level = 1;
  l.title = "แยกแยะประเด็นปัญหา";
  l.summary = l.title;
  l.indicators = {{"i-1", 1, "แยกแยะปัญหาออกเป็นรายการอย่างง่าย บนกฎพื้นฐานหรือสามัญสำนึกที่มี", {}},
                  {"i-2", 2, "ตรวจสอบงานก่อนส่งผู้บังคับบัญชา", {}}};
  comp.levels.push_back(l);
  c.competencies.push_back(comp);
  return c;
}

class SearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = db::Store::Open(dir_.File("c.db"), {});
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    store_ = std::move(*opened);
    catalogue_ = Sample();
    db::Store::NewVersion nv;
    nv.label = "one";
    nv.source = {"c.txt", "sha", 1, "text", "UTF-8", 0};
    nv.catalogue = &catalogue_;
    auto added = store_->AddVersion(nv);
    ASSERT_TRUE(added.ok()) << added.status().ToString();
    version_ = added->version.id;
  }
  std::vector<Hit> Find(std::string text) {
    Query q;
    q.text = std::move(text);
    q.version_id = version_;
    auto hits = search::Find(*store_, q);
    EXPECT_TRUE(hits.ok()) << hits.status().ToString();
    return hits.ok() ? *hits : std::vector<Hit>{};
  }
  db::TempDir dir_;
  std::unique_ptr<db::Store> store_;
  Catalogue catalogue_;
  int64_t version_ = 0;
};

TEST_F(SearchTest, FindsTheIndicatorWithItsPlace) {
  std::vector<Hit> hits = Find("สามัญสำนึก");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].kind, "indicator");
  EXPECT_EQ(hits[0].record_id, "i-1");
  EXPECT_EQ(hits[0].competency, "การคิดวิเคราะห์");
  EXPECT_EQ(hits[0].level, 1);
  EXPECT_EQ(hits[0].indicator_ordinal, 1);
  EXPECT_NE(hits[0].snippet.find("[สามัญสำนึก]"), std::string::npos) << hits[0].snippet;
}

TEST_F(SearchTest, CompoundWordsAndSeveralWords) {
  ASSERT_EQ(Find("ผู้บังคับบัญชา").size(), 1u);
  EXPECT_EQ(Find("ผู้บังคับบัญชา")[0].record_id, "i-2");
  EXPECT_EQ(Find("แยกแยะ ปัญหา").size(), 2u);  // the level title and indicator 1
  EXPECT_TRUE(Find("ดาราศาสตร์").empty());
}

TEST_F(SearchTest, QuerySyntaxIsJustText) {
  EXPECT_TRUE(Find("\"AND* (OR").empty());
  Query q;
  q.version_id = version_;
  q.text = "   ";
  EXPECT_FALSE(search::Find(*store_, q).ok());
}

TEST_F(SearchTest, RankedBestFirst) {
  std::vector<Hit> hits = Find("แยกแยะ");
  ASSERT_GE(hits.size(), 2u);
  for (size_t i = 1; i < hits.size(); ++i) EXPECT_LE(hits[i - 1].score, hits[i].score);
}

TEST_F(SearchTest, HitsShownAsTextAndJson) {
  std::vector<Hit> hits = Find("สามัญสำนึก");
  VersionInfo v;
  v.id = version_;
  v.label = "one";
  std::string text = HitsToText(hits, v);
  EXPECT_EQ(text.rfind("1. C01.L1.1 indicator  การคิดวิเคราะห์  (i-1)\n   ", 0), 0u) << text;
  EXPECT_EQ(HitsToText({}, v), "no matches in version 1 \"one\"\n");
  std::string json = HitsToJson(hits);
  EXPECT_NE(json.find("\"code\": \"C01.L1.1\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"level\": 1"), std::string::npos) << json;
}

}  // namespace
}  // namespace samatthana::search
