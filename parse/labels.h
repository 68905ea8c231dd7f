// The document's own fixed label words, in one place. These are the headings
// every competency dictionary of this kind uses; nothing here is the text of
// a particular catalogue.
#ifndef SAMATTHANA_PARSE_LABELS_H_
#define SAMATTHANA_PARSE_LABELS_H_

namespace samatthana::labels {

// "ชื่อ <name>" or "ชื่อสมรรถนะ: <name>" starts a competency.
inline constexpr const char* kName = "ชื่อ";
inline constexpr const char* kNameLong = "สมรรถนะ";  // "ชื่อสมรรถนะ"

// "คำจำกัดความ: <definition>", also "คำนิยาม".
inline constexpr const char* kDefinition = "คำจำกัดความ";
inline constexpr const char* kDefinitionAlt = "คำนิยาม";

// "ระดับที่ N: <title>".
inline constexpr const char* kLevel = "ระดับ";
inline constexpr const char* kOrdinalMarker = "ที่";

// A level title that builds on a lower level starts with one of these, then
// the level number, then usually "และ" ("and"):
//   แสดงสมรรถนะระดับที่ ๑ และ ...   มีระดับที่ ๑ และ ...   แสดงสมรรถนะที่ ๑ และ ...
inline constexpr const char* kShow = "แสดง";
inline constexpr const char* kCompetency = "สมรรถนะ";
inline constexpr const char* kHave = "มี";
inline constexpr const char* kAnd = "และ";

}  // namespace samatthana::labels

#endif  // SAMATTHANA_PARSE_LABELS_H_
