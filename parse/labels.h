// Labels: the fixed words competency dictionaries use to say what a line is
// ("ระดับที่ ๓:", "คำจำกัดความ:", "สมรรถนะหลัก", "โดยมีพฤติกรรมบ่งชี้ ดังนี้"), in one
// place, and the extra ones a user can teach without recompiling
// (--labels FILE). Nothing here is the text of a particular catalogue.
#ifndef SAMATTHANA_PARSE_LABELS_H_
#define SAMATTHANA_PARSE_LABELS_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace re2 {
class RE2;
}

namespace samatthana::parse {

// A level heading found in a line: "ระดับที่ ๓: <title>", "ระดับ 3 คือ <title>",
// "Level 3 - <title>", "ระดับที่ ๔ยืนหยัด...", possibly after a lead-in label
// ("มีพฤติกรรม ระดับที่ ๑ ...").
struct LevelMatch {
  int level = 0;
  std::string title;     // what follows the number and its separator
  bool lead_in = false;  // a lead-in label stood before the heading
  // Nothing but spaces between the number and the title: "ระดับที่ ๑ และ..."
  // may then be body text that mentions a level.
  bool bare = false;

  // "ระดับที่ ๑ และ ..." with nothing between the number and "และ" goes on with
  // a sentence that names a level ("แสดงสมรรถนะ | ระดับที่ ๑ และ ..." wrapped).
  bool ContinuesASentence() const { return bare && title.rfind("และ", 0) == 0; }
};

// A category heading: "สมรรถนะหลัก", "สมรรถนะประจำกลุ่มงาน (Functional Competency)",
// "Core Competencies", "หมวดที่ ๒". `category` is its own words, without an
// English gloss; `rest` is what follows them on the line (the name, when a
// line reads "สมรรถนะหลัก ด้าน<name>").
struct CategoryMatch {
  std::string category;
  std::string rest;
};

// A numbered competency heading that is not a list mark: "ก.1 <name>",
// "C01 <name>", "สมรรถนะที่ 3 <name>", "คำอธิบาย ก.1 <name>".
struct HeadNumber {
  std::string token;  // as written: "ก.1", "C01", "สมรรถนะที่ 3"
  int number = 0;     // its last number: 1, 1, 3
  std::string rest;
};

// OCR drops tone marks it cannot see apart from their vowel ("ชื่อ" read
// "ชือ", "ระดับที่" read "ระดับที"), takes SARA AM for SARA AA ("ค้าจำกัดความ")
// and one consonant for its look-alike ("ซื่อ"): a line read by OCR that
// opens with a label's words but for their tone marks and one such
// misreading gets them back, where the label ends
// there (a space, a colon or a digit follows). Nothing else is touched.
std::string RestoreLabelTones(std::string text);

// A name read by OCR whose name label was misread and glued to it
// ("ชือการคิด": the label's tone mark and the space after it lost; "ซือ…"):
// the name without it. A name that opens with the label's exact spelling is
// a word of the name ("ชื่อเสียง…"), and is left alone. Only for a document
// that labels its names: elsewhere such a prefix is nothing to go by.
// `exact_too`: the exact spelling comes off as well, where other evidence
// (a definition label on the next line) says the line is a name.
std::optional<std::string> StripMisreadNameLabel(std::string_view text, bool exact_too = false);

// A name read by OCR whose name label was read as a short Latin word
// ("Ya การสั่งการ…": the label's tall strokes taken for Latin letters): the
// name without it. An acronym in capitals ("ICT …") is left alone. Only for
// a document that labels its names.
std::optional<std::string> StripLatinReadNameLabel(std::string_view text);

class Labels {
 public:
  // The built-in labels.
  Labels();
  ~Labels();
  Labels(Labels&&) noexcept;
  Labels& operator=(Labels&&) noexcept;

  // Adds the patterns of a labels file: one `KIND: PATTERN` a line (RE2
  // syntax), blank lines and lines starting with '#' ignored. KIND is name,
  // definition, level, lead-in or category. A name, definition or category
  // pattern matches at the start of a line and what it matched is the label
  // (the rest is the value; a category pattern's match is the category); a
  // level pattern needs one group, the number; a lead-in pattern matches the
  // whole line. Fails naming the file and line of the first bad pattern.
  Status AddFile(const std::string& path);
  // The same from text, `origin` naming it in errors.
  Status AddText(std::string_view text, const std::string& origin);

  std::optional<LevelMatch> MatchLevel(std::string_view line) const;
  // "ชื่อ <name>", "ชื่อสมรรถนะ: <name>": the name (possibly empty).
  std::optional<std::string> MatchName(std::string_view line) const;
  // "คำจำกัดความ: <text>", "คำนิยาม <text>", "ความหมาย - <text>": the text.
  std::optional<std::string> MatchDefinition(std::string_view line) const;
  // A line that only introduces a list: "โดยมีพฤติกรรมบ่งชี้ ดังนี้", "พฤติกรรมที่คาดหวัง".
  bool IsLeadIn(std::string_view line) const;
  std::optional<CategoryMatch> MatchCategory(std::string_view line) const;
  std::optional<HeadNumber> MatchHeadNumber(std::string_view line) const;

 private:
  struct Patterns;
  std::unique_ptr<Patterns> p_;
};

// A level number OCR read as Latin letters ("ระดับที่ mt" for "ระดับที่ ๓"):
// a line read by OCR that is a level heading once its first short run of
// Latin letters stands for a number. The number is unknown (`kUnknownLevel`):
// the run of headings around it says what it is (parse/scales.cc). A speck
// read as a dot or a comma right before the number ("ระดับ ที่ .๑:") is no
// part of the heading: the number read stands.
constexpr int kUnknownLevel = -1;
std::optional<LevelMatch> MatchMisreadLevel(const Labels& labels, std::string_view line);

}  // namespace samatthana::parse

#endif  // SAMATTHANA_PARSE_LABELS_H_
