// DocxStyles: what a Word document's styles part (word/styles.xml) says
// about the paragraph and character styles its paragraphs and runs name:
// which make a heading, centre, set bold, or number a list. Styles inherit
// from the style they are based on; what a style leaves unsaid comes from
// that chain, then from the document defaults.
#ifndef SAMATTHANA_INGEST_DOCX_DOCX_STYLES_H_
#define SAMATTHANA_INGEST_DOCX_DOCX_STYLES_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/status.h"
#include "ingest/docx/xml_stream.h"

namespace samatthana::ingest {

// Word's bold is two properties: w:b for Latin text and w:bCs for complex
// scripts, Thai among them. The bold button sets both.
struct BoldProperties {
  std::optional<bool> latin;
  std::optional<bool> complex;
};

// A paragraph's list numbering (w:numPr): the numbering instance and the
// list level; -1 where not stated.
struct NumberingRef {
  int num_id = -1;
  int level = -1;
};

// The true/false of a Word on/off property: no w:val, "1", "true", "on".
bool WordOnOff(std::string_view val);

// A decimal attribute value, or `fallback` when it is not one.
int WordInt(std::string_view val, int fallback);

// The namespaces of WordprocessingML: transitional (what Word writes) and
// strict ISO 29500.
bool IsWordNamespace(std::string_view ns);

class DocxStyles {
 public:
  // Reads styles.xml. An absent part is an empty set of styles.
  static Status Parse(std::string_view xml, const std::string& file, const XmlLimits& limits,
                      DocxStyles* out);

  // The paragraph style of a paragraph that names none.
  const std::string& default_paragraph_style() const { return default_paragraph_; }

  // A style named "heading 1".."heading 9" or "Title", or one with an outline
  // level (its own or inherited).
  bool IsHeading(const std::string& paragraph_style) const;

  // The alignment the style chain sets, if it sets one.
  std::optional<bool> Centered(const std::string& paragraph_style) const;

  // Whether a run is bold: its own properties, then its character style's
  // chain, its paragraph style's chain, and the document defaults. Either
  // of Latin or complex-script bold counts.
  bool Bold(const BoldProperties& direct, const std::string& character_style,
            const std::string& paragraph_style) const;

  // The list numbering the style chain attaches (List Bullet, say), or
  // num_id -1.
  NumberingRef Numbering(const std::string& paragraph_style) const;

  // The numbering a numbering style (w:type="numbering") stands for, which
  // an abstract numbering may link to.
  NumberingRef NumberingStyle(const std::string& style) const;

 private:
  friend class StylesHandler;
  struct Style {
    std::string based_on;
    bool heading_name = false;
    std::optional<int> outline_level;
    std::optional<bool> centered;
    BoldProperties bold;
    NumberingRef numbering;
  };
  const Style* Find(const std::unordered_map<std::string, Style>& styles,
                    const std::string& id) const;

  std::unordered_map<std::string, Style> paragraph_;
  std::unordered_map<std::string, Style> character_;
  std::unordered_map<std::string, Style> numbering_;
  std::string default_paragraph_;
  BoldProperties default_bold_;
};

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_DOCX_DOCX_STYLES_H_
