// The office documents a catalogue arrives in, as zip archives of XML: a
// Word document (.docx, Office Open XML) and an OpenDocument text (.odt,
// LibreOffice). Which one is told from the archive's entries, never the file
// name; everything after this reads the same lines and tables as from any
// other format.
#ifndef SAMATTHANA_INGEST_DOCX_OFFICE_READER_H_
#define SAMATTHANA_INGEST_DOCX_OFFICE_READER_H_

#include <string>
#include <string_view>

#include "base/status.h"
#include "ingest/document.h"

namespace samatthana::ingest {

// Reads the zip archive in `bytes` (named `doc->path`) into `doc`: its
// format, lines and tables. A zip that is neither a Word document (an entry
// word/document.xml) nor an OpenDocument text (its mimetype entry says so)
// is refused in one line, as is a damaged or hostile one (too many entries,
// a part that inflates past its limit, XML that is not well-formed or nests
// past options.max_html_depth).
Status ReadOfficeZip(std::string_view bytes, const ReadOptions& options, Document* doc);

// The most any one XML part may inflate to: 64 MiB, or less where
// --max-file-size is set low.
uint64_t OfficePartLimit(const ReadOptions& options);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_DOCX_OFFICE_READER_H_
