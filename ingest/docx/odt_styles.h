// OdtStyles: what an OpenDocument text's styles say about its paragraphs and
// spans: bold, centred, a title, and whether a list level shows a mark.
// Common styles live in styles.xml, automatic ones (what direct formatting
// becomes) in content.xml; both are read into one set.
#ifndef SAMATTHANA_INGEST_DOCX_ODT_STYLES_H_
#define SAMATTHANA_INGEST_DOCX_ODT_STYLES_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "ingest/docx/xml_stream.h"

namespace samatthana::ingest {

namespace odf {
inline constexpr std::string_view kOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
inline constexpr std::string_view kStyle = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
inline constexpr std::string_view kText = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
inline constexpr std::string_view kTable = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
inline constexpr std::string_view kDraw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
inline constexpr std::string_view kSvg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
}  // namespace odf

class OdtStyles {
 public:
  // Takes in a style definition element (style:style, style:default-style,
  // text:list-style and what they hold) as the stream meets it; returns
  // whether the element was one.
  bool Read(const XmlElement& e);
  void EndElement(std::string_view ns, std::string_view name);

  // Whether text in span style `span` (may be empty) inside a paragraph in
  // `paragraph` style is bold; Thai text takes the complex-script weight.
  std::optional<bool> SpanBold(const std::string& span) const;
  bool ParagraphBold(const std::string& paragraph) const;
  bool Centered(const std::string& paragraph) const;
  // A paragraph style named Title, or one with an outline level (a heading
  // style used for an ordinary paragraph).
  bool IsHeading(const std::string& paragraph) const;
  // Whether `level` (1-based) of list style `list_style` shows a bullet or
  // number; an unknown style or level does.
  bool ShowsMark(const std::string& list_style, int level) const;

 private:
  struct Style {
    std::string parent;
    std::optional<bool> bold;
    std::optional<bool> bold_complex;
    std::optional<bool> centered;
    bool heading = false;
  };
  const Style* Find(const std::unordered_map<std::string, Style>& styles,
                    const std::string& name) const;
  std::optional<bool> Bold(const std::unordered_map<std::string, Style>& styles,
                           const std::string& name) const;

  std::unordered_map<std::string, Style> paragraph_;
  std::unordered_map<std::string, Style> text_;
  Style default_paragraph_;
  std::unordered_map<std::string, std::map<int, bool>> lists_;
  // The definition being read.
  Style* style_ = nullptr;
  std::map<int, bool>* list_ = nullptr;
};

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_DOCX_ODT_STYLES_H_
