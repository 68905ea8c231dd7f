#include "ingest/docx/docx_body.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

#include "base/utf8.h"
#include "ingest/docx/paragraph_builder.h"
#include "ingest/docx/table_builder.h"
#include "ingest/docx/xml_stream.h"

namespace samatthana::ingest {
namespace {

constexpr std::string_view kMarkupCompatibility =
    "http://schemas.openxmlformats.org/markup-compatibility/2006";
constexpr std::string_view kMath = "http://schemas.openxmlformats.org/officeDocument/2006/math";
constexpr std::string_view kDiagram = "http://schemas.openxmlformats.org/drawingml/2006/diagram";
constexpr std::string_view kChart = "http://schemas.openxmlformats.org/drawingml/2006/chart";

// Elements whose content is never the document's current text: what
// tracked changes deleted or moved away, the properties a change replaced,
// field instructions, ruby annotations, section properties (they refer to
// headers and footers).
bool IsSkipped(std::string_view name) {
  return name == "delText" || name == "instrText" || name == "delInstrText" || name == "rt" ||
         name == "pPrChange" || name == "rPrChange" || name == "tblPrChange" ||
         name == "trPrChange" || name == "tcPrChange" || name == "sectPrChange" ||
         name == "tblGridChange" || name == "tblPrExChange" || name == "numberingChange" ||
         name == "sectPr" || name == "tblPr" || name == "tblGrid" || name == "tblPrEx" ||
         name == "background" || name == "sdtPr" || name == "sdtEndPr";
}

class BodyHandler : public XmlHandler {
 public:
  BodyHandler(const DocxStyles& styles, const DocxNumbering& numbering, const ReadOptions& options,
              Document* doc)
      : styles_(styles), numbering_(numbering), options_(options), doc_(doc) {
    sinks_.push_back(&doc->lines);
  }

  bool Start(const XmlElement& e) override {
    if (e.ns == kMarkupCompatibility) return StartCompatibility(e.name);
    if (e.ns == kMath) {
      if (e.name == "t") in_text_ = true;
      return true;
    }
    if (e.ns == kDiagram && e.name == "relIds") Warn("a SmartArt diagram's text is not read");
    if (e.ns == kChart && e.name == "chart") Warn("a chart's text is not read");
    if (!IsWordNamespace(e.ns)) return true;
    std::string_view n = e.name;
    if (IsSkipped(n)) return false;
    Paragraph* p = paragraphs_.empty() ? nullptr : paragraphs_.back().get();
    std::string_view parent = e.parent_name;

    if (n == "p") return StartParagraph();
    if (n == "tbl") return StartTable();
    if (n == "tr") return StartRow();
    if (n == "tc") return StartCell();
    if (n == "altChunk") Warn("text imported from another file (altChunk) is not read");
    if (n == "txbxContent") {
      // A text box is a place of its own: a paragraph waiting to join the
      // next one waits until the text box is over.
      saved_carries_.push_back(std::move(carry_));
      text_boxes_.push_back(p != nullptr);
      if (p) sinks_.push_back(p->text.anchored());
      return true;
    }

    // Properties of the paragraph, its mark, the row and the cell.
    if (parent == "pPr" && p) {
      if (n == "pStyle") p->style = e.Attr("val");
      if (n == "jc") p->centered = e.Attr("val") == "center";
      if (n == "outlineLvl") p->outline_level = WordInt(e.Attr("val"), 9);
      if (n == "numPr") p->has_numbering = true;
      if (n == "rPr") in_mark_properties_ = true;
      return n == "numPr" || n == "rPr";
    }
    if (parent == "numPr" && p) {
      if (n == "numId") p->numbering.num_id = WordInt(e.Attr("val"), -1);
      if (n == "ilvl") p->numbering.level = WordInt(e.Attr("val"), -1);
      return false;
    }
    if (in_mark_properties_) {
      // The paragraph mark deleted (or moved away): accepted, the paragraph
      // runs on into the next.
      if (p && (n == "del" || n == "moveFrom")) p->mark_deleted = true;
      return false;
    }
    if (parent == "trPr" && !tables_.empty()) {
      TableState& t = tables_.back();
      if (n == "tblHeader") t.row_header = WordOnOff(e.Attr("val"));
      if (n == "gridBefore") t.column = std::max(0, WordInt(e.Attr("val"), 0));
      if (n == "del") t.row_deleted = true;
      return false;
    }
    if (parent == "tcPr" && !tables_.empty()) {
      TableState& t = tables_.back();
      if (n == "gridSpan") t.cell_span = std::max(1, WordInt(e.Attr("val"), 1));
      if (n == "vMerge") t.cell_continues = e.Attr("val", "continue") == "continue";
      return false;
    }
    if (n == "trPr" || n == "tcPr") return true;

    // Tracked changes: deletions and moves away are gone, insertions and
    // moves here are text like any other.
    if (n == "del" || n == "moveFrom") return false;

    // Runs and what they hold.
    if (n == "r") {
      if (!p) return false;
      p->run = Run();
      return true;
    }
    if (parent == "rPr" && p) {
      if (n == "b") p->run.bold.latin = WordOnOff(e.Attr("val"));
      if (n == "bCs") p->run.bold.complex = WordOnOff(e.Attr("val"));
      if (n == "rStyle") p->run.style = e.Attr("val");
      return false;
    }
    if (parent != "r" || !p) return true;
    if (n == "t") {
      in_text_ = true;
    } else if (n == "tab" || n == "ptab") {
      AddText("\t");
    } else if (n == "br" || n == "cr") {
      if (!InFieldInstruction()) p->text.Break();
    } else if (n == "noBreakHyphen") {
      AddText("-");
    } else if (n == "softHyphen") {
      AddText("\u00AD");
    } else if (n == "sym") {
      AddSymbol(e.Attr("char"));
    } else if (n == "fldChar") {
      std::string_view type = e.Attr("fldCharType");
      if (type == "begin") {
        fields_.push_back(true);
        ++fields_in_instruction_;
      } else if (type == "separate" && !fields_.empty() && fields_.back()) {
        fields_.back() = false;
        --fields_in_instruction_;
      } else if (type == "end" && !fields_.empty()) {
        if (fields_.back()) --fields_in_instruction_;
        fields_.pop_back();
      }
    }
    return true;
  }

