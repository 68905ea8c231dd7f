// What HTML elements mean for the lines of a page: which hold no catalogue
// text, which end lines, which hold items, and which build tables. Names are
// lowercase, as libxml2's HTML parser reports them.
#ifndef SAMATTHANA_INGEST_HTML_HTML_ELEMENTS_H_
#define SAMATTHANA_INGEST_HTML_HTML_ELEMENTS_H_

#include <initializer_list>
#include <string_view>

namespace samatthana::ingest {

// `name` is one of `names` (an element or attribute value).
bool OneOf(std::string_view name, std::initializer_list<std::string_view> names);

// Elements whose content is never catalogue text: code, metadata, and the
// page furniture of a web page (site navigation, footers, sidebars, forms'
// controls).
bool IsSkippedElement(std::string_view name);

// Elements that end the line before and after them.
bool IsBlockElement(std::string_view name);

// Lists: their <p> and <div> start items, as their <li> do.
bool IsListElement(std::string_view name);

// h1-h6.
bool IsHeadingElement(std::string_view name);

// The cells of a table row, <td> and <th>.
bool IsCellElement(std::string_view name);

// A form control a reader ticks (<input type="checkbox"> or "radio"): at
// the start of a line it marks an item, as a printed checklist's box does.
bool IsTickBox(std::string_view name, std::string_view type);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_HTML_HTML_ELEMENTS_H_
