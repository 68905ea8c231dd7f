// Habits: what a document does the same way throughout.
#include <algorithm>

#include "parse/name_parts.h"
#include "parse/structure.h"

namespace samatthana::parse {
namespace {

// A share of a body's lines below which a feature sets heads apart.
constexpr double kRareInBodies = 0.15;
// Hard-wrapped text: this share of lines or more reach close to the widest
// lines (a wrapped paragraph's lines all do but its last).
constexpr double kWrappedShare = 0.4;
constexpr double kFullLine = 0.8;  // of the wrap width
constexpr size_t kFewest = 8;      // lines needed to judge
// Narrower than any page or text box a catalogue is typed into: lines this
// short were ended by the writer.
constexpr int kNarrowestWrap = 40;

bool HasEnglishName(const Unit& u) {
  if (u.bulleted || u.level || u.table >= 0) return false;
  NameParts parts = SplitName(u.text);
  return parts.name_en.has_value() || parts.code.has_value();
}

}  // namespace

Habits LearnHabits(const std::vector<Unit>& units, const std::vector<Scale>& scales,
                   int scale_start) {
  Habits h;
  h.scale_start = scale_start;
  // The bodies of every level but each scale's last (whose body runs into
  // the next head).
  size_t body = 0, gaps = 0, styled = 0;
  size_t levels = 0, with_body = 0;
  std::vector<int> widths;
  for (const Scale& s : scales) {
    for (size_t k = 0; k + 1 < s.levels.size(); ++k) {
      widths.push_back(units[s.levels[k]].width);
      ++levels;
      bool has_body = false;
      for (size_t i = s.levels[k] + 1; i < s.levels[k + 1]; ++i) {
        const Unit& u = units[i];
        if (u.table >= 0 || u.set_aside) continue;
        if (!has_body) ++with_body;
        has_body = true;
        ++body;
        gaps += u.after_gap;
        styled += u.style.bold || u.style.heading;
        widths.push_back(u.width);
      }
    }
  }
  h.running_levels = levels >= kFewest &&
                     static_cast<double>(with_body) < kRareInBodies * static_cast<double>(levels);
  if (body >= 3) {
    h.gaps_mark_heads = static_cast<double>(gaps) < kRareInBodies * static_cast<double>(body);
    h.style_marks_heads = static_cast<double>(styled) < kRareInBodies * static_cast<double>(body);
  }
  // English names and name labels: in the stretch before most scales.
  size_t with_english = 0, with_label = 0;
  size_t from = 0;
  for (const Scale& s : scales) {
    bool english = false, label = false;
    for (size_t i = from; i < s.levels.front(); ++i) {
      if (!english) english = HasEnglishName(units[i]);
      label |= units[i].name_label;
    }
    with_english += english;
    with_label += label;
    from = s.levels.back() + 1;
  }
  h.english_names = !scales.empty() && 2 * with_english >= scales.size();
  h.labelled_names = !scales.empty() && 2 * with_label >= scales.size();
  // Where the reader joined wrapped lines itself (a PDF's line joiner), a
  // unit's width is its paragraph's, not a line's: hard wraps are not
  // guessed from widths.
  bool reader_joins =
      std::any_of(units.begin(), units.end(), [](const Unit& u) { return !u.joins.empty(); });
  if (!reader_joins && widths.size() >= kFewest) {
    std::vector<int> sorted = widths;
    std::sort(sorted.begin(), sorted.end());
    int p90 = sorted[sorted.size() * 9 / 10];
    if (p90 < kNarrowestWrap) return h;
    size_t full = 0;
    for (int w : widths) full += w >= kFullLine * p90;
    if (static_cast<double>(full) >= kWrappedShare * static_cast<double>(widths.size())) {
      h.wrap_width = static_cast<int>(kFullLine * p90);
    }
  }
  return h;
}

}  // namespace samatthana::parse
