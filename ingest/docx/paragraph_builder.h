// ParagraphBuilder: the lines of one paragraph of an office document, built
// as its runs of text arrive. A line break inside the paragraph ends a line;
// one that falls between two Thai letters splits a word (Thai has no spaces
// between words), so the next line continues it without a space. The
// paragraph is bold when all of its text is; text boxes anchored in it are
// read after it.
#ifndef SAMATTHANA_INGEST_DOCX_PARAGRAPH_BUILDER_H_
#define SAMATTHANA_INGEST_DOCX_PARAGRAPH_BUILDER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/document.h"

namespace samatthana::ingest {

class ParagraphBuilder {
 public:
  // `number` is the paragraph's place in the body (Line::line).
  ParagraphBuilder(int number, uint64_t max_line_bytes)
      : number_(number), max_line_bytes_(max_line_bytes), pieces_(1) {}

  int number() const { return number_; }

  // Appends text from a run that is or is not bold. Returns false when the
  // line being built passes the line length limit.
  bool AddText(std::string_view text, bool bold);

  // A line break (or a page or column break) inside the paragraph.
  void Break() { pieces_.emplace_back(); }

  // The paragraph before this one lost its paragraph mark to a tracked
  // deletion: accepted, the two are one paragraph that starts with its text
  // and takes its place. Returns false when the joined line passes the line
  // length limit.
  bool TakeOver(ParagraphBuilder&& before);

  // Where lines anchored in the paragraph go (the paragraphs of its text
  // boxes); they follow its own lines.
  std::vector<Line>* anchored() { return &anchored_; }

  // Appends the paragraph's lines to `out`: each with the paragraph's number
  // and style (bold when every run with text is bold), the first one marked
  // as an item when `item`; then the anchored lines.
  void Finish(bool heading, bool centered, bool item, std::vector<Line>* out);

 private:
  int number_;
  uint64_t max_line_bytes_;
  std::vector<std::string> pieces_;  // the text between breaks
  bool all_bold_ = true;
  bool any_text_ = false;
  std::vector<Line> anchored_;
};

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_DOCX_PARAGRAPH_BUILDER_H_
