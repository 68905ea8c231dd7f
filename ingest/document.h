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
  kDocx,  // a Word document (Office Open XML)
  kOdt,   // an OpenDocument text (LibreOffice)
};

// How the source sets a line apart from body text, where it says so: an HTML
// <h2> or <b>, a Word paragraph in a Heading style or all in bold runs, a PDF
// line in a bold or larger font, centred.
struct LineStyle {
  bool heading = false;   // marked as a heading (a heading style or element)
  bool bold = false;      // all of its text is bold
  bool centered = false;  // centred between the margins
  bool operator==(const LineStyle&) const = default;
};

// One logical line of the source.
struct Line {
  std::string text;
  int line = 0;  // 1-based line in a text or HTML source; 0 for PDF
  int page = 0;  // 1-based page in a PDF; 0 otherwise
  // For a Word document `line` is the paragraph's number in the body, tables'
  // rows counted as paragraphs.
  // The source's structure says an item starts here: an HTML <li>, a <p>
  // inside a list or a checkbox at the start of a line, or a PDF paragraph
  // at the list indent.
  bool starts_item = false;
  // The line is the visual continuation of the previous one (a PDF line that
  // wrapped, or a paragraph split by a page break). `join_tight` says the two
  // are joined without a space, as Thai text wraps between words that have none.
  bool continues = false;
  bool join_tight = false;
  // A blank line (in text), an empty paragraph, two <br> or a rule (in HTML)
  // or extra space (in a PDF) stands between this line and the one before.
  bool after_gap = false;
  LineStyle style = {};
  // When >= 0, the line stands for Document::tables[table] at this place in
  // the text; its own text is empty.
  int table = -1;
  // Read by OCR: Tesseract's mean word confidence for the line, 0-100; -1
  // for text the file itself holds.
  float confidence = -1;
  // Some of the line's characters were repaired from the font's own tables
  // where the PDF's text layer disagreed with them.
  bool repaired = false;
  bool operator==(const Line&) const = default;
};

// A table as the source lays it out: a grid of cells, each holding lines. A
// cell that spans rows or columns is stored once, at its top-left position.
struct TableCell {
  int row = 0;  // 0-based
  int column = 0;
  int row_span = 1;
  int column_span = 1;
  bool header = false;      // a header cell (<th>, a repeated header row)
  std::vector<Line> lines;  // never holds a table (nested tables are flattened into lines)
  bool operator==(const TableCell&) const = default;
};

struct Table {
  int rows = 0;
  int columns = 0;
  std::vector<TableCell> cells;  // row by row, left to right
  int line = 0;                  // where the table starts in the source (line, paragraph or page)
  int page = 0;
  bool operator==(const Table&) const = default;
};

struct Document {
  std::string path;  // as given by the caller
  Format format = Format::kText;
  std::string encoding;  // "UTF-8", "UTF-16LE", "windows-874", ...; empty for PDF
  std::string sha256;    // of the file's bytes, lowercase hex
  uint64_t size = 0;     // bytes
  int pages = 0;         // PDF only
  std::vector<Line> lines;
  std::vector<Table> tables;  // referred to by Line::table
  int ocr_pages = 0;          // pages read by OCR
  // PDF pages whose text layer decodes to no readable text (a wrong
  // ToUnicode map; ingest/pdf/garbage_text.h): OCR reads them (--ocr auto),
  // or the reader refuses the file naming them (--ocr never).
  std::vector<int> unreadable_pages;
  std::vector<Diagnostic> warnings;
  bool operator==(const Document&) const = default;
};

// Reports pages done out of total while a long document (named as the caller
// named it) is read.
using ProgressCallback = std::function<void(const std::string& file, int done, int total)>;

// Which PDF pages are read by OCR (--ocr): kAuto reads the pages that have
// no text layer, kAlways every page (its text layer, if any, is ignored),
// kNever none (a scan is refused, as before OCR could read it).
enum class OcrMode { kAuto, kAlways, kNever };

struct ReadOptions {
  std::string password;                    // for encrypted PDFs
  uint64_t max_file_bytes = 256ull << 20;  // --max-file-size
  uint64_t max_line_bytes = 1ull << 20;    // --max-line-length
  int max_html_depth = 512;                // --max-html-depth
  int max_pages = 5000;                    // --max-pages
  // A PDF is read in a child process (see child_reader.h) that may go this
  // long without finishing a page (--time-limit) and map this much memory
  // (--max-memory).
  int time_limit_seconds = 30;
  uint64_t max_memory_bytes = 4ull << 30;
  // False reads a PDF in this process: for fuzzing, where the fuzzer's own
  // time limit catches a stall and coverage must be seen.
  bool isolate = true;
  // Read a PDF's glyphs as their embedded fonts say where its text layer
  // disagrees; false reads the text layer as it is (to compare, to measure).
  bool repair_text_layer = true;
  OcrMode ocr = OcrMode::kAuto;  // --ocr
  ProgressCallback progress;     // may be empty
};

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_DOCUMENT_H_
