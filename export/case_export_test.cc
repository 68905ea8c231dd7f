#include <gtest/gtest.h>
#include <re2/re2.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "export/export.h"
#include "export/uuid.h"

namespace samatthana::exports {
namespace {

using nlohmann::json;

Catalogue CaseCatalogue(const std::string& title) {
  Catalogue c;
  c.title = title;
  Competency a{"c-aaa", 7, "การคิดวิเคราะห์", "สมรรถนะเฉพาะ", "ความเข้าใจและวิเคราะห์สถานการณ์", {}, {},
               {},      {}};
  Level a0;
  a0.id = "c-aaa.l0";
  a0.title = "ไม่แสดงสมรรถนะรายการนี้";
  Level a3;
  a3.id = "c-aaa.l3";
  a3.level = 3;
  a3.builds_on = 2;
  a3.title = "แสดงสมรรถนะระดับที่ ๒ และ ประยุกต์ใช้ทฤษฎี";
  a3.indicators.push_back({"i-001", 1, "เชื่อมโยงเหตุปัจจัยที่ซับซ้อน", {}});
  a3.indicators.push_back({"i-002", 2, "ประยุกต์ใช้แนวคิดใหม่ๆ", {}});
  a.levels = {a0, a3};
  Competency b{"c-bbb", 8, "การสื่อสาร", "สมรรถนะเฉพาะ", "", {}, {}, {}, {}};
  Level b1;
  b1.id = "c-bbb.l1";
  b1.level = 1;
  b1.title = "ฟังผู้อื่น";
  b1.indicators.push_back({"i-003", 1, "รับฟังอย่างตั้งใจ", {}});
  b.levels = {b1};
  c.competencies = {a, b};
  return c;
}

VersionInfo CaseVersion(const std::string& label) {
  VersionInfo v;
  v.id = 2;
  v.label = label;
  v.ingested_at = "2026-11-25T18:04:48Z";
  v.source.path = "fixtures/cpd-competencies.txt";
  return v;
}

json Export(const Catalogue& c, const std::string& label = "2567",
            const std::string& base = "https://example.org/ims/case/v1p0/") {
  Result<std::string> text = ToCase(CaseVersion(label), c, {.base_uri = base});
  EXPECT_TRUE(text.ok()) << text.status().ToString();
  return text.ok() ? json::parse(*text) : json();
}

std::string CaseId(std::string_view name) {
  return FormatUuid(*UuidV5(kSamatthanaNamespace, name));
}

// CASE's UUID.Type pattern (lower case, version 1-5, variant 10xx).
bool IsCaseUuid(const std::string& s) {
  static const RE2 kUuid("[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  return RE2::FullMatch(s, kUuid);
}

void ExpectLink(const json& link, const std::string& identifier, const std::string& uri,
                const std::string& where) {
  ASSERT_TRUE(link.is_object()) << where;
  EXPECT_EQ(link.size(), 3u) << where << ": a LinkURI has exactly title, identifier, uri";
  EXPECT_TRUE(link.contains("title")) << where;
  EXPECT_EQ(link["identifier"], identifier) << where;
  EXPECT_EQ(link["uri"], uri) << where;
}

TEST(CaseExport, DocumentHasTheRequiredFields) {
  json p = Export(CaseCatalogue("พจนานุกรม สมรรถนะ"));
  const json& d = p["CFDocument"];
  const std::string id = d["identifier"];
  EXPECT_TRUE(IsCaseUuid(id)) << id;
  EXPECT_EQ(id, CaseId("CFDocument:พจนานุกรมสมรรถนะ"));
  EXPECT_EQ(d["uri"], "https://example.org/ims/case/v1p0/CFDocuments/" + id)
      << "one trailing '/' of --base-uri is dropped";
  EXPECT_EQ(d["creator"], "cpd-competencies.txt");
  EXPECT_EQ(d["title"], "พจนานุกรม สมรรถนะ");
  EXPECT_EQ(d["lastChangeDateTime"], "2026-11-25T18:04:48Z");
  EXPECT_EQ(d["language"], "th");
  EXPECT_EQ(d["version"], "2567");
  // The package types of the CASE binding do not allow these inside a package.
  EXPECT_FALSE(d.contains("CFPackageURI"));
  EXPECT_TRUE(p["CFItems"].is_array());
  EXPECT_TRUE(p["CFAssociations"].is_array());
}

TEST(CaseExport, EveryRecordIsAnItemWithOneIsChildOfToItsParent) {
  json p = Export(CaseCatalogue("พจนานุกรมสมรรถนะ"));
  const std::string doc = p["CFDocument"]["identifier"];
  const std::string base = "https://example.org/ims/case/v1p0";

  // humanCodingScheme -> item, and the parent each one must have.
  std::map<std::string, json> items;
  for (const json& item : p["CFItems"]) items[item["humanCodingScheme"]] = item;
  const std::map<std::string, std::string> parent = {{"C07", ""},
                                                     {"C07.L0", "C07"},
                                                     {"C07.L3", "C07"},
                                                     {"C07.L3.1", "C07.L3"},
                                                     {"C07.L3.2", "C07.L3"},
                                                     {"C08", ""},
                                                     {"C08.L1", "C08"},
                                                     {"C08.L1.1", "C08.L1"}};
  ASSERT_EQ(p["CFItems"].size(), parent.size()) << "2 competencies + 3 levels + 3 indicators";
  for (const auto& [code, _] : parent) ASSERT_TRUE(items.count(code)) << code;

  std::map<std::string, int> child_of;  // origin identifier -> isChildOf count
  for (const json& a : p["CFAssociations"]) {
    EXPECT_EQ(a["associationType"], "isChildOf");
    EXPECT_TRUE(a["sequenceNumber"].is_number_integer());
    EXPECT_EQ(a["lastChangeDateTime"], "2026-11-25T18:04:48Z");
    const std::string id = a["identifier"];
    EXPECT_EQ(a["uri"], base + "/CFAssociations/" + id);
    EXPECT_FALSE(a.contains("CFDocumentURI"));
    ++child_of[a["originNodeURI"]["identifier"]];
  }
  for (const auto& [code, parent_code] : parent) {
    const json& item = items[code];
    const std::string id = item["identifier"];
    ASSERT_EQ(child_of[id], 1) << code << " needs exactly one isChildOf";
    for (const json& a : p["CFAssociations"]) {
      if (a["originNodeURI"]["identifier"] != id) continue;
      ExpectLink(a["originNodeURI"], id, base + "/CFItems/" + id, code + " origin");
      if (parent_code.empty()) {
        ExpectLink(a["destinationNodeURI"], doc, base + "/CFDocuments/" + doc, code + " parent");
      } else {
        const std::string pid = items[parent_code]["identifier"];
        ExpectLink(a["destinationNodeURI"], pid, base + "/CFItems/" + pid, code + " parent");
      }
      EXPECT_EQ(
          a["identifier"],
          CaseId(id + ":isChildOf:" + a["destinationNodeURI"]["identifier"].get<std::string>()));
    }
  }
  EXPECT_EQ(p["CFAssociations"].size(), parent.size());
}

TEST(CaseExport, ItemFieldsComeFromTheRecords) {
  json p = Export(CaseCatalogue("พจนานุกรมสมรรถนะ"));
  const std::string doc = p["CFDocument"]["identifier"];
  std::map<std::string, json> items;
  for (const json& item : p["CFItems"]) {
    EXPECT_EQ(item["language"], "th");
    EXPECT_EQ(item["lastChangeDateTime"], "2026-11-25T18:04:48Z");
    EXPECT_EQ(item["uri"],
              "https://example.org/ims/case/v1p0/CFItems/" + item["identifier"].get<std::string>());
    EXPECT_FALSE(item.contains("CFDocumentURI"));
    items[item["humanCodingScheme"]] = item;
  }
  const json& comp = items["C07"];
  EXPECT_EQ(comp["identifier"], CaseId("c-aaa")) << "derived from the stable id alone";
  EXPECT_EQ(comp["fullStatement"], "การคิดวิเคราะห์");
  EXPECT_EQ(comp["notes"], "ความเข้าใจและวิเคราะห์สถานการณ์");
  EXPECT_EQ(comp["CFItemType"], "Competency");
  EXPECT_EQ(comp["listEnumeration"], "7");
  EXPECT_FALSE(items["C08"].contains("notes")) << "no empty notes for an empty definition";

  const json& level = items["C07.L3"];
  EXPECT_EQ(level["identifier"], CaseId("c-aaa.l3"));
  EXPECT_EQ(level["fullStatement"], "แสดงสมรรถนะระดับที่ ๒ และ ประยุกต์ใช้ทฤษฎี");
  EXPECT_EQ(level["CFItemType"], "Competency Level");
  EXPECT_EQ(level["listEnumeration"], "3");
  EXPECT_EQ(items["C07.L0"]["listEnumeration"], "0");

  const json& indicator = items["C07.L3.2"];
  EXPECT_EQ(indicator["identifier"], CaseId("i-002"));
  EXPECT_EQ(indicator["fullStatement"], "ประยุกต์ใช้แนวคิดใหม่ๆ");
  EXPECT_EQ(indicator["CFItemType"], "Indicator");
  EXPECT_EQ(indicator["listEnumeration"], "2");
}

TEST(CaseExport, IdentifiersAreUniqueUuids) {
  json p = Export(CaseCatalogue("พจนานุกรมสมรรถนะ"));
  std::set<std::string> seen;
  auto check = [&seen](const json& node) {
    const std::string id = node["identifier"];
    EXPECT_TRUE(IsCaseUuid(id)) << id;
    EXPECT_TRUE(seen.insert(id).second) << "duplicate identifier " << id;
  };
  check(p["CFDocument"]);
  for (const json& item : p["CFItems"]) check(item);
  for (const json& a : p["CFAssociations"]) check(a);
  EXPECT_EQ(seen.size(), 1u + 8u + 8u);
}

TEST(CaseExport, SiblingsAreNumberedInOrder) {
  json p = Export(CaseCatalogue("พจนานุกรมสมรรถนะ"));
  std::map<std::string, std::string> code_of;
  for (const json& item : p["CFItems"]) code_of[item["identifier"]] = item["humanCodingScheme"];
  std::map<std::string, int> sequence;
  for (const json& a : p["CFAssociations"]) {
    sequence[code_of[a["originNodeURI"]["identifier"]]] = a["sequenceNumber"];
  }
  EXPECT_EQ(sequence["C07"], 7);
  EXPECT_EQ(sequence["C08"], 8);
  EXPECT_EQ(sequence["C07.L0"], 1);
  EXPECT_EQ(sequence["C07.L3"], 2);
  EXPECT_EQ(sequence["C07.L3.1"], 1);
  EXPECT_EQ(sequence["C07.L3.2"], 2);
}

TEST(CaseExport, DocumentIdentifierIgnoresTitleWhitespaceAndVersion) {
  json one = Export(CaseCatalogue("คำอธิบายรายละเอียด สมรรถนะเฉพาะ ประเภททั่วไป"), "2566");
  json two = Export(CaseCatalogue(" คำอธิบายรายละเอียด\u00a0สมรรถนะเฉพาะ\n  ประเภททั่วไป "), "2567-pdf",
                    "https://example.org/ims/case/v1p0");
  json other = Export(CaseCatalogue("คำอธิบายรายละเอียด สมรรถนะหลัก ประเภททั่วไป"), "2566");
  EXPECT_EQ(one["CFDocument"]["identifier"], two["CFDocument"]["identifier"]);
  EXPECT_EQ(one["CFDocument"]["version"], "2566");
  EXPECT_EQ(two["CFDocument"]["version"], "2567-pdf");
  EXPECT_NE(one["CFDocument"]["identifier"], other["CFDocument"]["identifier"]);
  auto ids = [](const json& nodes) {
    std::vector<std::string> out;
    for (const json& n : nodes) out.push_back(n["identifier"]);
    return out;
  };
  EXPECT_EQ(ids(one["CFItems"]), ids(two["CFItems"])) << "nor do the items'";
  EXPECT_EQ(ids(one["CFAssociations"]), ids(two["CFAssociations"]));
}

TEST(CaseExport, DefaultBaseUri) {
  Result<std::string> text = ToCase(CaseVersion("x"), CaseCatalogue("ก"), {});
  ASSERT_TRUE(text.ok());
  json p = json::parse(*text);
  EXPECT_EQ(p["CFDocument"]["uri"], "https://localhost/samatthana/ims/case/v1p0/CFDocuments/" +
                                        p["CFDocument"]["identifier"].get<std::string>());
  EXPECT_NE(text->find("การคิดวิเคราะห์"), std::string::npos) << "Thai must not be \\u-escaped";
}

// A source that codes its competencies ("การคิดวิเคราะห์ (Analytical Thinking-AT)")
// gives its code to the human coding scheme, and its English name as the
// item's alternative label; the identifiers stay those of the stable ids.
TEST(CaseExport, TheSourcesOwnCodeAndEnglishName) {
  Catalogue plain = CaseCatalogue("พจนานุกรมสมรรถนะ");
  Catalogue coded = plain;
  coded.competencies[0].code = "AT";
  coded.competencies[0].name_en = "Analytical Thinking";
  json p = Export(coded);
  std::map<std::string, json> items;
  for (const json& item : p["CFItems"]) items[item["humanCodingScheme"]] = item;
  ASSERT_TRUE(items.count("AT"));
  EXPECT_TRUE(items.count("AT.L3"));
  EXPECT_TRUE(items.count("AT.L3.2"));
  EXPECT_TRUE(items.count("C08")) << "a competency without a code keeps its position's";
  EXPECT_EQ(items["AT"]["alternativeLabel"], "Analytical Thinking");
  EXPECT_FALSE(items["C08"].contains("alternativeLabel"));
  json before = Export(plain);
  for (const json& item : before["CFItems"]) {
    if (item["humanCodingScheme"] == "C07") {
      EXPECT_EQ(item["identifier"], items["AT"]["identifier"]);
    }
  }
}

}  // namespace
}  // namespace samatthana::exports
