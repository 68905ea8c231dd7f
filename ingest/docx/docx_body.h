// DocxBody: the body of a Word document (word/document.xml) as the lines and
// tables every reader fills. Tracked changes read as accepted, fields as
// their displayed result, text boxes after the paragraph they are anchored
// in; headers, footers, footnotes and comments live in other parts and are
// never read.
#ifndef SAMATTHANA_INGEST_DOCX_DOCX_BODY_H_
#define SAMATTHANA_INGEST_DOCX_DOCX_BODY_H_

#include <string>
#include <string_view>

#include "base/status.h"
#include "ingest/document.h"
#include "ingest/docx/docx_numbering.h"
#include "ingest/docx/docx_styles.h"

namespace samatthana::ingest {

// Appends the body's lines to doc->lines and its tables to doc->tables.
// Fails on XML that is not well-formed, nesting past options.max_html_depth,
// a line past options.max_line_bytes or a table past kMaxTableColumns.
Status ReadDocxBody(std::string_view xml, const DocxStyles& styles, const DocxNumbering& numbering,
                    const ReadOptions& options, Document* doc);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_DOCX_DOCX_BODY_H_
