#include "parse/anomalies.h"

#include <gtest/gtest.h>

namespace samatthana::parse {
namespace {

Competency Comp(std::string name, std::vector<int> levels, std::string definition = "d") {
  Competency c;
  c.ordinal = 1;
  c.name = std::move(name);
  c.definition = std::move(definition);
  for (int n : levels) {
    Level l;
    l.level = n;
    l.title = "t";
    c.levels.push_back(l);
  }
  return c;
}

std::vector<std::string> Find(Catalogue cat) {
  std::vector<Diagnostic> w;
  FindAnomalies(cat, "f.txt", &w);
  std::vector<std::string> out;
  for (const Diagnostic& d : w) out.push_back(d.message);
  return out;
}

TEST(Anomalies, CleanCatalogueHasNone) {
  EXPECT_TRUE(Find({"", {Comp("ก", {0, 1, 2}), Comp("ข", {0, 1, 2})}}).empty());
}

TEST(Anomalies, MissingLevelAgainstTheCatalogueRange) {
  EXPECT_EQ(Find({"", {Comp("ก", {0, 1, 2}), Comp("ข", {0, 2})}}),
            (std::vector<std::string>{"\"ข\" has no level 1"}));
}

TEST(Anomalies, DuplicateAndOutOfOrderLevels) {
  EXPECT_EQ(Find({"", {Comp("ก", {0, 2, 1, 1})}}),
            (std::vector<std::string>{"level 1 of \"ก\" comes after level 2",
                                      "level 1 of \"ก\" appears twice"}));
}

TEST(Anomalies, EmptyDefinitionNoLevelsEmptyTitle) {
  Competency c = Comp("ก", {0}, "");
  c.levels[0].title.clear();
  EXPECT_EQ(
      Find({"", {c, Comp("ข", {})}}),
      (std::vector<std::string>{"\"ก\" has no definition", "level 0 of \"ก\" has an empty title",
                                "\"ข\" has no levels"}));
}

TEST(Anomalies, TheRangeIsWhatMostCompetenciesSpan) {
  // A 1-5 catalogue misses no level 0; one competency reaching level 6 does
  // not make the others short of it.
  EXPECT_TRUE(
      Find({"", {Comp("ก", {1, 2, 3}), Comp("ข", {1, 2, 3}), Comp("ค", {0, 1, 2, 3, 4})}}).empty());
  EXPECT_EQ(Find({"", {Comp("ก", {1, 2, 3}), Comp("ข", {1, 2, 3}), Comp("ค", {1, 3})}}),
            (std::vector<std::string>{"\"ค\" has no level 2"}));
}

TEST(Anomalies, NoDefinitionAnywhereIsTheCataloguesHabit) {
  EXPECT_TRUE(Find({"", {Comp("ก", {1, 2}, ""), Comp("ข", {1, 2}, "")}}).empty());
}

}  // namespace
}  // namespace samatthana::parse
