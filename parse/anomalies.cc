#include "parse/anomalies.h"

#include <algorithm>
#include <map>
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
  // The catalogue's own range of levels: a competency is compared with its
  // peers, the range most of them span (a 1-5 catalogue misses no level 0;
  // one competency with a level 6 does not make every other one short).
  std::map<int, int> lows, highs;
  bool any_definition = false;
  for (const Competency& c : catalogue.competencies) {
    any_definition |= !c.definition.empty();
    if (c.levels.empty()) continue;
    int lo = c.levels.front().level, hi = lo;
    for (const Level& l : c.levels) {
      lo = std::min(lo, l.level);
      hi = std::max(hi, l.level);
    }
    ++lows[lo];
    ++highs[hi];
  }
  auto mode = [](const std::map<int, int>& counts) {
    int best = 0, seen = -1;
    for (const auto& [value, count] : counts) {
      if (count > seen) best = value, seen = count;
    }
    return best;
  };
  const int lowest = lows.empty() ? 0 : mode(lows);
  const int highest = highs.empty() ? -1 : mode(highs);

  for (const Competency& c : catalogue.competencies) {
    if (c.name.empty()) warn(c.source, "competency " + std::to_string(c.ordinal) + " has no name");
    // A catalogue that defines none of its competencies lacks no definition.
    if (c.definition.empty() && any_definition) warn(c.source, Quote(c) + " has no definition");
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
