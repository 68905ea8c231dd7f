// FormatDetector: tells a catalogue's format from its bytes, never its name.
#ifndef SAMATTHANA_INGEST_DETECT_H_
#define SAMATTHANA_INGEST_DETECT_H_

#include <string_view>

#include "ingest/document.h"

namespace samatthana::ingest {

// True when the PDF header "%PDF-" appears in the first kilobyte, where PDF
// readers look for it.
bool LooksLikePdf(std::string_view bytes);

// True for a zip archive (a local file header or an empty archive's end
// record at the start): the container of .docx and .odt documents.
bool LooksLikeZip(std::string_view bytes);

// True for an OLE2 compound file: Word 97-2003 (.doc), Excel's .xls, and
// Office documents encrypted with a password, .docx among them.
bool LooksLikeOle2(std::string_view bytes);

// For decoded text: kHtml for a whole page (a doctype, <html>, <head> or
// <body> before any text, or a page template's server directives and
// template tags followed by markup that fills most of its lines),
// kHtmlFragments when HTML tags are mixed into plain lines, kText otherwise.
Format DetectMarkup(std::string_view utf8);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_DETECT_H_
