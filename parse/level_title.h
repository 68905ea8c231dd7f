// LevelTitle: what a level's title says about the level below it.
#ifndef SAMATTHANA_PARSE_LEVEL_TITLE_H_
#define SAMATTHANA_PARSE_LEVEL_TITLE_H_

#include <optional>
#include <string>
#include <string_view>

namespace samatthana::parse {

struct LevelTitle {
  std::optional<int> builds_on;
  std::string summary;
};

// "แสดงสมรรถนะระดับที่ ๑ และ เข้าใจ..." -> builds_on 1, summary "เข้าใจ...", in the
// three ways catalogues say "builds on level N" (แสดงสมรรถนะระดับที่ N และ,
// มีระดับที่ N และ, แสดงสมรรถนะที่ N และ). Titles without such a prefix come
// back whole as the summary.
LevelTitle ReadLevelTitle(std::string_view title);

}  // namespace samatthana::parse

#endif  // SAMATTHANA_PARSE_LEVEL_TITLE_H_