  void End(std::string_view ns, std::string_view name) override {
    if (ns == kMarkupCompatibility) {
      if (name == "AlternateContent" && !alternates_.empty()) alternates_.pop_back();
      return;
    }
    if (ns == kMath) {
      if (name == "t") in_text_ = false;
      return;
    }
    if (!IsWordNamespace(ns)) return;
    if (name == "t") {
      in_text_ = false;
    } else if (name == "rPr") {
      in_mark_properties_ = false;
    } else if (name == "p") {
      EndParagraph();
    } else if (name == "tc") {
      EndCell();
    } else if (name == "tr") {
      EndRow();
    } else if (name == "tbl") {
      EndTable();
    } else if (name == "txbxContent") {
      FlushCarry();
      if (!text_boxes_.empty()) {
        if (text_boxes_.back()) sinks_.pop_back();
        text_boxes_.pop_back();
        carry_ = std::move(saved_carries_.back());
        saved_carries_.pop_back();
      }
    } else if (name == "body") {
      FlushCarry();
    }
  }

  void Text(std::string_view text) override {
    if (in_text_) AddText(text);
  }

 private:
  struct Run {
    BoldProperties bold;
    std::string style;
    std::optional<bool> resolved_bold;
  };
  struct Paragraph {
    explicit Paragraph(int number, uint64_t max_line_bytes) : text(number, max_line_bytes) {}
    ParagraphBuilder text;
    std::string style;
    std::optional<bool> centered;
    std::optional<int> outline_level;
    bool has_numbering = false;
    NumberingRef numbering;
    bool mark_deleted = false;
    Run run;
  };
  // An open table. Only a table at the outside is a table of the document;
  // one inside a cell gives its cells' lines to that cell, in order.
  struct TableState {
    std::unique_ptr<TableBuilder> builder;  // null when flattened
    int first_row = 0;                      // the number of its first row
    bool row_header = false;
    bool row_deleted = false;
    bool row_started = false;
    int column = 0;
    // The cell being read: placed (and its lines' place known) when its
    // properties are over.
    bool cell_open = false;
    bool cell_placed = false;
    bool cell_pushed = false;
    int cell_span = 1;
    bool cell_continues = false;
  };

