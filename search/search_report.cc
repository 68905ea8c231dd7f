// How search hits are shown: a list for people, JSON for programs.
#include <nlohmann/json.hpp>

#include "model/record_code.h"
#include "search/search.h"

namespace samatthana::search {

std::string HitCode(const Hit& hit) {
  std::string code = CompetencyCode(hit.competency_ordinal);
  if (!hit.level) return code;
  code = LevelCode(code, *hit.level);
  if (hit.indicator_ordinal == 0) return code;
  return IndicatorCode(code, hit.indicator_ordinal);
}

std::string HitsToText(const std::vector<Hit>& hits, const VersionInfo& version) {
  if (hits.empty()) {
    return "no matches in version " + std::to_string(version.id) + " \"" + version.label + "\"\n";
  }
  std::string out;
  int rank = 0;
  for (const Hit& h : hits) {
    out += std::to_string(++rank) + ". " + HitCode(h) + " " + h.kind + "  " + h.competency + "  (" +
           h.record_id + ")\n   " + h.snippet + "\n";
  }
  return out;
}

std::string HitsToJson(const std::vector<Hit>& hits) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const Hit& h : hits) {
    out.push_back({{"rank", out.size() + 1},
                   {"score", h.score},
                   {"kind", h.kind},
                   {"id", h.record_id},
                   {"code", HitCode(h)},
                   {"competency", h.competency},
                   {"level", h.level ? nlohmann::ordered_json(*h.level) : nullptr},
                   {"text", h.text},
                   {"snippet", h.snippet}});
  }
  return out.dump(2) + "\n";
}

}  // namespace samatthana::search
