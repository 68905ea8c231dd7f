#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "diff/report.h"
#include "diff/test_catalogues.h"

namespace samatthana::diff {
namespace {

TEST(JsonReport, FollowsTheContract) {
  std::vector<Competency> after = Base();
  after[0].levels[2].indicators[1].text = "เชื่อมโยงข้อมูล แนวโน้ม และความไม่สมบูรณ์ของข้อมูลได้";
  after.push_back(Comp("การทำงานเป็นทีม", "ความตั้งใจที่จะทำงานร่วมกับผู้อื่น", {{}}));
  DiffResult r = Compare(Cat(Base()), Cat(after));
  r.old_side = {1, "2566"};
  r.new_side = {0, "new.pdf"};
  auto j = nlohmann::json::parse(ToJson(r));
  EXPECT_EQ(j["old"]["version"], 1);
  EXPECT_EQ(j["old"]["label"], "2566");
  EXPECT_TRUE(j["new"]["version"].is_null());
  for (const char* k : {"added", "removed", "changed", "renamed", "moved", "split", "merged"}) {
    EXPECT_TRUE(j["summary"][k].is_number()) << k;
  }
  EXPECT_EQ(j["summary"]["changed"], 1);
  EXPECT_EQ(j["summary"]["added"], 1);
  const auto& c = j["changes"][0];
  EXPECT_EQ(c["kind"], "changed");
  EXPECT_EQ(c["entity"], "indicator");
  EXPECT_EQ(c["competency"]["old"], "การคิดวิเคราะห์");
  EXPECT_EQ(c["level"], 2);
  EXPECT_EQ(c["field"], "text");
  EXPECT_TRUE(c["old"].is_string());
  ASSERT_TRUE(c["words"].is_array());
  EXPECT_EQ(c["words"][0].size(), 2u);
  const auto& added = j["changes"][1];
  EXPECT_EQ(added["entity"], "competency");
  EXPECT_TRUE(added["competency"]["old"].is_null());
  EXPECT_TRUE(added["old"].is_null());
  EXPECT_TRUE(added["level"].is_null());
}

}  // namespace
}  // namespace samatthana::diff
