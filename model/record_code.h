// The short codes people use to point at a record in a catalogue: "C07" for
// its seventh competency, "C07.L3" for level 3 of it, "C07.L3.2" for that
// level's second indicator. Reports, search and CASE exports all name
// records this way.
#ifndef SAMATTHANA_MODEL_RECORD_CODE_H_
#define SAMATTHANA_MODEL_RECORD_CODE_H_

#include <string>

namespace samatthana {

// "C07": the competency's ordinal, two digits at least.
inline std::string CompetencyCode(int ordinal) {
  std::string n = std::to_string(ordinal);
  return "C" + std::string(n.size() < 2 ? 2 - n.size() : 0, '0') + n;
}

// "C07.L3".
inline std::string LevelCode(int competency_ordinal, int level) {
  return CompetencyCode(competency_ordinal) + ".L" + std::to_string(level);
}

// "C07.L3.2".
inline std::string IndicatorCode(int competency_ordinal, int level, int indicator_ordinal) {
  return LevelCode(competency_ordinal, level) + "." + std::to_string(indicator_ordinal);
}

}  // namespace samatthana

#endif  // SAMATTHANA_MODEL_RECORD_CODE_H_
