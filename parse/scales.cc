// Scales: runs of level headings, one a competency.
#include <algorithm>
#include <map>

#include "parse/structure.h"

namespace samatthana::parse {
namespace {

// The level most scales start at: the smallest number that heads at least
// two runs' worth of headings, or the smallest there is.
int ScaleStart(const std::vector<Unit>& units) {
  std::map<int, int> seen;
  for (const Unit& u : units) {
    if (u.level && !u.level->ContinuesASentence()) ++seen[u.level->level];
  }
  for (const auto& [number, count] : seen) {
    if (count >= 2) return number;
  }
  return seen.empty() ? 0 : seen.begin()->first;
}

// OCR misreads a Thai digit now and then (๔ as ๕, with high confidence):
// a heading read by OCR whose number breaks the run between two that agree
// (๓, ๕, ๕ where ๓, ๔, ๕ would run on) takes the number the run says. Text
// the file itself holds is left as written: a typed heading's number is data.
void MendOcrLevelNumbers(std::vector<Unit>* units) {
  std::vector<size_t> headings;
  for (size_t i = 0; i < units->size(); ++i) {
    const Unit& u = (*units)[i];
    if (u.level && !u.level->ContinuesASentence()) headings.push_back(i);
  }
  // A number read as letters: the one after the heading before it, or,
  // where the heading after it starts a new run (a lower number), the one
  // before that heading's.
  for (size_t k = 0; k < headings.size(); ++k) {
    Unit& u = (*units)[headings[k]];
    if (u.level->level != kUnknownLevel) continue;
    std::optional<int> before, after;
    if (k > 0 && (*units)[headings[k - 1]].level) before = (*units)[headings[k - 1]].level->level;
    if (k + 1 < headings.size() && (*units)[headings[k + 1]].level->level > 0) {
      after = (*units)[headings[k + 1]].level->level;
    }
    if (after && (!before || *after - 1 <= *before)) {
      u.level->level = *after - 1;
    } else if (before && *before >= 0) {
      u.level->level = *before + 1;
    } else {
      u.level.reset();  // nothing tells: the line stays text
      u.text = u.heading_line;
    }
  }
  std::erase_if(headings, [&](size_t i) { return !(*units)[i].level; });
  for (size_t k = 1; k + 1 < headings.size(); ++k) {
    Unit& u = (*units)[headings[k]];
    if (u.confidence < 0) continue;
    const int before = (*units)[headings[k - 1]].level->level;
    const int after = (*units)[headings[k + 1]].level->level;
    if (after == before + 2 && u.level->level != before + 1) u.level->level = before + 1;
  }
}

}  // namespace

std::vector<Scale> FindScales(std::vector<Unit>* units, int* scale_start) {
  MendOcrLevelNumbers(units);
  const int start = ScaleStart(*units);
  *scale_start = start;
  std::vector<Scale> scales;
  int previous = -1;
  bool named_since = false;  // a name label stands since the last heading
  for (size_t i = 0; i < units->size(); ++i) {
    Unit& u = (*units)[i];
    if (u.name_label) named_since = true;
    if (!u.level) continue;
    const LevelMatch& m = *u.level;
    if (m.ContinuesASentence()) {
      u.text = u.heading_line;
      u.level.reset();
      continue;
    }
    const int n = m.level;
    bool starts_run = scales.empty() || named_since || (n <= previous && n <= start + 1);
    if (!starts_run && m.bare && n != previous + 1) {
      // Out of sequence and without a separator: body text that begins with
      // a level's name ("ระดับ 3 ปี"), not a heading.
      u.text = u.heading_line;
      u.level.reset();
      continue;
    }
    if (starts_run) scales.emplace_back();
    scales.back().levels.push_back(i);
    previous = std::max(starts_run ? n : previous, n);
    named_since = false;
  }
  return scales;
}

}  // namespace samatthana::parse
