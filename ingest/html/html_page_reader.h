// HtmlPageReader: the state of one SAX parse of an HTML page or fragment,
// turning libxml2's events into lines and tables. It keeps a stack of the
// open elements, each remembering what it changed (a list, a skipped
// subtree, the look of its text, a table, a row or a cell), and undoes that
// when the element ends. The outermost table builds a Table; its cells have
// line builders of their own; a table inside a cell gives its cells' lines
// to that cell.
#ifndef SAMATTHANA_INGEST_HTML_HTML_PAGE_READER_H_
#define SAMATTHANA_INGEST_HTML_HTML_PAGE_READER_H_

#include <libxml/HTMLparser.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "ingest/document.h"
#include "ingest/html/html_extractor.h"
#include "ingest/html/html_line_builder.h"
#include "ingest/html/html_table_builder.h"

namespace samatthana::ingest {

class HtmlPageReader {
 public:
  // Lines go to doc->lines, tables to doc->tables. `first_line` is the
  // source line of the input's first byte.
  HtmlPageReader(int first_line, const std::string& file, const HtmlOptions& options,
                 Document* doc);

  // The parser, for the line it stands on; the reader stops it on failure.
  void set_context(htmlParserCtxtPtr ctxt) { ctxt_ = ctxt; }
  const Status& status() const { return status_; }

  // libxml2's events. `attrs` alternates names and values, null-terminated
  // (or is null); a value may be null.
  void StartElement(std::string_view name, const xmlChar** attrs);
  void EndElement(std::string_view name);
  void Characters(std::string_view text);
  // The input ended: closes what is still open.
  void Finish();

 private:
  // An open element and what it changed.
  struct Frame {
    std::string name;
    LineStyle look;  // of the text inside it
    bool skipped = false;
    bool list = false;
    bool pre = false;
    bool table = false;  // opened an entry of tables_
    bool row = false;    // a row of the table being built
    bool head = false;   // a <thead> of it
    bool cell = false;   // a cell of it, with a line builder of its own
    // Where the text went when it started, and how many lines it had.
    HtmlLineBuilder* builder = nullptr;
    int text_count = 0;
  };
  // An open table: built when outermost, flattened otherwise.
  struct OpenTable {
    std::unique_ptr<HtmlTableBuilder> builder;  // null when flattened
    int line = 0;
    bool after_gap = false;
    int head = 0;  // open <thead> elements
    bool row_open = false;
  };

  int CurrentLine() const;
  HtmlLineBuilder& Text() { return *builders_.back(); }
  // The table that builds a Table, when it is the innermost one open.
  OpenTable* BuiltTable();
  bool StartTablePart(Frame* frame, const xmlChar** attrs);
  void EndFrame(Frame& frame);
  void EndTable();
  void TooLarge();
  void Fail(Status status);

  int first_line_;
  const std::string& file_;
  const HtmlOptions& options_;
  Document* doc_;
  htmlParserCtxtPtr ctxt_ = nullptr;
  Status status_;
  std::vector<Frame> frames_;
  // [0] for the page's own lines, then one for the open cell.
  std::vector<std::unique_ptr<HtmlLineBuilder>> builders_;
  std::vector<OpenTable> tables_;
  int skip_depth_ = 0;
  int list_depth_ = 0;
  int pre_depth_ = 0;
};

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_HTML_HTML_PAGE_READER_H_
