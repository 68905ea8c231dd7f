#include "ingest/html/html_elements.h"

#include <algorithm>
#include <initializer_list>

namespace samatthana::ingest {

bool OneOf(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

namespace {

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return (x >= 'A' && x <= 'Z' ? x - 'A' + 'a' : x) == y;
         });
}

}  // namespace

bool IsSkippedElement(std::string_view name) {
  return OneOf(name, {"script", "style", "head", "title", "noscript", "template", "svg", "nav",
                      "footer", "aside", "button", "select", "iframe", "object"});
}

bool IsBlockElement(std::string_view name) {
  return OneOf(name, {"address",  "article",    "aside",   "blockquote", "body",   "br",  "caption",
                      "center",   "dd",         "details", "dialog",     "div",    "dl",  "dt",
                      "fieldset", "figcaption", "figure",  "footer",     "form",   "h1",  "h2",
                      "h3",       "h4",         "h5",      "h6",         "header", "hr",  "html",
                      "li",       "main",       "nav",     "ol",         "p",      "pre", "section",
                      "summary",  "table",      "tbody",   "td",         "tfoot",  "th",  "thead",
                      "tr",       "ul"});
}

bool IsListElement(std::string_view name) { return OneOf(name, {"ul", "ol", "dl"}); }

bool IsHeadingElement(std::string_view name) {
  return OneOf(name, {"h1", "h2", "h3", "h4", "h5", "h6"});
}

bool IsCellElement(std::string_view name) { return OneOf(name, {"td", "th"}); }

bool IsTickBox(std::string_view name, std::string_view type) {
  return name == "input" &&
         (EqualsIgnoringCase(type, "checkbox") || EqualsIgnoringCase(type, "radio"));
}

}  // namespace samatthana::ingest
