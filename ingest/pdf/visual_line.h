// VisualLine: one printed line of a PDF page, with the geometry the later
// steps need to tell page furniture from body text and wraps from paragraph
// ends. Coordinates are PDF points, y growing down the page.
#ifndef SAMATTHANA_INGEST_VISUAL_LINE_H_
#define SAMATTHANA_INGEST_VISUAL_LINE_H_

#include <string>
#include <vector>

namespace samatthana::ingest {

struct VisualLine {
  std::string text;    // UTF-8, words joined by a space only where the gap is one
  int page = 0;        // 1-based
  double x0 = 0;       // left edge of the first glyph, or of a bullet drawn as a shape
  double text_x0 = 0;  // left edge of the text after a leading bullet (x0 if none)
  double x1 = 0;       // right edge of the last glyph
  double top = 0;
  double bottom = 0;
  double height = 0;     // glyph box height: the line's font size, roughly
  double font_size = 0;  // the size most of its characters are set in, in points
  double baseline = 0;   // where most of its characters stand (0: unknown)
  bool bold = false;     // (nearly) all of its characters are set in a bold face
  // Width of the first word after any bullet, by the Thai dictionary: the
  // word a line breaker would have had to fit on the line before.
  double first_word_width = 0;
  // Width up to the first space after any bullet: what a line breaker that
  // breaks only at spaces (typed line breaks, some PDF producers) would have
  // had to fit. 0 where unknown.
  double first_chunk_width = 0;
  // The line opens with a list mark in its text: a bullet, a dash or a
  // number such as "1." standing apart from the words after it.
  bool starts_with_bullet = false;
  // Something is drawn left of the line where a list bullet would be (a
  // bullet painted as a shape, see shape_marks.h).
  bool shape_mark = false;
  // Some of its characters were read from their font where the PDF's text
  // layer disagreed (text_layer_repair.h).
  bool repaired = false;
  // Read by OCR (ingest/ocr): the reading's mean confidence, 0-100; -1 for
  // a line of the text layer.
  float confidence = -1;
  // When >= 0, the line holds no text but stands for a table at this place
  // (table_assembly.h); its edges are the table's.
  int table = -1;
};

// The lines of one page, with the page's size.
struct PageLines {
  int page = 0;
  double width = 0;
  double height = 0;
  std::vector<VisualLine> lines;
};

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_VISUAL_LINE_H_
