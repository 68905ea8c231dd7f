#include "ingest/docx/xml_stream.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <utility>
#include <vector>

namespace samatthana::ingest {
namespace {

std::string_view View(const xmlChar* s) {
  return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}

// The state of one parse: the handler, the open elements and the first error.
class Stream {
 public:
  Stream(const std::string& file, const std::string& kind, const std::string& part,
         const XmlLimits& limits, XmlHandler* handler)
      : file_(file), kind_(kind), part_(part), limits_(limits), handler_(handler) {}

  void set_context(xmlParserCtxtPtr ctxt) { ctxt_ = ctxt; }

  void Start(const xmlChar* local, const xmlChar* uri, int nb_attributes,
             const xmlChar** attributes) {
    if (!failure_.ok()) return;
    if (static_cast<int>(open_.size()) >= limits_.max_depth) {
      Fail(Status::InvalidInput({file_}, "damaged or hostile " + kind_ + ": " + part_ +
                                             " nests deeper than " +
                                             std::to_string(limits_.max_depth) +
                                             " elements (raise the limit with --max-html-depth)"));
      return;
    }
    Open element{View(uri), View(local)};
    if (skip_depth_ > 0) {
      ++skip_depth_;
      open_.push_back(element);
      return;
    }
    // SAX2 gives five pointers an attribute: local name, prefix, URI, value
    // start and value end.
    attributes_.clear();
    for (int i = 0; i < nb_attributes; ++i) {
      const xmlChar** a = attributes + static_cast<std::ptrdiff_t>(5) * i;
      attributes_.push_back(XmlAttribute{
          View(a[2]), View(a[0]),
          std::string_view(reinterpret_cast<const char*>(a[3]), static_cast<size_t>(a[4] - a[3]))});
    }
    XmlElement e;
    e.ns = element.ns;
    e.name = element.name;
    if (!open_.empty()) {
      e.parent_ns = open_.back().ns;
      e.parent_name = open_.back().name;
    }
    e.attributes = attributes_.data();
    e.attribute_count = static_cast<int>(attributes_.size());
    open_.push_back(element);
    if (!handler_->Start(e)) skip_depth_ = 1;
    CheckHandler();
  }

  void End() {
    if (!failure_.ok() || open_.empty()) return;
    Open element = open_.back();
    open_.pop_back();
    if (skip_depth_ > 0) {
      --skip_depth_;
      return;
    }
    handler_->End(element.ns, element.name);
    CheckHandler();
  }

  void Characters(const xmlChar* chars, int len) {
    if (!failure_.ok() || skip_depth_ > 0) return;
    handler_->Text(
        std::string_view(reinterpret_cast<const char*>(chars), static_cast<size_t>(len)));
    CheckHandler();
  }

  // Office documents never carry a DTD; one here can only be an attempt to
  // declare entities. The parser has not read the internal subset yet.
  void Doctype() {
    Fail(Status::InvalidInput({file_}, "damaged or hostile " + kind_ + ": " + part_ +
                                           " declares a DTD, which office documents never do"));
  }

  void Error(const xmlError* error) {
    if (!failure_.ok() || error == nullptr || error->level < XML_ERR_ERROR) return;
    std::string message = error->message ? error->message : "not well-formed XML";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
      message.pop_back();
    }
    std::string where = part_ + (error->line > 0 ? ": line " + std::to_string(error->line) : "");
    Fail(Status::InvalidInput({file_},
                              "damaged or hostile " + kind_ + ": " + where + ": " + message));
  }

  const Status& failure() const { return failure_; }

 private:
  struct Open {
    std::string_view ns;  // libxml2's dictionary holds these for the parse
    std::string_view name;
  };

  void CheckHandler() {
    if (!handler_->stopped().ok()) Fail(handler_->stopped());
  }

  void Fail(Status status) {
    if (failure_.ok()) failure_ = std::move(status);
    if (ctxt_) xmlStopParser(ctxt_);
  }