  bool StartCompatibility(std::string_view name) {
    // Word writes a drawing twice: as DrawingML (the choice) and as VML (the
    // fallback), each with the text box's text. Read one.
    if (name == "AlternateContent") {
      alternates_.push_back(false);
      return true;
    }
    if (alternates_.empty()) return true;
    if (name == "Choice" || name == "Fallback") {
      if (alternates_.back()) return false;
      alternates_.back() = true;
    }
    return true;
  }

  int Number() { return contexts_.empty() ? ++paragraph_count_ : contexts_.back(); }

  bool StartParagraph() {
    PlaceCell();
    int number = Number();
    contexts_.push_back(number);
    paragraphs_.push_back(std::make_unique<Paragraph>(number, options_.max_line_bytes));
    return true;
  }

  void EndParagraph() {
    if (paragraphs_.empty()) return;
    std::unique_ptr<Paragraph> p = std::move(paragraphs_.back());
    paragraphs_.pop_back();
    contexts_.pop_back();
    if (carry_) {
      bool fits = p->text.TakeOver(std::move(carry_->text));
      carry_.reset();
      if (!fits) {
        LineTooLong(p->text.number());
        return;
      }
    }
    if (p->mark_deleted) {
      carry_ = std::move(p);
      return;
    }
    Emit(p.get());
  }

  // A paragraph whose mark was deleted joins the next one in the same
  // place; with none there (the end of a cell, say), it stands alone.
  void FlushCarry() {
    if (!carry_) return;
    std::unique_ptr<Paragraph> p = std::move(carry_);
    Emit(p.get());
  }

  void Emit(Paragraph* p) {
    const std::string& style = p->style.empty() ? styles_.default_paragraph_style() : p->style;
    bool heading = styles_.IsHeading(style) ||
                   (p->outline_level && *p->outline_level >= 0 && *p->outline_level <= 8);
    bool centered = p->centered.value_or(styles_.Centered(style).value_or(false));
    NumberingRef ref = styles_.Numbering(style);
    if (p->has_numbering) {
      if (p->numbering.num_id >= 0) ref.num_id = p->numbering.num_id;
      if (p->numbering.level >= 0) ref.level = p->numbering.level;
    }
    bool item = numbering_.ShowsMark(ref, style, styles_);
    p->text.Finish(heading, centered, item, sinks_.back());
  }

  // Inside any field's instruction, even a field nested in another's
  // result, nothing is displayed text.
  bool InFieldInstruction() const { return fields_in_instruction_ > 0; }

  void AddText(std::string_view text) {
    if (paragraphs_.empty() || InFieldInstruction()) return;
    Paragraph& p = *paragraphs_.back();
    if (!p.run.resolved_bold) {
      const std::string& style = p.style.empty() ? styles_.default_paragraph_style() : p.style;
      p.run.resolved_bold = styles_.Bold(p.run.bold, p.run.style, style);
    }
    if (!p.text.AddText(text, *p.run.resolved_bold)) LineTooLong(p.text.number());
  }

  void LineTooLong(int number) {
    Stop(Status::InvalidInput({doc_->path, 0, number},
                              "line longer than " + std::to_string(options_.max_line_bytes) +
                                  " bytes (raise the limit with --max-line-length)"));
  }

  // A character from a symbol font (Insert > Symbol): Word stores its code
  // in the font, often in the private-use range U+F0xx.
  void AddSymbol(std::string_view hex) {
    char32_t c = 0;
    for (char h : hex) {
      int d = (h >= '0' && h <= '9')   ? h - '0'
              : (h >= 'A' && h <= 'F') ? h - 'A' + 10
              : (h >= 'a' && h <= 'f') ? h - 'a' + 10
                                       : -1;
      if (d < 0 || c > 0x10FFF) return;
      c = c * 16 + static_cast<char32_t>(d);
    }
    if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return;
    std::string utf8;
    AppendCodepoint(static_cast<UChar32>(c), &utf8);
    AddText(utf8);
  }

