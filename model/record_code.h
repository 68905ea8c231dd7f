// The short codes people use to point at a record in a catalogue: "C07" for
// its seventh competency, "C07.L3" for level 3 of it, "C07.L3.2" for that
// level's second indicator. Reports, search and CASE exports all name
// records this way; a CASE export uses the source's own competency code
// ("ACH.L3.2") where it has one.
#ifndef SAMATTHANA_MODEL_RECORD_CODE_H_
#define SAMATTHANA_MODEL_RECORD_CODE_H_

#include <string>
#include <string_view>

namespace samatthana {

// "C07": the competency's ordinal, two digits at least.
inline std::string CompetencyCode(int ordinal) {
  std::string n = std::to_string(ordinal);
  return "C" + std::string(n.size() < 2 ? 2 - n.size() : 0, '0') + n;
}

// "C07.L3" (or "ACH.L3" where the source codes its competencies).
inline std::string LevelCode(std::string_view competency_code, int level) {
  return std::string(competency_code) + ".L" + std::to_string(level);
}

// "C07.L3.2".
inline std::string IndicatorCode(std::string_view level_code, int indicator_ordinal) {
  return std::string(level_code) + "." + std::to_string(indicator_ordinal);
}

}  // namespace samatthana

#endif  // SAMATTHANA_MODEL_RECORD_CODE_H_
