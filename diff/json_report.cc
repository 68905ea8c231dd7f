#include <nlohmann/json.hpp>

#include "diff/report.h"

namespace samatthana::diff {

using nlohmann::ordered_json;

namespace {

ordered_json Text(const std::optional<std::string>& s) {
  return s ? ordered_json(*s) : ordered_json();
}

ordered_json SideJson(const Side& side) {
  return {{"version", side.version ? ordered_json(side.version) : ordered_json()},
          {"label", side.label}};
}

}  // namespace

std::string ToJson(const DiffResult& r) {
  ordered_json doc;
  doc["old"] = SideJson(r.old_side);
  doc["new"] = SideJson(r.new_side);
  doc["summary"] = {{"added", r.summary.added},     {"removed", r.summary.removed},
                    {"changed", r.summary.changed}, {"renamed", r.summary.renamed},
                    {"moved", r.summary.moved},     {"split", r.summary.split},
                    {"merged", r.summary.merged}};
  ordered_json changes = ordered_json::array();
  for (const Change& c : r.changes) {
    ordered_json j;
    j["kind"] = KindName(c.kind);
    j["entity"] = EntityName(c.entity);
    j["competency"] = {{"old", Text(c.competency_old)}, {"new", Text(c.competency_new)}};
    j["level"] = c.level ? ordered_json(*c.level) : ordered_json();
    j["field"] = c.field.empty() ? ordered_json() : ordered_json(c.field);
    j["old"] = Text(c.old_text);
    j["new"] = Text(c.new_text);
    ordered_json words = ordered_json::array();
    for (const WordOp& w : c.words) words.push_back({std::string(1, w.op), w.text});
    j["words"] = std::move(words);
    if (!c.parts.empty()) j["parts"] = c.parts;
    // Positions, for consumers that want to point at the records.
    ordered_json at;
    if (c.competency_old_ordinal) at["competency_old"] = c.competency_old_ordinal;
    if (c.competency_new_ordinal) at["competency_new"] = c.competency_new_ordinal;
    if (c.indicator_old_ordinal) at["indicator_old"] = c.indicator_old_ordinal;
    if (c.indicator_new_ordinal) at["indicator_new"] = c.indicator_new_ordinal;
    j["position"] = std::move(at);
    changes.push_back(std::move(j));
  }
  doc["changes"] = std::move(changes);
  return doc.dump(2) + "\n";
}

}  // namespace samatthana::diff
