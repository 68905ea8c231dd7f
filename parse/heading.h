// HeadingRecognizer: tells which of the catalogue's fixed headings a line is
// (competency name, definition, level) and reads what the heading says.
#ifndef SAMATTHANA_PARSE_HEADING_H_
#define SAMATTHANA_PARSE_HEADING_H_

#include <optional>
#include <string>
#include <string_view>

namespace samatthana::parse {

enum class HeadingKind { kNone, kName, kDefinition, kLevel };

struct Heading {
  HeadingKind kind = HeadingKind::kNone;
  int level = 0;     // kLevel only
  std::string text;  // what follows the label (name, definition, level title)
};

// Classifies one normalized line. "ระดับที่ ๓ : x" and "ระดับที่ 3: x" are both
// level 3. A level needs its colon, or nothing at all after the number (a
// heading whose title is on the next line), so wrapped body text that happens
// to begin with "ระดับที่ ๒ และ" is not mistaken for a heading. Labels alone
// ("คำจำกัดความ", "ชื่อสมรรถนะ:") are headings with empty text.
Heading RecognizeHeading(std::string_view line);

// What a level title says about the level below it.
struct LevelTitle {
  std::optional<int> builds_on;
  std::string summary;
};

// "แสดงสมรรถนะระดับที่ ๑ และ เข้าใจ..." -> builds_on 1, summary "เข้าใจ...".
// Titles without such a prefix come back whole as the summary.
LevelTitle ReadLevelTitle(std::string_view title);

}  // namespace samatthana::parse

#endif  // SAMATTHANA_PARSE_HEADING_H_
