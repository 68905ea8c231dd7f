// End to end: every rendering of the bundled catalogue, ingested and exported
// by the real binary, yields exactly the expected records with clean text.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/cli_runner.h"
#include "tests/expected_records.h"
#include "tests/renderings.h"

namespace samatthana::testing {
namespace {

class CorpusRendering : public ::testing::TestWithParam<std::string> {};

std::string IngestAndExport(const ScratchDir& dir, const std::string& file) {
  std::string db = dir.File("c.db");
  CliResult in = RunCli({"ingest", "--db", db, file});
  EXPECT_EQ(in.status, 0) << in.err;
  EXPECT_EQ(in.err, "") << "the bundled catalogue has no anomalies";
  std::string out = dir.File("c.json");
  CliResult ex = RunCli({"export", "--db", db, "--format", "json", "-o", out});
  EXPECT_EQ(ex.status, 0) << ex.err;
  return ReadFile(out);
}

TEST_P(CorpusRendering, YieldsTheExpectedRecords) {
  ScratchDir dir;
  std::string exported = IngestAndExport(dir, Fixture(GetParam()));
  Comparison c = CompareWithExpected(ReadFile(Fixture("cpd-competencies.expected.json")), exported);
  EXPECT_EQ(c.exact, c.records);
  for (const std::string& d : c.differences) ADD_FAILURE() << d;
  for (const std::string& d : TextDefects(exported)) ADD_FAILURE() << d;
  EXPECT_EQ(c.records, 19 * 3 + 114 + 194);  // name, definition, category; levels; indicators
}

INSTANTIATE_TEST_SUITE_P(Renderings, CorpusRendering,
                         ::testing::ValuesIn(WithPdfRenderings(
                             {"cpd-competencies.txt", "renderings/cpd-competencies.windows-874.txt",
                              "renderings/cpd-competencies.utf16.txt",
                              "renderings/cpd-competencies.page.html",
                              "renderings/cpd-competencies.page-874.html"})),
                         FixtureName());

class SharedIds : public ::testing::TestWithParam<std::string> {};

TEST_P(SharedIds, RenderingHasTheTextsIds) {
  ScratchDir a, b;
  auto text = nlohmann::json::parse(IngestAndExport(a, Fixture("cpd-competencies.txt")));
  auto page = nlohmann::json::parse(IngestAndExport(b, Fixture(GetParam())));
  ASSERT_EQ(text["competencies"].size(), page["competencies"].size());
  for (size_t i = 0; i < text["competencies"].size(); ++i) {
    EXPECT_EQ(text["competencies"][i]["id"], page["competencies"][i]["id"]);
    const auto& tl = text["competencies"][i]["levels"];
    const auto& pl = page["competencies"][i]["levels"];
    for (size_t k = 0; k < tl.size() && k < pl.size(); ++k) {
      for (size_t j = 0; j < tl[k]["indicators"].size() && j < pl[k]["indicators"].size(); ++j) {
        EXPECT_EQ(tl[k]["indicators"][j]["id"], pl[k]["indicators"][j]["id"]);
      }
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Renderings, SharedIds,
                         ::testing::Values("renderings/cpd-competencies.page.html",
                                           "renderings/cpd-competencies.page-874.html",
                                           "cpd-competencies.pdf",
                                           "renderings/cpd-competencies.legacy.pdf",
                                           "docx/cpd-competencies.docx"),
                         FixtureName());

}  // namespace
}  // namespace samatthana::testing
