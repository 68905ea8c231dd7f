#include <nlohmann/json.hpp>

#include "export/export.h"
#include "export/json_value.h"

namespace samatthana::exports {

using nlohmann::ordered_json;

std::string ToJson(const VersionInfo& version, const Catalogue& catalogue) {
  ordered_json doc;
  doc["catalogue"] = {{"version", version.id},
                      {"label", version.label},
                      {"source", version.source.path},
                      {"sha256", version.source.sha256},
                      {"title", catalogue.title},
                      // A scan: how much OCR read, and how sure it was.
                      {"ocr_pages", version.source.ocr_pages},
                      {"ocr_confidence", Nullable(version.source.ocr_confidence)}};
  ordered_json comps = ordered_json::array();
  for (const Competency& c : catalogue.competencies) {
    ordered_json levels = ordered_json::array();
    for (const Level& l : c.levels) {
      ordered_json inds = ordered_json::array();
      for (const Indicator& i : l.indicators) {
        ordered_json ind = {{"id", i.id}, {"ordinal", i.ordinal}, {"text", i.text}};
        if (i.confidence) ind["confidence"] = *i.confidence;
        inds.push_back(std::move(ind));
      }
      ordered_json level = {
          {"id", l.id},
          {"level", l.level},
          {"title", l.title},
          {"builds_on", l.builds_on ? ordered_json(*l.builds_on) : ordered_json()},
          {"summary", l.summary}};
      if (l.confidence) level["confidence"] = *l.confidence;
      level["indicators"] = std::move(inds);
      levels.push_back(std::move(level));
    }
    ordered_json comp = {{"id", c.id},
                         {"ordinal", c.ordinal},
                         {"name", c.name},
                         {"name_en", c.name_en ? ordered_json(*c.name_en) : ordered_json()},
                         {"code", c.code ? ordered_json(*c.code) : ordered_json()},
                         {"category", c.category},
                         {"definition", c.definition}};
    // Records read by OCR say how sure it was (0-100); others leave it out.
    if (c.confidence) comp["confidence"] = *c.confidence;
    comp["levels"] = std::move(levels);
    comps.push_back(std::move(comp));
  }
  doc["competencies"] = std::move(comps);
  return doc.dump(2) + "\n";
}

Result<std::string> Export(const VersionInfo& version, const Catalogue& catalogue,
                           const ExportOptions& options) {
  if (options.format == "jsonl") return ToJsonLines(version, catalogue);
  if (options.format == "csv") return ToCsv(version, catalogue, options.csv);
  if (options.format == "case") return ToCase(version, catalogue, options.case_package);
  if (options.format == "json") return ToJson(version, catalogue);
  return Status::Usage("no export format \"" + options.format + "\"");
}

}  // namespace samatthana::exports
