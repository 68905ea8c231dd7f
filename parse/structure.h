// Structure: where a document's competencies are, found from what every
// competency dictionary has in common. Levels anchor it: a run of level
// headings with rising numbers is one competency's scale, and what stands
// between one scale's last level and the next scale's first is the body of
// that last level followed by the next competency's head (category, name,
// definition). Which evidence marks a head (a label, a number, an English
// name in parentheses, bold type, a blank line) is learned per document.
#ifndef SAMATTHANA_PARSE_STRUCTURE_H_
#define SAMATTHANA_PARSE_STRUCTURE_H_

#include <cstddef>
#include <vector>

#include "parse/labels.h"
#include "parse/unit.h"

namespace samatthana::parse {

// What a document does the same way throughout, measured once over the
// bodies of its levels (never over a head, so the habits describe text the
// heads stand out from).
struct Habits {
  int scale_start = 0;             // the level most scales start at
  bool gaps_mark_heads = false;    // blank lines are rare inside level bodies
  bool style_marks_heads = false;  // bold or heading lines are rare inside level bodies
  bool english_names = false;      // most heads carry an English name in parentheses
  bool labelled_names = false;     // most heads' names carry a name label ("ชื่อ")
  // The text is hard-wrapped (typed line breaks at a width, as Word HTML
  // pasted with <br> or a fixed-width text file): lines this wide or wider
  // were ended by the width, not by the writer.
  int wrap_width = 0;
  // Levels are running descriptions: nearly every level is its heading's
  // paragraph alone, so the rare paragraph after one continues its title.
  bool running_levels = false;
};

// One competency's scale: the units of its level headings, in order.
struct Scale {
  std::vector<size_t> levels;
};

// Finds the scales. A heading that cannot be one (a "ระดับที่ ๑ และ ..." that
// continues a sentence, a number out of sequence without a separator) stops
// being a heading: its unit's `level` is cleared.
std::vector<Scale> FindScales(std::vector<Unit>* units, int* scale_start);

Habits LearnHabits(const std::vector<Unit>& units, const std::vector<Scale>& scales,
                   int scale_start);

// What set a head apart, strongest first.
enum class Evidence {
  kLabel,        // "ชื่อ", "คำจำกัดความ"
  kNumber,       // "ก.1", "C01", "3." in the sequence of heads
  kEnglishName,  // "(Achievement Motivation-ACH)"
  kStyle,        // bold or a heading style
  kGap,          // a blank line before it
  kAfterItems,   // the first line after the last list item
  kGuess,        // nothing: the name and definition lines before the levels
  kNone,         // no name line at all
};

// One competency's head, as unit indices.
struct Head {
  Evidence evidence = Evidence::kNone;
  size_t begin = 0;  // its first unit: what is before belongs to the level above
  int name = -1;     // -1: no name line found
  std::vector<size_t> categories;
  std::vector<size_t> definition;
  std::vector<size_t>
      furniture;  // running headers, lead-ins, English glosses on a line of their own
};

// Finds the head among units [from, to), `to` being the scale's first level
// heading. `previous_number` is the number of the head before, when heads
// are numbered (0: none yet).
Head FindHead(const std::vector<Unit>& units, size_t from, size_t to, const Habits& habits,
              const Labels& labels, int previous_number);

}  // namespace samatthana::parse

#endif  // SAMATTHANA_PARSE_STRUCTURE_H_
