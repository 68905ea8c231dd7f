// DocxNumbering: Word's list definitions (word/numbering.xml). A paragraph
// is in a list when its numbering (w:numPr, its own or its style's) leads to
// a list level that shows a bullet or a number. The glyph itself is drawn by
// Word from the definition and is never in the text.
#ifndef SAMATTHANA_INGEST_DOCX_DOCX_NUMBERING_H_
#define SAMATTHANA_INGEST_DOCX_DOCX_NUMBERING_H_

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/status.h"
#include "ingest/docx/docx_styles.h"
#include "ingest/docx/xml_stream.h"

namespace samatthana::ingest {

class DocxNumbering {
 public:
  // Reads numbering.xml. An absent part defines no lists.
  static Status Parse(std::string_view xml, const std::string& file, const XmlLimits& limits,
                      DocxNumbering* out);

  // Whether a paragraph in `paragraph_style` numbered by `ref` shows a list
  // mark: the level's number format is anything but "none". A level not
  // stated is the one whose definition names the paragraph's style, else 0;
  // numbering 0 means "no list".
  bool ShowsMark(NumberingRef ref, const std::string& paragraph_style,
                 const DocxStyles& styles) const;

 private:
  friend class NumberingHandler;
  struct Level {
    std::string format = "decimal";  // w:numFmt; Word's default
  };
  struct Abstract {
    std::map<int, Level> levels;
    std::unordered_map<std::string, int> level_of_style;  // from each level's w:pStyle
    std::string style_link;  // w:numStyleLink: the definition lives in that numbering style
  };
  struct Instance {
    int abstract_id = -1;
    std::map<int, std::string> format_overrides;  // w:lvlOverride/w:lvl/w:numFmt
  };

  std::unordered_map<int, Abstract> abstracts_;
  std::unordered_map<int, Instance> instances_;
};

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_DOCX_DOCX_NUMBERING_H_
