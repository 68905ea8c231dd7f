// HtmlExtractor: lines from HTML, through libxml2's HTML parser (SAX, so no
// tree is built and nesting depth is checked as the parser goes). Block
// elements and <br> end lines; <li>, and <p> inside a list, start items;
// entities are decoded; <style>, <script> and <head> are dropped; unclosed
// tags are tolerated.
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

// Appends the lines of `html` (UTF-8) to `out`. `first_line` is the source line
// of html's first byte; `file` names the source in errors.
Status ExtractHtmlLines(std::string_view html, int first_line, const std::string& file,
                        const HtmlOptions& options, std::vector<Line>* out);

// Text with pasted HTML fragments. Each block of lines between blank lines is
// read on its own, so a list a fragment leaves open ends at the next blank
// line, as it does on the page it was pasted from.
Status ExtractFragmentLines(std::string_view text, const std::string& file,
                            const HtmlOptions& options, std::vector<Line>* out);

// Plain text: one Line per source line, blank lines dropped.
Status ExtractTextLines(std::string_view text, const std::string& file, uint64_t max_line_bytes,
                        std::vector<Line>* out);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_HTML_EXTRACTOR_H_