  const std::string& file_;
  const std::string& kind_;
  const std::string& part_;
  const XmlLimits& limits_;
  XmlHandler* handler_;
  xmlParserCtxtPtr ctxt_ = nullptr;
  std::vector<Open> open_;
  std::vector<XmlAttribute> attributes_;
  int skip_depth_ = 0;
  Status failure_;
};

Stream* Of(void* ctx) {
  // With SAX2 handlers the user data is the parser context's userData.
  return static_cast<Stream*>(ctx);
}

void OnStart(void* ctx, const xmlChar* local, const xmlChar* /*prefix*/, const xmlChar* uri,
             int /*nb_namespaces*/, const xmlChar** /*namespaces*/, int nb_attributes,
             int /*nb_defaulted*/, const xmlChar** attributes) {
  Of(ctx)->Start(local, uri, nb_attributes, attributes);
}
void OnEnd(void* ctx, const xmlChar* /*local*/, const xmlChar* /*prefix*/, const xmlChar* /*uri*/) {
  Of(ctx)->End();
}
void OnCharacters(void* ctx, const xmlChar* chars, int len) { Of(ctx)->Characters(chars, len); }
void OnInternalSubset(void* ctx, const xmlChar* /*name*/, const xmlChar* /*external_id*/,
                      const xmlChar* /*system_id*/) {
  Of(ctx)->Doctype();
}
void OnError(void* ctx, xmlErrorPtr error) { Of(ctx)->Error(error); }
void Quiet(void* /*ctx*/, const char* /*message*/, ...) {}

}  // namespace

std::string_view XmlElement::Attr(std::string_view local, std::string_view fallback) const {
  for (int i = 0; i < attribute_count; ++i) {
    if (attributes[i].name == local) return attributes[i].value;
  }
  return fallback;
}

bool XmlElement::HasAttr(std::string_view local) const {
  for (int i = 0; i < attribute_count; ++i) {
    if (attributes[i].name == local) return true;
  }
  return false;
}

Status StreamXml(std::string_view xml, const std::string& file, const std::string& kind,
                 const std::string& part, const XmlLimits& limits, XmlHandler* handler) {
  Stream stream(file, kind, part, limits, handler);
  xmlSAXHandler sax;
  std::memset(&sax, 0, sizeof(sax));
  sax.initialized = XML_SAX2_MAGIC;
  sax.startElementNs = OnStart;
  sax.endElementNs = OnEnd;
  sax.characters = OnCharacters;
  sax.cdataBlock = OnCharacters;
  sax.internalSubset = OnInternalSubset;
  // Structured errors reach us with their line; the old-style callbacks are
  // silenced too, or libxml2 would print to stderr.
  sax.serror = OnError;
  sax.warning = Quiet;
  sax.error = Quiet;
  sax.fatalError = Quiet;

  xmlParserCtxtPtr ctxt = xmlCreatePushParserCtxt(&sax, &stream, nullptr, 0, part.c_str());
  if (ctxt == nullptr) return Status::Internal("cannot create an XML parser");
  // No XML_PARSE_NOENT: entities are never substituted (and with the DTD
  // refused there are none but the five predefined ones). XML_PARSE_HUGE
  // lifts libxml2's own depth cap of 256 so that ours (--max-html-depth)
  // holds; the part's size is already bounded by the zip reader, and
  // without a DTD there is no entity amplification for HUGE to allow.
  xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                              XML_PARSE_NOCDATA | XML_PARSE_HUGE);
  stream.set_context(ctxt);
  constexpr size_t kSlice = 1 << 20;  // the push parser takes int sizes
  for (size_t at = 0; at < xml.size() && stream.failure().ok(); at += kSlice) {
    size_t n = std::min(kSlice, xml.size() - at);
    xmlParseChunk(ctxt, xml.data() + at, static_cast<int>(n), 0);
  }
  if (stream.failure().ok()) xmlParseChunk(ctxt, nullptr, 0, 1);
  bool well_formed = ctxt->wellFormed != 0;
  xmlFreeParserCtxt(ctxt);
  if (!stream.failure().ok()) return stream.failure();
  if (!well_formed) {
    return Status::InvalidInput(
        {file}, "damaged or hostile " + kind + ": " + part + " is not well-formed XML");
  }
  return Status::OK();
}

}  // namespace samatthana::ingest
