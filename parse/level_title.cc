#include "parse/level_title.h"

#include <re2/re2.h>

#include "base/digits.h"

namespace samatthana::parse {

LevelTitle ReadLevelTitle(std::string_view title) {
  // แสดงสมรรถนะระดับที่ N | แสดงสมรรถนะที่ N | มีระดับที่ N, then optional และ.
  static const RE2 builds_on(
      "^(?:แสดง\\s*สมรรถนะ\\s*(?:ระดับ\\s*)?|มี\\s*ระดับ\\s*)ที่\\s*([0-9\u0E50-\u0E59]{1,2})"
      "\\s*(?:และ)?\\s*(.*)$");
  LevelTitle out;
  std::string number;
  std::string rest;
  if (RE2::FullMatch(title, builds_on, &number, &rest)) {
    out.builds_on = ParseNumber(number);
    if (out.builds_on) {
      out.summary = rest;
      return out;
    }
  }
  out.summary = std::string(title);
  return out;
}

}  // namespace samatthana::parse