  bool StartTable() {
    FlushCarry();
    PlaceCell();
    TableState t;
    if (tables_.empty()) t.builder = std::make_unique<TableBuilder>();
    tables_.push_back(std::move(t));
    return true;
  }

  void EndTable() {
    if (tables_.empty()) return;
    TableState t = std::move(tables_.back());
    tables_.pop_back();
    if (t.builder) PlaceTable(t.builder.get(), t.first_row, doc_, sinks_.back());
  }

  bool StartRow() {
    if (tables_.empty()) return false;
    TableState& t = tables_.back();
    int number = Number();
    if (t.first_row == 0) t.first_row = number;
    contexts_.push_back(number);
    t.row_header = false;
    t.row_deleted = false;
    t.row_started = false;
    t.column = 0;
    return true;
  }

  void EndRow() {
    if (!contexts_.empty()) contexts_.pop_back();
  }

  bool StartCell() {
    if (tables_.empty()) return false;
    TableState& t = tables_.back();
    if (t.row_deleted) return false;  // a deleted row, accepted: gone
    t.cell_open = true;
    t.cell_placed = false;
    t.cell_pushed = false;
    t.cell_span = 1;
    t.cell_continues = false;
    return true;
  }

  // Places the open cell of the innermost table, once its properties are
  // known: before its first paragraph or table, or at its end.
  void PlaceCell() {
    if (tables_.empty()) return;
    TableState& t = tables_.back();
    if (!t.cell_open || t.cell_placed) return;
    t.cell_placed = true;
    if (!t.builder) return;  // flattened: lines go where the enclosing cell's go
    if (!t.row_started) {
      t.builder->StartRow(t.row_header);
      t.row_started = true;
    }
    std::vector<Line>* lines = t.cell_continues ? t.builder->ContinueCell(t.column, t.cell_span)
                                                : t.builder->AddCell(t.column, t.cell_span);
    if (lines == nullptr) {
      Stop(Status::InvalidInput({doc_->path}, "damaged or hostile .docx: a table wider than " +
                                                  std::to_string(kMaxTableColumns) + " columns"));
      return;
    }
    t.column += t.cell_span;
    sinks_.push_back(lines);
    t.cell_pushed = true;
  }

  void EndCell() {
    if (tables_.empty()) return;
    PlaceCell();
    FlushCarry();
    TableState& t = tables_.back();
    if (t.cell_pushed) sinks_.pop_back();
    t.cell_open = false;
  }

  void Warn(std::string message) {
    int number = contexts_.empty() ? paragraph_count_ : contexts_.back();
    doc_->warnings.push_back({Location{doc_->path, 0, number}, std::move(message)});
  }

  const DocxStyles& styles_;
  const DocxNumbering& numbering_;
  const ReadOptions& options_;
  Document* doc_;
  std::vector<std::vector<Line>*> sinks_;               // where finished lines go, innermost last
  std::vector<std::unique_ptr<Paragraph>> paragraphs_;  // open; text boxes nest them
  std::unique_ptr<Paragraph> carry_;                    // ended with its mark deleted
  std::vector<std::unique_ptr<Paragraph>> saved_carries_;  // outside the open text boxes
  std::vector<TableState> tables_;
  std::vector<int> contexts_;      // the numbers of the open paragraphs and rows
  std::vector<bool> fields_;       // open complex fields: true while in the instruction
  int fields_in_instruction_ = 0;  // how many of them are
  std::vector<bool> alternates_;   // open mc:AlternateContent: one branch taken
  std::vector<bool> text_boxes_;   // open text boxes: whether they pushed a sink
  int paragraph_count_ = 0;
  bool in_text_ = false;
  bool in_mark_properties_ = false;
};

}  // namespace

Status ReadDocxBody(std::string_view xml, const DocxStyles& styles, const DocxNumbering& numbering,
                    const ReadOptions& options, Document* doc) {
  BodyHandler handler(styles, numbering, options, doc);
  XmlLimits limits{.max_depth = options.max_html_depth};
  return StreamXml(xml, doc->path, ".docx", "word/document.xml", limits, &handler);
}

}  // namespace samatthana::ingest
