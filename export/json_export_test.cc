#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "export/export.h"

namespace samatthana::exports {
namespace {

TEST(JsonExport, ShapeAndValues) {
  VersionInfo v;
  v.id = 3;
  v.label = "2566";
  v.source.path = "cat.txt";
  v.source.sha256 = "ab";
  Catalogue c;
  c.title = "ชื่อเรื่อง";
  Competency comp{"c-1", 1, "การคิด", "หมวด", "นิยาม \"อ้าง\"", {}, {}, {}, {}};
  Level l0;
  l0.id = "c-1.l0";
  l0.title = "ไม่แสดง";
  l0.summary = "ไม่แสดง";
  Level l2;
  l2.id = "c-1.l2";
  l2.level = 2;
  l2.builds_on = 1;
  l2.title = "แสดงสมรรถนะระดับที่ ๑ และ ก";
  l2.summary = "ก";
  l2.indicators.push_back({"i-1", 1, "ข้อ", {}});
  comp.levels = {l0, l2};
  c.competencies.push_back(comp);

  std::string text = ToJson(v, c);
  EXPECT_NE(text.find("การคิด"), std::string::npos) << "Thai must not be \\u-escaped";
  auto j = nlohmann::json::parse(text);
  EXPECT_EQ(j["catalogue"]["version"], 3);
  EXPECT_EQ(j["catalogue"]["label"], "2566");
  EXPECT_EQ(j["catalogue"]["source"], "cat.txt");
  EXPECT_EQ(j["catalogue"]["sha256"], "ab");
  EXPECT_EQ(j["catalogue"]["title"], "ชื่อเรื่อง");
  const auto& jc = j["competencies"][0];
  EXPECT_EQ(jc["id"], "c-1");
  EXPECT_EQ(jc["definition"], "นิยาม \"อ้าง\"");
  EXPECT_TRUE(jc["levels"][0]["builds_on"].is_null());
  EXPECT_EQ(jc["levels"][1]["builds_on"], 1);
  EXPECT_EQ(jc["levels"][1]["indicators"][0]["text"], "ข้อ");
  EXPECT_EQ(jc["levels"][1]["indicators"][0]["ordinal"], 1);
}

}  // namespace
}  // namespace samatthana::exports
