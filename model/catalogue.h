// The catalogue records: what a parse yields, what the database stores and
// what diff, export and search read. Plain values, no behaviour.
#ifndef SAMATTHANA_MODEL_CATALOGUE_H_
#define SAMATTHANA_MODEL_CATALOGUE_H_

#include <optional>
#include <string>
#include <vector>

namespace samatthana {

// Where a record starts in its source: a line (text, HTML) or a page (PDF).
struct SourceRef {
  int line = 0;
  int page = 0;
  bool operator==(const SourceRef&) const = default;
};

struct Indicator {
  std::string id;   // stable across versions, see parse/stable_ids.h
  int ordinal = 0;  // 1-based within its level
  std::string text;
  SourceRef source;
  // Read by OCR: the lowest line confidence (0-100) of its text; nullopt for
  // text the file itself holds.
  std::optional<double> confidence = std::nullopt;
  bool operator==(const Indicator&) const = default;
};

struct Level {
  std::string id;
  int level = 0;
  std::string title;  // the heading text after "ระดับที่ N:", as written
  std::optional<int> builds_on;  // "แสดงสมรรถนะระดับที่ N และ ..." -> N
  std::string summary;  // the title without that prefix
  std::vector<Indicator> indicators;
  SourceRef source;
  std::optional<double> confidence = std::nullopt;  // as Indicator's, for the title
  bool operator==(const Level&) const = default;
};

struct Competency {
  std::string id;
  int ordinal = 0;  // 1-based position in the catalogue
  std::string name;
  std::string category;
  std::string definition;
  std::vector<Level> levels;
  SourceRef source;
  // The English name and the code the source gives with the name, as in
  // "การมุ่งผลสัมฤทธิ์ (Achievement Motivation-ACH)"; nullopt where it gives none.
  std::optional<std::string> name_en;
  std::optional<std::string> code;
  // As Indicator's, for the name, category and definition.
  std::optional<double> confidence = std::nullopt;
  bool operator==(const Competency&) const = default;
};

struct Catalogue {
  std::string title;
  std::vector<Competency> competencies;
  bool operator==(const Catalogue&) const = default;
};

struct CatalogueCounts {
  int competencies = 0;
  int levels = 0;
  int indicators = 0;
  bool operator==(const CatalogueCounts&) const = default;
};

inline CatalogueCounts CountRecords(const Catalogue& catalogue) {
  CatalogueCounts counts;
  for (const Competency& c : catalogue.competencies) {
    ++counts.competencies;
    for (const Level& l : c.levels) {
      ++counts.levels;
      counts.indicators += static_cast<int>(l.indicators.size());
    }
  }
  return counts;
}

}  // namespace samatthana

#endif  // SAMATTHANA_MODEL_CATALOGUE_H_
