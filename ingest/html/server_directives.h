// Server-page markup: what a web server reads to build a page (ASP.NET, JSP,
// PHP) and a reader never sees. Directives and code blocks `<%...%>` and
// `<?...?>`, and namespaced template tags such as `<asp:Label ...>` and
// `</asp:Content>`. A page template saved as found starts with them.
#ifndef SAMATTHANA_INGEST_HTML_SERVER_DIRECTIVES_H_
#define SAMATTHANA_INGEST_HTML_SERVER_DIRECTIVES_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace samatthana::ingest {

// The length of the directive or template tag that `text` starts with, or 0
// when it starts with none (or with one that never closes).
size_t ServerMarkupLength(std::string_view text);

// `text` without its `<%...%>` and `<?...?>` directives, which libxml2's
// HTML parser would read as text; their newlines stay, so lines keep their
// numbers. Template tags stay: the parser reads them as elements, not text.
std::string WithoutServerDirectives(std::string_view text);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_HTML_SERVER_DIRECTIVES_H_
