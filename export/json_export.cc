#include <nlohmann/json.hpp>

#include "export/export.h"

namespace samatthana::exports {

using nlohmann::ordered_json;

std::string ToJson(const db::VersionInfo& version, const Catalogue& catalogue) {
  ordered_json doc;
  doc["catalogue"] = {{"version", version.id},
                      {"label", version.label},
                      {"source", version.source.path},
                      {"sha256", version.source.sha256},
                      {"title", catalogue.title}};
  ordered_json comps = ordered_json::array();
  for (const Competency& c : catalogue.competencies) {
    ordered_json levels = ordered_json::array();
    for (const Level& l : c.levels) {
      ordered_json inds = ordered_json::array();
      for (const Indicator& i : l.indicators) {
        inds.push_back({{"id", i.id}, {"ordinal", i.ordinal}, {"text", i.text}});
      }
      levels.push_back({{"id", l.id},
                        {"level", l.level},
                        {"title", l.title},
                        {"builds_on", l.builds_on ? ordered_json(*l.builds_on) : ordered_json()},
                        {"summary", l.summary},
                        {"indicators", std::move(inds)}});
    }
    comps.push_back({{"id", c.id},
                     {"ordinal", c.ordinal},
                     {"name", c.name},
                     {"category", c.category},
                     {"definition", c.definition},
                     {"levels", std::move(levels)}});
  }
  doc["competencies"] = std::move(comps);
  return doc.dump(2) + "\n";
}

}  // namespace samatthana::exports
