#include "ingest/docx/odt_body.h"

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "ingest/docx/docx_styles.h"
#include "ingest/docx/odt_styles.h"
#include "ingest/docx/paragraph_builder.h"
#include "ingest/docx/table_builder.h"
#include "ingest/docx/xml_stream.h"

namespace samatthana::ingest {
namespace {

// Reads the style definitions of styles.xml; its master pages (headers and
// footers) are skipped.
class OdtStylesHandler : public XmlHandler {
 public:
  explicit OdtStylesHandler(OdtStyles* styles) : styles_(styles) {}
  bool Start(const XmlElement& e) override {
    if (e.ns == odf::kOffice && e.name == "master-styles") return false;
    styles_->Read(e);
    return true;
  }
  void End(std::string_view ns, std::string_view name) override { styles_->EndElement(ns, name); }
  void Text(std::string_view) override {}

 private:
  OdtStyles* styles_;
};

// Elements whose content is not the document's current text.
bool IsSkipped(std::string_view ns, std::string_view name) {
  if (ns == odf::kOffice) {
    return name == "annotation" || name == "annotation-end" || name == "master-styles" ||
           name == "forms" || name == "scripts" || name == "font-face-decls";
  }
  if (ns == odf::kText) {
    // text:number is a list label as last rendered, kept for other readers;
    // like Word's, the label is no part of the text.
    return name == "tracked-changes" || name == "note" || name == "ruby-text" || name == "number" ||
           name.ends_with("-decls") || name.ends_with("-source");
  }
  if (ns == odf::kSvg) return name == "title" || name == "desc";  // a drawing's alt text
  if (ns == odf::kTable) return name == "table-columns" || name == "table-column";
  return false;
}

class ContentHandler : public XmlHandler {
 public:
  ContentHandler(OdtStyles* styles, const ReadOptions& options, Document* doc)
      : styles_(*styles), options_(options), doc_(doc) {
    sinks_.push_back(&doc->lines);
  }

  bool Start(const XmlElement& e) override {
    if (IsSkipped(e.ns, e.name)) return false;
    if (!in_body_) {
      if (e.ns == odf::kOffice && e.name == "text") in_body_ = true;
      styles_.Read(e);
      return true;
    }
    if (e.ns == odf::kDraw) {
      // A frame, text box or shape holds paragraphs of its own; inside a
      // paragraph they are read after it.
      bool anchored = !paragraphs_.empty();
      draws_.push_back(anchored);
      if (anchored) sinks_.push_back(paragraphs_.back()->text.anchored());
      return true;
    }
    if (e.ns == odf::kTable) return StartTableElement(e);
    if (e.ns != odf::kText) return true;
    std::string_view n = e.name;
    if (n == "p" || n == "h") return StartParagraph(e, n == "h");
    if (n == "list") {
      List l;
      l.style = e.Attr("style-name");
      if (l.style.empty() && !lists_.empty()) l.style = lists_.back().style;
      lists_.push_back(std::move(l));
      return true;
    }
    if (n == "list-item" || n == "list-header") {
      if (!lists_.empty()) lists_.back().item_pending = n == "list-item";
      return true;
    }
    if (n == "span") {
      spans_.push_back(std::string(e.Attr("style-name")));
      return true;
    }
    if (n == "s") {
      int count = std::clamp(WordInt(e.Attr("c", "1"), 1), 1, 1024);
      AddText(std::string(static_cast<size_t>(count), ' '));
    } else if (n == "tab") {
      AddText("\t");
    } else if (n == "line-break") {
      if (!paragraphs_.empty()) paragraphs_.back()->text.Break();
    }
    return true;
  }

  void End(std::string_view ns, std::string_view name) override {
    if (!in_body_) {
      styles_.EndElement(ns, name);
      return;
    }
    if (ns == odf::kDraw) {
      if (!draws_.empty()) {
        if (draws_.back()) sinks_.pop_back();
        draws_.pop_back();
      }
      return;
    }
    if (ns == odf::kTable) {
      EndTableElement(name);
      return;
    }
    if (ns != odf::kText) {
      if (ns == odf::kOffice && name == "text") in_body_ = false;
      return;
    }
    if (name == "p" || name == "h") {
      EndParagraph();
    } else if (name == "list") {
      if (!lists_.empty()) lists_.pop_back();
    } else if (name == "span") {
      if (!spans_.empty()) spans_.pop_back();
    }
  }

