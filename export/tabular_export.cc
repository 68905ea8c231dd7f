// Flat exports: CSV (one table per call) and JSON Lines (every record), each
// record carrying its parents' stable ids so it can be loaded on its own.
#include <csv.h>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "export/export.h"
#include "export/json_value.h"

namespace samatthana::exports {
namespace {

using nlohmann::ordered_json;

// RFC 4180 wants quotes around a field holding a comma, a quote or a line
// break; leading or trailing blanks are quoted too, because many readers
// (libcsv among them) trim them from unquoted fields.
bool NeedsQuotes(std::string_view field) {
  if (field.empty()) return false;
  if (field.find_first_of(",\"\r\n") != std::string_view::npos) return true;
  auto blank = [](char c) { return c == ' ' || c == '\t'; };
  return blank(field.front()) || blank(field.back());
}

// Appends one field; libcsv does the quoting and quote doubling.
void AppendField(std::string_view field, std::string* out) {
  if (!NeedsQuotes(field)) {
    out->append(field);
    return;
  }
  size_t size = csv_write(nullptr, 0, field.data(), field.size());
  size_t at = out->size();
  out->resize(at + size);
  csv_write(out->data() + at, size, field.data(), field.size());
}

// Appends one record and its CRLF.
void AppendRow(const std::vector<std::string>& fields, std::string* out) {
  for (size_t k = 0; k < fields.size(); ++k) {
    if (k > 0) out->push_back(',');
    AppendField(fields[k], out);
  }
  out->append("\r\n");
}

// The level a level builds on, or an empty field.
std::string BuildsOn(const Level& l) { return l.builds_on ? std::to_string(*l.builds_on) : ""; }

// A record's OCR confidence as a CSV field: empty for text the file held.
std::string Confidence(const std::optional<double>& c) {
  if (!c) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f", *c);
  return buf;
}

}  // namespace

std::string ToCsv(const VersionInfo& version, const Catalogue& catalogue,
                  const CsvOptions& options) {
  std::string out;
  if (options.bom) out = "\xEF\xBB\xBF";
  const std::string v = std::to_string(version.id);
  switch (options.table) {
    case CsvTable::kCompetencies:
      AppendRow({"version", "competency_id", "competency_ordinal", "competency_name", "category",
                 "definition", "competency_name_en", "competency_code", "confidence"},
                &out);
      for (const Competency& c : catalogue.competencies) {
        AppendRow({v, c.id, std::to_string(c.ordinal), c.name, c.category, c.definition,
                   c.name_en.value_or(""), c.code.value_or(""), Confidence(c.confidence)},
                  &out);
      }
      break;
    case CsvTable::kLevels:
      AppendRow({"version", "competency_id", "competency_ordinal", "competency_name", "category",
                 "level_id", "level", "level_title", "builds_on", "summary", "competency_name_en",
                 "competency_code", "confidence"},
                &out);
      for (const Competency& c : catalogue.competencies) {
        for (const Level& l : c.levels) {
          AppendRow({v, c.id, std::to_string(c.ordinal), c.name, c.category, l.id,
                     std::to_string(l.level), l.title, BuildsOn(l), l.summary,
                     c.name_en.value_or(""), c.code.value_or(""), Confidence(l.confidence)},
                    &out);
        }
      }
      break;
    case CsvTable::kIndicators:
      AppendRow({"version", "competency_id", "competency_ordinal", "competency_name", "category",
                 "level_id", "level", "level_title", "indicator_id", "indicator_ordinal",
                 "indicator_text", "competency_name_en", "competency_code", "confidence"},
                &out);
      for (const Competency& c : catalogue.competencies) {
        for (const Level& l : c.levels) {
          for (const Indicator& i : l.indicators) {
            AppendRow({v, c.id, std::to_string(c.ordinal), c.name, c.category, l.id,
                       std::to_string(l.level), l.title, i.id, std::to_string(i.ordinal), i.text,
                       c.name_en.value_or(""), c.code.value_or(""), Confidence(i.confidence)},
                      &out);
          }
        }
      }
      break;
  }
  return out;
}

std::string ToJsonLines(const VersionInfo& version, const Catalogue& catalogue) {
  std::string out;
  auto line = [&out](const ordered_json& record) { out += record.dump() + "\n"; };
  for (const Competency& c : catalogue.competencies) {
    line({{"type", "competency"},
          {"id", c.id},
          {"ordinal", c.ordinal},
          {"name", c.name},
          {"name_en", c.name_en ? ordered_json(*c.name_en) : ordered_json()},
          {"code", c.code ? ordered_json(*c.code) : ordered_json()},
          {"category", c.category},
          {"definition", c.definition},
          {"confidence", Nullable(c.confidence)},
          {"version", version.id}});
    for (const Level& l : c.levels) {
      line({{"type", "level"},
            {"id", l.id},
            {"competency_id", c.id},
            {"level", l.level},
            {"title", l.title},
            {"builds_on", l.builds_on ? ordered_json(*l.builds_on) : ordered_json()},
            {"summary", l.summary},
            {"confidence", Nullable(l.confidence)},
            {"version", version.id}});
      for (const Indicator& i : l.indicators) {
        line({{"type", "indicator"},
              {"id", i.id},
              {"level_id", l.id},
              {"competency_id", c.id},
              {"ordinal", i.ordinal},
              {"text", i.text},
              {"confidence", Nullable(i.confidence)},
              {"version", version.id}});
      }
    }
  }
  return out;
}

}  // namespace samatthana::exports
