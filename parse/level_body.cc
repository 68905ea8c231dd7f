#include "parse/level_body.h"

#include "model/record_code.h"
#include "normalize/normalize.h"
#include "parse/append_text.h"

namespace samatthana::parse {
namespace {

// A line that opens with "และ" (and) or "หรือ" (or) goes on with the
// sentence before it: no title or indicator starts with a conjunction, but
// a hand-broken one carries its second half to the next line
// ("ระดับที่ ๐: ไม่แสดงสมรรถนะด้านนี้ | หรือแสดงอย่างไม่ชัดเจน").
bool OpensWithConjunction(const std::string& text) {
  for (std::string_view word : {"และ", "หรือ"}) {
    if (text.size() > word.size() && text.compare(0, word.size(), word) == 0) return true;
  }
  return false;
}

}  // namespace

void ReadLevelBody(std::vector<Unit>* units, size_t heading, size_t end, const Habits& habits,
                   const Labels& labels, const std::string& code, Level* level) {
  Unit& head = (*units)[heading];
  head.role = Role::kLevel;
  const std::string level_code = LevelCode(code, head.level->level);
  head.record = level_code;
  level->level = head.level->level;
  level->title = head.text;
  level->source = head.source;
  LowerConfidence(&level->confidence, head.confidence);

  // Items numbered in outline form ("2.1", "2.2" under level 2): numbered
  // under the level's own number, or two or more of them in the level, they
  // are its item marks.
  int outlined = 0;
  for (size_t i = heading + 1; i < end; ++i) outlined += (*units)[i].outline_mark > 0;
  const std::string own = std::to_string(head.level->level) + ".";
  for (size_t i = heading + 1; i < end; ++i) {
    Unit& u = (*units)[i];
    if (u.outline_mark == 0) continue;
    bool under_level = normalize::ThaiDigitsToAscii(u.text).rfind(own, 0) == 0;
    if (outlined < 2 && !under_level) continue;
    u.text.erase(0, u.outline_mark);
    u.marked = true;
  }
  bool uses_marks = false;
  for (size_t i = heading + 1; i < end; ++i) {
    const Unit& u = (*units)[i];
    uses_marks |= u.marked && u.table < 0 && !u.set_aside && u.role != Role::kFurniture;
  }
  auto full = [&](const Unit& u) { return habits.wrap_width > 0 && u.width >= habits.wrap_width; };
  bool previous_full = !level->title.empty() && full(head);
  for (size_t i = heading + 1; i < end; ++i) {
    Unit& u = (*units)[i];
    if (u.role == Role::kFurniture || u.table >= 0 || u.set_aside) continue;
    if (labels.IsLeadIn(u.text)) {
      u.role = Role::kLabel;
      u.record = level_code;
      previous_full = false;
      continue;
    }
    std::vector<Indicator>& items = level->indicators;
    bool continues = uses_marks ? !u.marked
                                : previous_full || habits.running_levels ||
                                      (!u.marked && OpensWithConjunction(u.text));
    if (level->title.empty() && items.empty() && !u.marked) {
      // "ระดับที่ ๓" on a line of its own: its title is the next line.
      level->title = u.text;
      u.role = Role::kLevel;
      LowerConfidence(&level->confidence, u.confidence);
    } else if (continues && items.empty()) {
      AppendText(&level->title, u.text);
      u.role = Role::kContinuation;
      LowerConfidence(&level->confidence, u.confidence);
    } else if (continues) {
      AppendText(&items.back().text, u.text);
      u.role = Role::kContinuation;
      LowerConfidence(&items.back().confidence, u.confidence);
    } else {
      Indicator ind;
      ind.ordinal = static_cast<int>(items.size()) + 1;
      ind.text = u.text;
      ind.source = u.source;
      LowerConfidence(&ind.confidence, u.confidence);
      items.push_back(std::move(ind));
      u.role = Role::kIndicator;
    }
    u.record = items.empty() ? level_code : IndicatorCode(level_code, items.back().ordinal);
    previous_full = full(u);
  }
}

}  // namespace samatthana::parse
