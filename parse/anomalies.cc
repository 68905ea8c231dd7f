#include "parse/anomalies.h"

#include <algorithm>
#include <set>

namespace samatthana::parse {
namespace {

std::string Quote(const Competency& c) {
  return c.name.empty() ? "competency " + std::to_string(c.ordinal) : "\"" + c.name + "\"";
}

}  // namespace

void FindAnomalies(const Catalogue& catalogue, const std::string& file,
                   std::vector<Diagnostic>* warnings) {
  auto warn = [&](SourceRef at, std::string message) {
    warnings->push_back({Location{file, at.page, at.line}, std::move(message)});
  };
  // The catalogue's own range of levels: a competency is compared with its peers.
  int lowest = 0;
  int highest = -1;
  bool any = false;
  for (const Competency& c : catalogue.competencies) {
    for (const Level& l : c.levels) {
      lowest = any ? std::min(lowest, l.level) : l.level;
      highest = any ? std::max(highest, l.level) : l.level;
      any = true;
    }
  }

  for (const Competency& c : catalogue.competencies) {
    if (c.name.empty()) warn(c.source, "competency " + std::to_string(c.ordinal) + " has no name");
    if (c.definition.empty()) warn(c.source, Quote(c) + " has no definition");
    if (c.levels.empty()) {
      warn(c.source, Quote(c) + " has no levels");
      continue;
    }
    std::set<int> seen;
    int previous = -1;
    for (const Level& l : c.levels) {
      std::string name = "level " + std::to_string(l.level) + " of " + Quote(c);
      if (seen.count(l.level)) {
        warn(l.source, name + " appears twice");
      } else if (l.level < previous) {
        warn(l.source, name + " comes after level " + std::to_string(previous));
      }
      if (l.title.empty()) warn(l.source, name + " has an empty title");
      seen.insert(l.level);
      previous = std::max(previous, l.level);
    }
    for (int n = lowest; n <= highest; ++n) {
      if (!seen.count(n)) {
        warn(c.source, Quote(c) + " has no level " + std::to_string(n));
      }
    }
  }
}

}  // namespace samatthana::parse
