// HtmlExtractor: lines and tables from HTML, through libxml2's HTML parser
// (SAX, so no tree is built and nesting depth is checked as the parser goes).
// Block elements and <br> end lines; <li>, <p> inside a list, and a checkbox
// at the start of a line start items; entities are decoded; <style>,
// <script> and <head> are dropped; unclosed tags are tolerated; server-page
// directives are not text. Each outermost <table> becomes a Table.
#ifndef SAMATTHANA_INGEST_HTML_EXTRACTOR_H_
#define SAMATTHANA_INGEST_HTML_EXTRACTOR_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "ingest/document.h"

namespace samatthana::ingest {

struct HtmlOptions {
  // True for text with pasted fragments, where a newline in the text ends a
  // line as it does in the plain parts; false for an HTML page, where it is
  // only a space.
  bool newlines_end_lines = false;
  int max_depth = 512;
  uint64_t max_line_bytes = 1ull << 20;
};

// Appends the lines of `html` (UTF-8) to doc->lines and its tables to
// doc->tables: each outermost table is one Table (its cells' lines built as
// body text is, tables inside it flattened into its cells' lines), standing
// in doc->lines as a Line whose `table` is its index. `first_line` is the
// source line of html's first byte; `file` names the source in errors. On
// failure doc holds what was read before it.
Status ExtractHtmlLines(std::string_view html, int first_line, const std::string& file,
                        const HtmlOptions& options, Document* doc);

// Text with pasted HTML fragments, appended to doc->lines and doc->tables.
// Each block of lines between blank lines is read on its own (see
// fragment_blocks.h), so a list a fragment leaves open ends at the next
// blank line, as it does on the page it was pasted from, while a table keeps
// its blank lines.
Status ExtractFragmentLines(std::string_view text, const std::string& file,
                            const HtmlOptions& options, Document* doc);

// Plain text: one Line per source line, blank lines dropped.
Status ExtractTextLines(std::string_view text, const std::string& file, uint64_t max_line_bytes,
                        std::vector<Line>* out);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_HTML_EXTRACTOR_H_
