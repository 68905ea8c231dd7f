#include "page/html_page.h"

#include <libxml/HTMLtree.h>
#include <libxml/tree.h>

#include "base/utf8.h"

namespace samatthana::page {
namespace {

// libxml2 spells UTF-8 strings as unsigned char.
const xmlChar* X(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

// `text` as the serializer needs it: ill-formed UTF-8 (a label that is a
// Latin-1 file name) becomes U+FFFD, where libxml2's encoder would stop and
// silently cut the page short there; control characters, NUL among them,
// become spaces.
std::string WellFormed(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    UChar32 c = NextCodepoint(text, &i);
    bool control = (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
    AppendCodepoint(control ? ' ' : c, &out);
  }
  return out;
}

void FreeDoc(_xmlDoc* doc) { xmlFreeDoc(doc); }

}  // namespace

HtmlPage::HtmlPage(std::string_view title, std::string_view css)
    // htmlNewDoc(nullptr, nullptr) would write the HTML 4 doctype with its
    // http:// DTD address; the page names no network address at all.
    : doc_(htmlNewDocNoDtD(nullptr, nullptr), FreeDoc) {
  xmlCreateIntSubset(doc_.get(), X("html"), nullptr, nullptr);
  xmlNode* html = xmlNewDocNode(doc_.get(), nullptr, X("html"), nullptr);
  xmlDocSetRootElement(doc_.get(), html);
  xmlNewProp(html, X("lang"), X("th"));
  xmlNode* head = Element(html, "head");
  xmlNewProp(Element(head, "meta"), X("charset"), X("utf-8"));
  TextElement(head, "title", nullptr, title);
  TextElement(head, "style", nullptr, css);
  body_ = Element(html, "body");
}

HtmlPage::~HtmlPage() = default;

Node* HtmlPage::Element(Node* parent, const char* name, const char* cls) {
  // Content never goes through xmlNewChild, which would read "&" in it as an
  // entity reference.
  xmlNode* node = xmlNewChild(parent, nullptr, X(name), nullptr);
  if (cls) xmlNewProp(node, X("class"), X(cls));
  return node;
}

void HtmlPage::Attribute(Node* node, const char* name, std::string_view value) {
  std::string valid = WellFormed(value);
  xmlNewProp(node, X(name), X(valid.c_str()));
}

void HtmlPage::Text(Node* parent, std::string_view text) {
  if (text.empty()) return;
  std::string valid = WellFormed(text);
  xmlAddChild(parent, xmlNewTextLen(X(valid.data()), static_cast<int>(valid.size())));
}

Node* HtmlPage::TextElement(Node* parent, const char* name, const char* cls,
                            std::string_view text) {
  xmlNode* node = Element(parent, name, cls);
  Text(node, text);
  return node;
}

void HtmlPage::RemoveIfEmpty(Node* node) {
  if (node->children != nullptr) return;
  xmlUnlinkNode(node);
  xmlFreeNode(node);
}

std::string HtmlPage::Serialize() const {
  // Serialized as UTF-8, so the page's source is readable Thai (the
  // whole-document dump would fall back to &#3585; references, because it
  // only honours <meta http-equiv> and not <meta charset>).
  xmlOutputBufferPtr buffer = xmlAllocOutputBuffer(nullptr);  // libxml2 is UTF-8 inside
  if (buffer == nullptr) return std::string();
  htmlDocContentDumpFormatOutput(buffer, doc_.get(), "UTF-8", 1);
  xmlOutputBufferFlush(buffer);
  std::string out(reinterpret_cast<const char*>(xmlOutputBufferGetContent(buffer)),
                  xmlOutputBufferGetSize(buffer));
  xmlOutputBufferClose(buffer);
  return out;
}

}  // namespace samatthana::page
