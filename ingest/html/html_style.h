// HtmlStyle: how an element sets its text apart, from its name and its
// attributes as browsers read them: <b>/<strong> and font-weight make it
// bold; <center>, align="center" and text-align make it centred; h1-h6 make
// it a heading. What an element does not say it inherits from the one it
// stands in.
#ifndef SAMATTHANA_INGEST_HTML_HTML_STYLE_H_
#define SAMATTHANA_INGEST_HTML_HTML_STYLE_H_

#include <string_view>

#include "ingest/document.h"

namespace samatthana::ingest {

// The look of the text inside an element named `name` (lowercase) with these
// `align` and `style` attribute values (empty when absent), inside an
// element whose text looks like `outer`.
LineStyle ElementStyle(const LineStyle& outer, std::string_view name, std::string_view align,
                       std::string_view style);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_HTML_HTML_STYLE_H_
