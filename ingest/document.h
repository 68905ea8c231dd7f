// The lines every format's reader fills: one logical line of the source at a
// time, with where it came from, and what is known about the file. Each
// reader under ingest/ produces these; ingest.h is their face.
#ifndef SAMATTHANA_INGEST_DOCUMENT_H_
#define SAMATTHANA_INGEST_DOCUMENT_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "base/status.h"

namespace samatthana::ingest {

enum class Format {
  kText,           // plain lines
  kHtmlFragments,  // plain lines with pasted HTML fragments
  kHtml,           // a whole HTML page
  kPdf,
};

// One logical line of the source.
struct Line {
  std::string text;
  int line = 0;  // 1-based line in a text or HTML source; 0 for PDF
  int page = 0;  // 1-based page in a PDF; 0 otherwise
  // The source's structure says an item starts here: an HTML <li>, a <p>
  // inside a list, or a PDF paragraph at the list indent.
  bool starts_item = false;
  // The line is the visual continuation of the previous one (a PDF line that
  // wrapped, or a paragraph split by a page break). `join_tight` says the two
  // are joined without a space, as Thai text wraps between words that have none.
  bool continues = false;
  bool join_tight = false;
};

struct Document {
  std::string path;  // as given by the caller
  Format format = Format::kText;
  std::string encoding;  // "UTF-8", "UTF-16LE", "windows-874", ...; empty for PDF
  std::string sha256;    // of the file's bytes, lowercase hex
  uint64_t size = 0;     // bytes
  int pages = 0;         // PDF only
  std::vector<Line> lines;
  std::vector<Diagnostic> warnings;
};

// Reports pages done out of total while a long document (named as the caller
// named it) is read.
using ProgressCallback = std::function<void(const std::string& file, int done, int total)>;

struct ReadOptions {
  std::string password;                    // for encrypted PDFs
  uint64_t max_file_bytes = 256ull << 20;  // --max-file-size
  uint64_t max_line_bytes = 1ull << 20;    // --max-line-length
  int max_html_depth = 512;                // --max-html-depth
  int max_pages = 5000;                    // --max-pages
  ProgressCallback progress;               // may be empty
};

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_DOCUMENT_H_
