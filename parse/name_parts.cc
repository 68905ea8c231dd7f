#include "parse/name_parts.h"

#include <re2/re2.h>

namespace samatthana::parse {
namespace {

std::string Trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return std::string(s);
}

}  // namespace

NameParts SplitName(std::string_view line) {
  // "<name> : <definition>": a colon after the name (its English gloss
  // included) starts the definition.
  static const RE2 with_definition("^([^:\uFF1A]+?)\\s*[:\uFF1A]\\s*(.+)$");
  // "<name> (<Latin text>)" at the end.
  static const RE2 english("^(.*?)\\s*\\(\\s*([A-Za-z][^()]*?)\\s*\\)$");
  // "Achievement Motivation-ACH", "Visioning - VIS".
  static const RE2 with_code("^(.*?[A-Za-z)].*?)\\s*[-\u2013]\\s*([A-Z][A-Z0-9&]{1,7})$");
  static const RE2 code_only("^([A-Z][A-Z0-9&-]{1,7})$");

  NameParts out;
  std::string name = Trim(line);
  std::string head, definition;
  if (RE2::FullMatch(name, with_definition, &head, &definition)) {
    name = Trim(head);
    out.definition = Trim(definition);
  }
  std::string thai, latin;
  if (RE2::FullMatch(name, english, &thai, &latin) && !Trim(thai).empty()) {
    name = Trim(thai);
    std::string en, code;
    if (RE2::FullMatch(latin, code_only, &code)) {
      out.code = code;
    } else if (RE2::FullMatch(latin, with_code, &en, &code)) {
      out.name_en = Trim(en);
      out.code = code;
    } else {
      out.name_en = Trim(latin);
    }
  }
  out.name = name;
  return out;
}

}  // namespace samatthana::parse
