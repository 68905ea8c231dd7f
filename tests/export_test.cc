// End to end: exports of stored versions, read back.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "tests/cli_runner.h"

namespace samatthana::testing {
namespace {

using nlohmann::json;

std::set<std::string> Identifiers(const json& package, const char* list) {
  std::set<std::string> out;
  for (const json& x : package[list]) out.insert(x["identifier"].get<std::string>());
  return out;
}

TEST(CaseExport, SameIdentifiersFromEveryRendering) {
  ScratchDir dir;
  std::string db = dir.File("c.db");
  ASSERT_EQ(RunCli({"ingest", "--db", db, Fixture("cpd-competencies.txt")}).status, 0);
  ASSERT_EQ(
      RunCli({"ingest", "--db", db, Fixture("renderings/cpd-competencies.legacy.pdf")}).status, 0);
  json one = json::parse(RunCli({"export", "--db", db, "--version", "1", "--format", "case"}).out);
  json two = json::parse(RunCli({"export", "--db", db, "--version", "2", "--format", "case"}).out);
  EXPECT_EQ(one["CFDocument"]["identifier"], two["CFDocument"]["identifier"]);
  EXPECT_NE(one["CFDocument"]["version"], two["CFDocument"]["version"]);
  EXPECT_EQ(Identifiers(one, "CFItems"), Identifiers(two, "CFItems"));
  EXPECT_EQ(Identifiers(one, "CFAssociations"), Identifiers(two, "CFAssociations"));
  EXPECT_EQ(one["CFItems"].size(), 19u + 114u + 194u);
}

TEST(Exports, EveryFormatHoldsEveryRecord) {
  ScratchDir dir;
  std::string db = dir.File("c.db");
  ASSERT_EQ(RunCli({"ingest", "--db", db, Fixture("cpd-competencies.pdf")}).status, 0);
  CliResult jsonl = RunCli({"export", "--db", db, "--format", "jsonl"});
  ASSERT_EQ(jsonl.status, 0) << jsonl.err;
  std::map<std::string, int> kinds;
  std::istringstream lines(jsonl.out);
  for (std::string line; std::getline(lines, line);) ++kinds[json::parse(line)["type"]];
  EXPECT_EQ(kinds["competency"], 19);
  EXPECT_EQ(kinds["level"], 114);
  EXPECT_EQ(kinds["indicator"], 194);
  std::string csv_file = dir.File("c.csv");
  ASSERT_EQ(RunCli({"export", "--db", db, "--format", "csv", "--bom", "-o", csv_file}).status, 0);
  std::string csv = ReadFile(csv_file);
  EXPECT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_NE(csv.find("\r\n"), std::string::npos);
  EXPECT_NE(csv.find("สามัญสำนึก"), std::string::npos);
  EXPECT_EQ(RunCli({"export", "--db", db, "--format", "csv", "--table", "things"}).status, 2);
}

}  // namespace
}  // namespace samatthana::testing
