// NameParts: what a competency's name line says besides the name. Agencies
// write "การมุ่งผลสัมฤทธิ์ (Achievement Motivation-ACH)", "การบริการที่ดี (Service
// Mind)", or put the definition after the name, "<name> (<English>) : <definition>".
#ifndef SAMATTHANA_PARSE_NAME_PARTS_H_
#define SAMATTHANA_PARSE_NAME_PARTS_H_

#include <optional>
#include <string>
#include <string_view>

namespace samatthana::parse {

struct NameParts {
  std::string name;                    // the Thai name, as written
  std::optional<std::string> name_en;  // "Achievement Motivation"
  std::optional<std::string> code;     // "ACH"
  std::string definition;              // what followed " : " on the line, if anything
};

// Splits a normalized name line. The English name is a parenthesized group
// of Latin text at the end of the name; a code is an upper-case token after
// its last dash ("-ACH", " - VIS") or the whole group when it is only that.
NameParts SplitName(std::string_view line);

}  // namespace samatthana::parse

#endif  // SAMATTHANA_PARSE_NAME_PARTS_H_
