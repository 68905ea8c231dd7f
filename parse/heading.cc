#include "parse/heading.h"

#include <re2/re2.h>

#include "base/digits.h"
#include "normalize/normalize.h"
#include "parse/labels.h"

namespace samatthana::parse {
namespace {

using std::string;

const string kDigits = "[0-9\u0E50-\u0E59]";
const string kColon = "[:\uFF1A]";

struct Patterns {
  RE2 name;
  RE2 definition;
  RE2 level;
  RE2 builds_on;

  Patterns()
      // ชื่อ <name> | ชื่อสมรรถนะ: <name> | ชื่อสมรรถนะ: (name on the next line)
      : name("^" + string(labels::kName) + "(?:" + labels::kNameLong + ")?(?:\\s*" + kColon +
             "\\s*(.*)|\\s+(.+))$"),
        // คำจำกัดความ: <text> | คำจำกัดความ <text>
        definition("^(?:" + string(labels::kDefinition) + "|" + labels::kDefinitionAlt +
                   ")(?:\\s*" + kColon + "\\s*|\\s+|$)(.*)$"),
        // ระดับที่ N: <title> | ระดับที่ N (alone: the title is on the next line)
        level("^" + string(labels::kLevel) + "\\s*(?:" + labels::kOrdinalMarker + ")?\\s*(" +
              kDigits + "{1,2})\\s*(?:" + kColon + "\\s*(.*))?$"),
        // แสดงสมรรถนะระดับที่ N | แสดงสมรรถนะที่ N | มีระดับที่ N, then optional และ
        builds_on("^(?:" + string(labels::kShow) + "\\s*" + labels::kCompetency +
                  "\\s*(?:" + labels::kLevel + "\\s*)?|" + labels::kHave + "\\s*" + labels::kLevel +
                  "\\s*)" + labels::kOrdinalMarker + "\\s*(" + kDigits +
                  "{1,2})\\s*(?:" + labels::kAnd + ")?\\s*(.*)$") {}
};

const Patterns& P() {
  static const Patterns* patterns = new Patterns();
  return *patterns;
}

}  // namespace

Heading RecognizeHeading(std::string_view line) {
  Heading h;
  string number;
  string text;
  // Cheap first-byte test: every label starts with a Thai letter (E0 B8 ..).
  if (line.size() < 3 || static_cast<unsigned char>(line[0]) != 0xE0) return h;
  if (RE2::FullMatch(line, P().level, &number, &text)) {
    std::optional<int> n = ParseNumber(number);
    if (n) {
      h.kind = HeadingKind::kLevel;
      h.level = *n;
      h.text = text;
      return h;
    }
  }
  if (RE2::FullMatch(line, P().definition, &text)) {
    h.kind = HeadingKind::kDefinition;
    h.text = text;
    return h;
  }
  string spaced;
  if (RE2::FullMatch(line, P().name, &text, &spaced)) {
    h.kind = HeadingKind::kName;
    h.text = text.empty() ? spaced : text;
    return h;
  }
  return h;
}

LevelTitle ReadLevelTitle(std::string_view title) {
  LevelTitle out;
  string number;
  string rest;
  if (RE2::FullMatch(title, P().builds_on, &number, &rest)) {
    out.builds_on = ParseNumber(number);
    if (out.builds_on) {
      out.summary = rest;
      return out;
    }
  }
  out.summary = string(title);
  return out;
}

}  // namespace samatthana::parse
