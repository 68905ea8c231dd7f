// XmlStream: one XML part of an office document, streamed through libxml2's
// SAX2 parser into a handler, element by element. Office parts are trusted
// no more than any input: a part with a DTD is refused before its internal
// subset is read (no entity expansion, so no "billion laughs"), nothing is
// fetched from the network, nesting is bounded, and libxml2's complaints
// become one Status instead of lines on stderr.
#ifndef SAMATTHANA_INGEST_DOCX_XML_STREAM_H_
#define SAMATTHANA_INGEST_DOCX_XML_STREAM_H_

#include <string>
#include <string_view>

#include "base/status.h"

namespace samatthana::ingest {

// One attribute of an element, by namespace URI and local name.
struct XmlAttribute {
  std::string_view ns;
  std::string_view name;
  std::string_view value;
};

// A start tag. The views are valid during the callback only.
struct XmlElement {
  std::string_view ns;    // namespace URI ("" for none)
  std::string_view name;  // local name
  std::string_view parent_ns;
  std::string_view parent_name;  // "" at the root
  const XmlAttribute* attributes = nullptr;
  int attribute_count = 0;

  // The value of the attribute with this local name (in any namespace), or
  // `fallback` when there is none.
  std::string_view Attr(std::string_view local, std::string_view fallback = {}) const;
  bool HasAttr(std::string_view local) const;
};

// What a part's reader does with the stream. Start returns false to skip the
// element's whole subtree (then neither its content nor its End is seen).
class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual bool Start(const XmlElement& element) = 0;
  virtual void End(std::string_view ns, std::string_view name) = 0;
  virtual void Text(std::string_view text) = 0;

  // Ends the parse with `status` (the first one given wins).
  void Stop(Status status) {
    if (stop_.ok()) stop_ = std::move(status);
  }
  const Status& stopped() const { return stop_; }

 private:
  Status stop_;
};

struct XmlLimits {
  int max_depth = 512;  // elements nested deeper end the parse (--max-html-depth)
};

// Streams `xml` (part `part` of `file`) into `handler`. Fails with the
// handler's own Status, a depth Status, or libxml2's first error, each naming
// the file and the part; `kind` (".docx", ".odt") says what the file is in
// the message ("damaged or hostile .docx: word/document.xml: line 3: ...").
Status StreamXml(std::string_view xml, const std::string& file, const std::string& kind,
                 const std::string& part, const XmlLimits& limits, XmlHandler* handler);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_DOCX_XML_STREAM_H_
