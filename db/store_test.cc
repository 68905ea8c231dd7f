#include "db/store.h"

#include <gtest/gtest.h>

#include "db/test_util.h"

namespace samatthana::db {
namespace {

Catalogue Sample(std::string name = "การคิดวิเคราะห์") {
  Catalogue c;
  c.title = "พจนานุกรม";
  Competency comp;
  comp.id = "c-1";
  comp.ordinal = 1;
  comp.name = std::move(name);
  comp.category = "หมวด";
  comp.definition = "นิยาม";
  comp.source = {12, 0};
  for (int n = 0; n < 3; ++n) {
    Level l;
    l.id = "c-1.l" + std::to_string(n);
    l.level = n;
    l.title = "ระดับ " + std::to_string(n);
    if (n > 1) l.builds_on = n - 1;
    l.summary = "สรุป";
    l.source = {13 + n, 2};
    for (int k = 1; k <= n; ++k) {
      l.indicators.push_back({"i-" + std::to_string(n) + std::to_string(k),
                              k,
                              "ตัวชี้วัด " + std::to_string(k),
                              {20 + k, 3}});
    }
    comp.levels.push_back(l);
  }
  c.competencies.push_back(comp);
  return c;
}

Store::NewVersion New(Catalogue& cat, std::string sha, std::string label = "v") {
  Store::NewVersion nv;
  nv.label = std::move(label);
  nv.label_is_default = false;
  nv.source = {"cat.txt", std::move(sha), 100, "text", "UTF-8", 0};
  nv.catalogue = &cat;
  nv.warnings = {{Location{"cat.txt", 0, 7}, "a warning"}};
  return nv;
}

TEST(Store, RoundTripKeepsEveryField) {
  TempDir dir;
  auto store = Store::Open(dir.File("c.db"), {});
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  Catalogue cat = Sample();
  auto added = (*store)->AddVersion(New(cat, "aa"));
  ASSERT_TRUE(added.ok()) << added.status().ToString();
  EXPECT_TRUE(added->created);
  EXPECT_EQ(added->version.counts.competencies, 1);
  EXPECT_EQ(added->version.counts.levels, 3);
  EXPECT_EQ(added->version.counts.indicators, 3);

  auto loaded = (*store)->LoadCatalogue(added->version.id);
  ASSERT_TRUE(loaded.ok());
  ASSERT_EQ(loaded->competencies.size(), 1u);
  const Competency& c = loaded->competencies[0];
  EXPECT_EQ(loaded->title, "พจนานุกรม");
  EXPECT_EQ(c.id, "c-1");
  EXPECT_EQ(c.name, "การคิดวิเคราะห์");
  EXPECT_EQ(c.source.line, 12);
  ASSERT_EQ(c.levels.size(), 3u);
  EXPECT_EQ(c.levels[2].builds_on, 1);
  EXPECT_FALSE(c.levels[0].builds_on.has_value());
  EXPECT_EQ(c.levels[2].source.page, 2);
  ASSERT_EQ(c.levels[2].indicators.size(), 2u);
  EXPECT_EQ(c.levels[2].indicators[1].text, "ตัวชี้วัด 2");
  EXPECT_EQ(c.levels[2].indicators[1].id, "i-22");

  auto warnings = (*store)->LoadWarnings(added->version.id);
  ASSERT_TRUE(warnings.ok());
  ASSERT_EQ(warnings->size(), 1u);
  EXPECT_EQ((*warnings)[0].ToString(), "cat.txt:7: a warning");
}

TEST(Store, SameBytesAgainWritesNothing) {
  TempDir dir;
  auto store = Store::Open(dir.File("c.db"), {});
  ASSERT_TRUE(store.ok());
  Catalogue cat = Sample();
  auto first = (*store)->AddVersion(New(cat, "same", "one"));
  ASSERT_TRUE(first.ok());
  auto again = (*store)->AddVersion(New(cat, "same", "two"));
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->created);
  EXPECT_EQ(again->version.id, first->version.id);
  EXPECT_EQ(again->version.label, "one");
  EXPECT_EQ((*store)->ListVersions()->size(), 1u);
}

TEST(Store, LabelsAreUnique) {
  TempDir dir;
  auto store = Store::Open(dir.File("c.db"), {});
  Catalogue cat = Sample();
  ASSERT_TRUE((*store)->AddVersion(New(cat, "a", "2566")).ok());
  auto clash = (*store)->AddVersion(New(cat, "b", "2566"));
  ASSERT_FALSE(clash.ok());
  EXPECT_NE(clash.status().message().find("already used by version 1"), std::string::npos);
  Store::NewVersion def = New(cat, "c", "2566");
  def.label_is_default = true;
  auto renamed = (*store)->AddVersion(def);
  ASSERT_TRUE(renamed.ok());
  EXPECT_EQ(renamed->version.label, "2566 (2)");
}

TEST(Store, ResolvesByIdLabelOrLatest) {
  TempDir dir;
  auto store = Store::Open(dir.File("c.db"), {});
  Catalogue cat = Sample();
  ASSERT_TRUE((*store)->AddVersion(New(cat, "a", "old")).ok());
  ASSERT_TRUE((*store)->AddVersion(New(cat, "b", "new")).ok());
  EXPECT_EQ((*store)->ResolveVersion("")->label, "new");
  EXPECT_EQ((*store)->ResolveVersion("1")->label, "old");
  EXPECT_EQ((*store)->ResolveVersion("old")->id, 1);
  auto missing = (*store)->ResolveVersion("nope");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
}

TEST(Store, EarlierVersionsStayAsTheyWere) {
  TempDir dir;
  auto store = Store::Open(dir.File("c.db"), {});
  Catalogue one = Sample("ก");
  Catalogue two = Sample("ข");
  ASSERT_TRUE((*store)->AddVersion(New(one, "a", "one")).ok());
  ASSERT_TRUE((*store)->AddVersion(New(two, "b", "two")).ok());
  EXPECT_EQ((*store)->LoadCatalogue(1)->competencies[0].name, "ก");
  EXPECT_EQ((*store)->LoadCatalogue(2)->competencies[0].name, "ข");
}

TEST(Store, DiskFullWritesNothing) {
  TempDir dir;
  auto store = Store::Open(dir.File("c.db"), {});
  ASSERT_TRUE(store.ok());
  Catalogue cat = Sample();
  ASSERT_TRUE((*store)->AddVersion(New(cat, "a", "one")).ok());
  store->reset();
  // No room for another page: the next version cannot be written.
  store = Store::Open(dir.File("c.db"), {.max_page_count = 1});
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  Catalogue big = Sample("ใหญ่");
  for (int i = 0; i < 200; ++i) {
    big.competencies[0].levels[2].indicators.push_back(
        {"i-x" + std::to_string(i), 3 + i, std::string(300, 'x') + std::to_string(i), {}});
  }
  auto full = (*store)->AddVersion(New(big, "b", "two"));
  ASSERT_FALSE(full.ok());
  EXPECT_NE(full.status().message().find("disk is full"), std::string::npos)
      << full.status().ToString();
  auto versions = (*store)->ListVersions();
  ASSERT_TRUE(versions.ok());
  EXPECT_EQ(versions->size(), 1u);
  EXPECT_EQ((*store)->LoadCatalogue(1)->competencies[0].name, "การคิดวิเคราะห์");
}

TEST(Store, NewRecordsTakeIdsInsideTheWriteTransaction) {
  TempDir dir;
  auto store = Store::Open(dir.File("c.db"), {});
  Catalogue first = Sample();
  Store::NewVersion one = New(first, "a", "one");
  bool called_without_latest = false;
  one.carry_ids = [&](const Catalogue&, Catalogue*) { called_without_latest = true; };
  ASSERT_TRUE((*store)->AddVersion(one).ok());
  EXPECT_FALSE(called_without_latest);  // nothing stored yet to carry from

  Catalogue second = Sample();
  second.competencies[0].id = "c-fresh";
  Store::NewVersion two = New(second, "b", "two");
  two.carry_ids = [](const Catalogue& latest, Catalogue* next) {
    next->competencies[0].id = latest.competencies[0].id;
  };
  ASSERT_TRUE((*store)->AddVersion(two).ok());
  EXPECT_EQ((*store)->LoadCatalogue(2)->competencies[0].id, "c-1");
}

TEST(Store, CodeAndEnglishNameRoundTripAndStayNullWhenAbsent) {
  TempDir dir;
  auto store = Store::Open(dir.File("c.db"), {});
  Catalogue cat = Sample();
  cat.competencies[0].name_en = "Analytical Thinking";
  cat.competencies[0].code = "AT";
  ASSERT_TRUE((*store)->AddVersion(New(cat, "a", "one")).ok());
  Catalogue plain = Sample("ข");
  ASSERT_TRUE((*store)->AddVersion(New(plain, "b", "two")).ok());
  auto loaded = (*store)->LoadCatalogue(1);
  EXPECT_EQ(loaded->competencies[0].name_en, "Analytical Thinking");
  EXPECT_EQ(loaded->competencies[0].code, "AT");
  auto bare = (*store)->LoadCatalogue(2);
  EXPECT_EQ(bare->competencies[0].name_en, std::nullopt);
  EXPECT_EQ(bare->competencies[0].code, std::nullopt);
}

TEST(Store, WhatOcrReadIsKept) {
  TempDir dir;
  auto store = Store::Open(dir.File("c.db"), {});
  Catalogue cat = Sample();
  cat.competencies[0].confidence = 91.5;
  cat.competencies[0].levels[2].confidence = 80;
  cat.competencies[0].levels[2].indicators[1].confidence = 42.25;
  Store::NewVersion nv = New(cat, "scan", "scan");
  nv.source.ocr_pages = 6;
  nv.source.ocr_confidence = 87.5;
  auto added = (*store)->AddVersion(nv);
  ASSERT_TRUE(added.ok()) << added.status().ToString();
  EXPECT_EQ(added->version.source.ocr_pages, 6);
  EXPECT_EQ(added->version.source.ocr_confidence, 87.5);
  EXPECT_NE(VersionSummary(added->version).find("6 pages read by OCR, mean confidence 88%"),
            std::string::npos)
      << VersionSummary(added->version);
  auto loaded = (*store)->LoadCatalogue(added->version.id);
  ASSERT_TRUE(loaded.ok());
  EXPECT_EQ(loaded->competencies[0].confidence, 91.5);
  EXPECT_EQ(loaded->competencies[0].levels[2].confidence, 80);
  EXPECT_EQ(loaded->competencies[0].levels[2].indicators[1].confidence, 42.25);
  EXPECT_EQ(loaded->competencies[0].levels[2].indicators[0].confidence, std::nullopt);
  EXPECT_EQ(loaded->competencies[0].levels[1].confidence, std::nullopt);
  auto versions = (*store)->ListVersions();
  EXPECT_NE(VersionsToText(*versions).find("[6 pages read by OCR"), std::string::npos);
  EXPECT_NE(VersionsToJson(*versions).find("\"ocr_pages\": 6"), std::string::npos);
}

TEST(Store, MissingDatabaseIsNotCreatedForReaders) {
  TempDir dir;
  auto store = Store::Open(dir.File("none.db"), {.must_exist = true});
  ASSERT_FALSE(store.ok());
  EXPECT_FALSE(std::filesystem::exists(dir.File("none.db")));
}

}  // namespace
}  // namespace samatthana::db
