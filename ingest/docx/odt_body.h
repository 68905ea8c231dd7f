// OdtBody: the text of an OpenDocument text (content.xml, with the common
// styles of styles.xml) as the lines and tables every reader fills. Tracked
// changes read as accepted: deleted text is kept apart in
// text:tracked-changes and never read. Footnotes, comments and the headers
// and footers of master pages are not body text.
#ifndef SAMATTHANA_INGEST_DOCX_ODT_BODY_H_
#define SAMATTHANA_INGEST_DOCX_ODT_BODY_H_

#include <string_view>

#include "base/status.h"
#include "ingest/document.h"

namespace samatthana::ingest {

// Appends the body's lines to doc->lines and its tables to doc->tables.
// `styles_xml` may be empty. Fails as ReadDocxBody does.
Status ReadOdtBody(std::string_view content_xml, std::string_view styles_xml,
                   const ReadOptions& options, Document* doc);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_DOCX_ODT_BODY_H_
