// HtmlPage: one self-contained HTML page for people (the diff report, the
// inspect view), built as a tree and serialized by libxml2, which escapes
// every text: catalogue text is never spliced in as markup. No network
// address anywhere: inline CSS with a Thai font stack of locally installed
// fonts.
#ifndef SAMATTHANA_PAGE_HTML_PAGE_H_
#define SAMATTHANA_PAGE_HTML_PAGE_H_

#include <memory>
#include <string>
#include <string_view>

struct _xmlDoc;
struct _xmlNode;

namespace samatthana::page {

using Node = _xmlNode;

// The font stack every page uses: fonts Windows, macOS and Linux
// (fonts-thai-tlwg) install locally.
inline constexpr const char* kThaiFonts =
    "\"Sarabun\", \"TH Sarabun New\", \"Noto Sans Thai\", \"Garuda\", \"Loma\", \"Tahoma\", "
    "sans-serif";

class HtmlPage {
 public:
  // A page with `title` and `css` in its <head>, in Thai (lang="th").
  HtmlPage(std::string_view title, std::string_view css);
  ~HtmlPage();
  HtmlPage(const HtmlPage&) = delete;
  HtmlPage& operator=(const HtmlPage&) = delete;

  Node* body() const { return body_; }

  // A child element, with a class when `cls` is given.
  static Node* Element(Node* parent, const char* name, const char* cls = nullptr);
  static void Attribute(Node* node, const char* name, std::string_view value);
  // Text (ill-formed UTF-8 becomes U+FFFD and control characters spaces, so
  // the serializer never stops short).
  static void Text(Node* parent, std::string_view text);
  // An element holding one text.
  static Node* TextElement(Node* parent, const char* name, const char* cls, std::string_view text);

  // Takes `node` out of the page when it holds nothing.
  static void RemoveIfEmpty(Node* node);

  // The page as UTF-8 HTML.
  std::string Serialize() const;

 private:
  std::unique_ptr<_xmlDoc, void (*)(_xmlDoc*)> doc_;
  Node* body_ = nullptr;
};

}  // namespace samatthana::page

#endif  // SAMATTHANA_PAGE_HTML_PAGE_H_
