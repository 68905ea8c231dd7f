// HtmlLineBuilder: the lines of one stretch of an HTML page (its body text,
// or one table cell), built as the parser reports text and elements. Blocks
// end lines; a <br> ends one too, but the next line continues the same
// paragraph: without a space when the break falls inside a Thai word (a
// Thai letter on both sides, as Thai has no spaces between words), with one
// otherwise. The line's look is the look of its text: bold when all of its
// text is, a heading or centred when its text stands in such an element.
#ifndef SAMATTHANA_INGEST_HTML_HTML_LINE_BUILDER_H_
#define SAMATTHANA_INGEST_HTML_HTML_LINE_BUILDER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/document.h"

namespace samatthana::ingest {

class HtmlLineBuilder {
 public:
  // Lines go to `out`, which must outlive the builder.
  HtmlLineBuilder(std::vector<Line>* out, uint64_t max_line_bytes)
      : out_(out), max_line_bytes_(max_line_bytes) {}

  // Appends text (no newlines) that starts on source line `line`, with the
  // look of the element it stands in. Returns false when the line being
  // built passes the line length limit.
  bool AddText(std::string_view text, int line, const LineStyle& look);

  // A <br>: ends the line; the next one continues it. A second <br> in a
  // row leaves a blank line: the next line stands after a gap instead.
  void Break();
  // A block element starts or ends: the line ends and the next one is new.
  void EndBlock();
  // A newline that ends a line where newlines do (pasted fragments, <pre>).
  void EndSourceLine();
  // The next line starts an item (<li>, a checkbox at the start of a line).
  void MarkItem() { pending_item_ = true; }
  // Blank space stands before the next line (an empty paragraph, a rule).
  void MarkGap() { pending_gap_ = true; }
  // Takes back a gap marked before this builder's next line (a table takes
  // the gap before it as its own).
  bool TakeGap();
  // Ends the line, then places Document::tables[table] here: a line of its
  // own that stands for the table, found at source line `line`.
  void AddTable(int table, int line, bool after_gap);

  // True when no text has been added since the last line ended.
  bool at_line_start() const { return !has_text_; }
  // How many lines with text this builder has ended so far, the one being
  // built counted: an element that saw this number unchanged held no text.
  int text_count() const { return lines_ + (has_text_ ? 1 : 0); }
  // Where the line being built starts in the source (0 before any text).
  int line() const { return has_text_ ? buffer_line_ : 0; }

 private:
  void Flush();

  std::vector<Line>* out_;
  uint64_t max_line_bytes_;
  std::string buffer_;
  bool has_text_ = false;  // the buffer holds more than blanks
  int buffer_line_ = 0;
  LineStyle style_;  // of the first text; bold while all of it is
  int lines_ = 0;
  bool pending_item_ = false;
  bool pending_gap_ = false;
  // <br>s since the last line with text ended; the last text character
  // before them, when the first of them ended that line.
  int breaks_ = 0;
  char32_t before_break_ = 0;
};

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_HTML_HTML_LINE_BUILDER_H_
