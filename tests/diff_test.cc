// End to end: `samatthana diff` on real files and stored versions.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/cli_runner.h"
#include "tests/renderings.h"

namespace samatthana::testing {
namespace {

using nlohmann::json;

class SameCatalogue : public ::testing::TestWithParam<std::string> {};

TEST_P(SameCatalogue, EveryRenderingDiffsAsIdentical) {
  CliResult r =
      RunCli({"diff", Fixture("cpd-competencies.txt"), Fixture(GetParam()), "--format", "json"});
  EXPECT_EQ(r.status, 0) << r.err << r.out.substr(0, 2000);
  json j = json::parse(r.out);
  EXPECT_TRUE(j["changes"].empty());
}

INSTANTIATE_TEST_SUITE_P(
    Renderings, SameCatalogue,
    ::testing::ValuesIn(WithPdfRenderings({"renderings/cpd-competencies.page.html",
                                           "renderings/cpd-competencies.windows-874.txt"})),
    FixtureName());

// What a change is, for comparing with the revision's record of its edits.
std::string Describe(const std::string& kind, const std::string& entity, const json& competency,
                     const json& level, const json& field) {
  std::string s = kind + " " + entity;
  if (!competency.is_null()) s += " " + competency.get<std::string>();
  if (!level.is_null()) s += " L" + std::to_string(level.get<int>());
  if (field.is_string() && kind == "changed") s += " " + field.get<std::string>();
  return s;
}

TEST(Diff, RevisionReportsExactlyItsEdits) {
  CliResult r = RunCli({"diff", Fixture("cpd-competencies.txt"),
                        Fixture("revisions/cpd-competencies.rev2.txt"), "--format", "json"});
  ASSERT_EQ(r.status, 1) << r.err;
  json got = json::parse(r.out);
  json want = json::parse(ReadFile(Fixture("revisions/rev2.changes.json")));
  std::multiset<std::string> expected, actual;
  for (const json& w : want) {
    expected.insert(
        Describe(w["kind"], w["entity"], w["competency"], w["level"], w.value("field", json())));
  }
  for (const json& c : got["changes"]) {
    // Moves name no competency in the record of edits: which of a swapped
    // pair counts as moved is the diff's choice.
    json name = c["kind"] == "moved" ? json()
                                     : (c["competency"]["new"].is_null() ? c["competency"]["old"]
                                                                         : c["competency"]["new"]);
    actual.insert(Describe(c["kind"], c["entity"], name, c["level"], c["field"]));
  }
  EXPECT_EQ(actual, expected);
  EXPECT_EQ(got["summary"]["moved"], 1);
}

TEST(Diff, StoredVersionsByLabelAndFormats) {
  ScratchDir dir;
  std::string db = dir.File("c.db");
  ASSERT_EQ(
      RunCli({"ingest", "--db", db, "--label", "2566", Fixture("cpd-competencies.txt")}).status, 0);
  ASSERT_EQ(RunCli({"ingest", "--db", db, "--label", "2567",
                    Fixture("revisions/cpd-competencies.rev2.txt")})
                .status,
            0);
  CliResult json_out = RunCli({"diff", "--db", db, "2566", "2567", "--format", "json"});
  EXPECT_EQ(json_out.status, 1);
  json j = json::parse(json_out.out);
  EXPECT_EQ(j["old"]["version"], 1);
  EXPECT_EQ(j["new"]["label"], "2567");
  EXPECT_EQ(j["summary"]["renamed"], 1);
  for (const char* format : {"text", "markdown", "html"}) {
    CliResult out = RunCli({"diff", "--db", db, "1", "2", "--format", format});
    EXPECT_EQ(out.status, 1) << format << out.err;
    EXPECT_NE(out.out.find("การสืบค้นและแสวงหาข้อมูล"), std::string::npos) << format;
  }
  CliResult same = RunCli({"diff", "--db", db, "2566", Fixture("cpd-competencies.pdf")});
  EXPECT_EQ(same.status, 0) << same.out;
}

TEST(Diff, TroubleExitsTwo) {
  ScratchDir dir;
  CliResult missing = RunCli({"diff", "--db", dir.File("none.db"), "1", "2"});
  EXPECT_EQ(missing.status, 2);
  EXPECT_EQ(LineCount(missing.err), 1) << missing.err;
  std::string bad = dir.File("bad.txt");
  WriteFile(bad, "no competency here\n");
  CliResult unreadable = RunCli({"diff", bad, Fixture("cpd-competencies.txt")});
  EXPECT_EQ(unreadable.status, 2);
  EXPECT_NE(unreadable.err.find(bad), std::string::npos);
  EXPECT_EQ(RunCli({"diff", "--format", "pdf", "a", "b"}).status, 2);
}

TEST(Diff, ColourOnlyWhenAsked) {
  std::vector<std::string> args = {"diff", Fixture("cpd-competencies.txt"),
                                   Fixture("revisions/cpd-competencies.rev2.txt")};
  EXPECT_EQ(RunCli(args).out.find('\033'), std::string::npos);  // not a terminal
  args.push_back("--color");
  args.push_back("always");
  EXPECT_NE(RunCli(args).out.find('\033'), std::string::npos);
}

TEST(StableIds, RecordsKeepTheirIdsAcrossARevision) {
  ScratchDir dir;
  std::string db = dir.File("c.db");
  ASSERT_EQ(RunCli({"ingest", "--db", db, Fixture("cpd-competencies.txt")}).status, 0);
  ASSERT_EQ(RunCli({"ingest", "--db", db, Fixture("revisions/cpd-competencies.rev2.txt")}).status,
            0);
  json v1 = json::parse(RunCli({"export", "--db", db, "--version", "1"}).out);
  json v2 = json::parse(RunCli({"export", "--db", db, "--version", "2"}).out);
  std::map<std::string, std::string> id_of_v1;  // name -> id
  for (const json& c : v1["competencies"]) id_of_v1[c["name"]] = c["id"];
  int kept = 0;
  for (const json& c : v2["competencies"]) {
    std::string name = c["name"];
    if (name == "การสืบค้นและแสวงหาข้อมูล") {
      EXPECT_EQ(c["id"], id_of_v1["การสืบเสาะหาข้อมูล"]) << "a renamed competency keeps its id";
    } else if (id_of_v1.count(name)) {
      EXPECT_EQ(c["id"], id_of_v1[name]) << name;
      ++kept;
    }
  }
  EXPECT_EQ(kept, 18);
  // The indicator whose typo was fixed keeps its id too.
  EXPECT_EQ(v2["competencies"][0]["levels"][4]["indicators"][1]["id"],
            v1["competencies"][0]["levels"][4]["indicators"][1]["id"]);
}

}  // namespace
}  // namespace samatthana::testing