  void Text(std::string_view text) override {
    if (paragraphs_.empty()) return;
    // In OpenDocument a newline or tab in the XML is white space like any
    // other; breaks and tabs are elements.
    std::string t(text);
    std::replace_if(
        t.begin(), t.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
    AddText(t);
  }

 private:
  struct Paragraph {
    Paragraph(int number, uint64_t max_line_bytes) : text(number, max_line_bytes) {}
    ParagraphBuilder text;
    std::string style;
    bool heading = false;
    bool item = false;
    size_t spans_below = 0;  // spans open outside the paragraph (none, but a hostile file)
  };
  struct List {
    std::string style;
    bool item_pending = false;  // a list item whose first paragraph is still to come
  };
  struct TableState {
    std::unique_ptr<TableBuilder> builder;  // null when flattened into an enclosing cell
    int first_row = 0;
    int header_rows = 0;  // open table:table-header-rows
    bool row_started = false;
    int column = 0;
    std::vector<bool> cells_pushed;  // per open cell element
  };

  int Number() { return contexts_.empty() ? ++paragraph_count_ : contexts_.back(); }

  bool StartParagraph(const XmlElement& e, bool heading) {
    int number = Number();
    contexts_.push_back(number);
    auto p = std::make_unique<Paragraph>(number, options_.max_line_bytes);
    p->style = e.Attr("style-name");
    p->heading = heading || styles_.IsHeading(p->style);
    p->spans_below = spans_.size();
    if (!lists_.empty() && lists_.back().item_pending) {
      lists_.back().item_pending = false;
      p->item = styles_.ShowsMark(lists_.back().style, static_cast<int>(lists_.size()));
    }
    paragraphs_.push_back(std::move(p));
    return true;
  }

  void EndParagraph() {
    if (paragraphs_.empty()) return;
    std::unique_ptr<Paragraph> p = std::move(paragraphs_.back());
    paragraphs_.pop_back();
    contexts_.pop_back();
    p->text.Finish(p->heading, styles_.Centered(p->style), p->item, sinks_.back());
  }

  void AddText(std::string_view text) {
    if (paragraphs_.empty()) return;
    Paragraph& p = *paragraphs_.back();
    std::optional<bool> bold;
    for (size_t k = spans_.size(); k > p.spans_below && !bold; --k) {
      bold = styles_.SpanBold(spans_[k - 1]);
    }
    if (!bold) bold = styles_.ParagraphBold(p.style);
    if (!p.text.AddText(text, *bold)) {
      Stop(Status::InvalidInput({doc_->path, 0, p.text.number()},
                                "line longer than " + std::to_string(options_.max_line_bytes) +
                                    " bytes (raise the limit with --max-line-length)"));
    }
  }

  bool StartTableElement(const XmlElement& e) {
    std::string_view n = e.name;
    if (n == "table") {
      TableState t;
      if (tables_.empty()) t.builder = std::make_unique<TableBuilder>();
      tables_.push_back(std::move(t));
      return true;
    }
    if (tables_.empty()) return true;
    TableState& t = tables_.back();
    if (n == "table-header-rows") {
      ++t.header_rows;
    } else if (n == "table-row") {
      int number = Number();
      if (t.first_row == 0) t.first_row = number;
      contexts_.push_back(number);
      t.row_started = false;
      t.column = 0;
    } else if (n == "table-cell" || n == "covered-table-cell") {
      std::vector<Line>* lines = nullptr;
      if (t.builder) {
        if (!t.row_started) {
          t.builder->StartRow(t.header_rows > 0);
          t.row_started = true;
        }
        if (n == "covered-table-cell") lines = t.builder->CoveredCell(t.column);
        if (lines == nullptr) {
          int columns = std::max(1, WordInt(e.Attr("number-columns-spanned", "1"), 1));
          int rows = std::max(1, WordInt(e.Attr("number-rows-spanned", "1"), 1));
          lines = t.builder->AddCell(t.column, columns, rows);
        }
        if (lines == nullptr) {
          Stop(Status::InvalidInput({doc_->path}, "damaged or hostile .odt: a table wider than " +
                                                      std::to_string(kMaxTableColumns) +
                                                      " columns"));
          return false;
        }
        sinks_.push_back(lines);
      }
      t.cells_pushed.push_back(lines != nullptr);
      ++t.column;
    }
    return true;
  }

  void EndTableElement(std::string_view n) {
    if (tables_.empty()) return;
    TableState& t = tables_.back();
    if (n == "table-header-rows") {
      --t.header_rows;
    } else if (n == "table-row") {
      if (!contexts_.empty()) contexts_.pop_back();
    } else if (n == "table-cell" || n == "covered-table-cell") {
      if (!t.cells_pushed.empty()) {
        if (t.cells_pushed.back()) sinks_.pop_back();
        t.cells_pushed.pop_back();
      }
    } else if (n == "table") {
      TableState done = std::move(tables_.back());
      tables_.pop_back();
      if (done.builder) PlaceTable(done.builder.get(), done.first_row, doc_, sinks_.back());
    }
  }

  OdtStyles& styles_;
  const ReadOptions& options_;
  Document* doc_;
  bool in_body_ = false;
  std::vector<std::vector<Line>*> sinks_;
  std::vector<std::unique_ptr<Paragraph>> paragraphs_;
  std::vector<List> lists_;
  std::vector<std::string> spans_;
  std::vector<TableState> tables_;
  std::vector<bool> draws_;  // open draw elements: whether they pushed a sink
  std::vector<int> contexts_;
  int paragraph_count_ = 0;
};

}  // namespace

Status ReadOdtBody(std::string_view content_xml, std::string_view styles_xml,
                   const ReadOptions& options, Document* doc) {
  XmlLimits limits{.max_depth = options.max_html_depth};
  OdtStyles styles;
  if (!styles_xml.empty()) {
    OdtStylesHandler handler(&styles);
    if (Status s = StreamXml(styles_xml, doc->path, ".odt", "styles.xml", limits, &handler);
        !s.ok()) {
      return s;
    }
  }
  ContentHandler handler(&styles, options, doc);
  return StreamXml(content_xml, doc->path, ".odt", "content.xml", limits, &handler);
}

}  // namespace samatthana::ingest
