#include "ingest/html/html_page_reader.h"

#include <libxml/parserInternals.h>

#include <algorithm>
#include <utility>

#include "ingest/html/html_elements.h"
#include "ingest/html/html_style.h"

namespace samatthana::ingest {
namespace {

// The value of attribute `name` (any case), or empty when absent.
std::string_view Attr(const xmlChar** attrs, std::string_view name) {
  if (attrs == nullptr) return {};
  for (size_t i = 0; attrs[i] != nullptr; i += 2) {
    std::string_view n(reinterpret_cast<const char*>(attrs[i]));
    bool same = n.size() == name.size() &&
                std::equal(n.begin(), n.end(), name.begin(),
                           [](char a, char b) { return (a >= 'A' && a <= 'Z' ? a + 32 : a) == b; });
    if (same) {
      return attrs[i + 1] ? std::string_view(reinterpret_cast<const char*>(attrs[i + 1]))
                          : std::string_view();
    }
  }
  return {};
}

}  // namespace

HtmlPageReader::HtmlPageReader(int first_line, const std::string& file, const HtmlOptions& options,
                               Document* doc)
    : first_line_(first_line), file_(file), options_(options), doc_(doc) {
  builders_.push_back(std::make_unique<HtmlLineBuilder>(&doc->lines, options.max_line_bytes));
}

int HtmlPageReader::CurrentLine() const {
  int line = (ctxt_ && ctxt_->input) ? ctxt_->input->line : 1;
  return first_line_ + line - 1;
}

HtmlPageReader::OpenTable* HtmlPageReader::BuiltTable() {
  if (tables_.empty() || !tables_.back().builder) return nullptr;
  return &tables_.back();
}

void HtmlPageReader::StartElement(std::string_view name, const xmlChar** attrs) {
  if (!status_.ok()) return;
  if (frames_.size() >= static_cast<size_t>(std::max(0, options_.max_depth))) {
    Fail(Status::InvalidInput({file_, 0, CurrentLine()},
                              "HTML nested deeper than " + std::to_string(options_.max_depth) +
                                  " elements (raise the limit with --max-html-depth)"));
    return;
  }
  Frame frame;
  frame.name = std::string(name);
  frame.look = ElementStyle(frames_.empty() ? LineStyle{} : frames_.back().look, name,
                            Attr(attrs, "align"), Attr(attrs, "style"));
  frame.builder = &Text();
  frame.text_count = Text().text_count();
  if (skip_depth_ > 0 || IsSkippedElement(name)) {
    frame.skipped = true;
    ++skip_depth_;
    frames_.push_back(std::move(frame));
    return;
  }
  if (name == "br") {
    Text().Break();
  } else if (!StartTablePart(&frame, attrs) && IsBlockElement(name)) {
    Text().EndBlock();
    if (name == "hr") Text().MarkGap();
  }
  if (!status_.ok()) return;
  if (IsListElement(name)) {
    frame.list = true;
    ++list_depth_;
  }
  if (name == "li" || name == "dd" || (list_depth_ > 0 && (name == "p" || name == "div"))) {
    Text().MarkItem();
  }
  if (IsTickBox(name, Attr(attrs, "type")) && Text().at_line_start()) Text().MarkItem();
  if (name == "pre") {
    frame.pre = true;
    ++pre_depth_;
  }
  frames_.push_back(std::move(frame));
}

// Tables, rows, head rows and cells of the table being built; a table
// inside one is flattened, its rows and cells ending lines as blocks do.
// Returns true when `frame` was one of these.
bool HtmlPageReader::StartTablePart(Frame* frame, const xmlChar** attrs) {
  const std::string_view name = frame->name;
  if (name == "table") {
    Text().EndBlock();
    OpenTable table;
    if (tables_.empty()) {
      table.builder = std::make_unique<HtmlTableBuilder>();
      table.line = CurrentLine();
      table.after_gap = Text().TakeGap();
    }
    tables_.push_back(std::move(table));
    frame->table = true;
    return true;
  }
  OpenTable* table = BuiltTable();
  if (table == nullptr) return false;
  if (name == "thead") {
    ++table->head;
    frame->head = true;
    return false;
  }
  if (name == "tr") {
    Text().EndBlock();
    if (table->builder->StartRow(table->head > 0)) {
      table->row_open = true;
      frame->row = true;
    } else {
      TooLarge();
    }
    return true;
  }
  if (!IsCellElement(name)) return false;
  Text().EndBlock();
  // A cell outside any row starts one, as browsers start it.
  if (!table->row_open) table->row_open = table->builder->StartRow(table->head > 0);
  std::vector<Line>* lines =
      table->row_open
          ? table->builder->AddCell(HtmlSpan(Attr(attrs, "rowspan"), true),
                                    HtmlSpan(Attr(attrs, "colspan"), false), name == "th")
          : nullptr;
  if (lines == nullptr) {
    TooLarge();
    return true;
  }
  builders_.push_back(std::make_unique<HtmlLineBuilder>(lines, options_.max_line_bytes));
  frame->cell = true;
  return true;
}

void HtmlPageReader::EndElement(std::string_view name) {
  if (!status_.ok()) return;
  // libxml2 reports an end for every start it reported, those it closed
  // itself included; an end without its start is ignored.
  auto open = std::find_if(frames_.rbegin(), frames_.rend(),
                           [&](const Frame& f) { return f.name == name; });
  if (open == frames_.rend()) return;
  size_t keep = frames_.size() - static_cast<size_t>(open - frames_.rbegin()) - 1;
  while (frames_.size() > keep && status_.ok()) {
    Frame frame = std::move(frames_.back());
    frames_.pop_back();
    EndFrame(frame);
  }
}

void HtmlPageReader::EndFrame(Frame& frame) {
  if (frame.skipped) {
    --skip_depth_;
    return;
  }
  const std::string_view name = frame.name;
  if (frame.list) --list_depth_;
  if (frame.pre) --pre_depth_;
  if (frame.cell) {
    Text().EndBlock();
    builders_.pop_back();
    return;
  }
  if (frame.table) return EndTable();
  if (frame.head && !tables_.empty()) --tables_.back().head;
  if (frame.row && !tables_.empty()) tables_.back().row_open = false;
  if (name != "br" && IsBlockElement(name)) {
    Text().EndBlock();
    // An empty paragraph (<p></p>, <p>&nbsp;</p>) leaves a blank line.
    if (name == "p" && frame.builder == &Text() && Text().text_count() == frame.text_count) {
      Text().MarkGap();
    }
  }
}

void HtmlPageReader::EndTable() {
  if (tables_.empty()) return;
  OpenTable open = std::move(tables_.back());
  tables_.pop_back();
  Text().EndBlock();
  if (!open.builder) return;
  Table table = open.builder->Finish();
  table.line = open.line;
  if (table.cells.empty()) return;
  int index = static_cast<int>(doc_->tables.size());
  doc_->tables.push_back(std::move(table));
  Text().AddTable(index, open.line, open.after_gap);
}

void HtmlPageReader::Characters(std::string_view text) {
  if (skip_depth_ > 0 || !status_.ok()) return;
  // The parser has consumed the text when it reports it, so its input line
  // is the line the text ends on.
  int line = CurrentLine() - static_cast<int>(std::count(text.begin(), text.end(), '\n'));
  const bool newline_ends = options_.newlines_end_lines || pre_depth_ > 0;
  const LineStyle look = frames_.empty() ? LineStyle{} : frames_.back().look;
  while (!text.empty()) {
    size_t end = text.find('\n');
    std::string_view piece = text.substr(0, end);
    if (!piece.empty() && piece.back() == '\r') piece.remove_suffix(1);
    bool fits = Text().AddText(piece, line, look);
    if (fits && end != std::string_view::npos) {
      if (newline_ends) {
        Text().EndSourceLine();
      } else {
        fits = Text().AddText(" ", line, look);
      }
    }
    if (!fits) {
      Fail(Status::InvalidInput({file_, 0, Text().line()},
                                "line longer than " + std::to_string(options_.max_line_bytes) +
                                    " bytes (raise the limit with --max-line-length)"));
      return;
    }
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
    ++line;
  }
}

void HtmlPageReader::Finish() {
  while (!frames_.empty() && status_.ok()) {
    Frame frame = std::move(frames_.back());
    frames_.pop_back();
    EndFrame(frame);
  }
  if (status_.ok()) builders_.front()->EndBlock();
}

void HtmlPageReader::TooLarge() {
  Fail(Status::InvalidInput({file_, 0, tables_.empty() ? CurrentLine() : tables_.front().line},
                            "a table of more than " + std::to_string(kMaxHtmlTableCells) +
                                " cells (rows times columns): a damaged or hostile page"));
}

void HtmlPageReader::Fail(Status status) {
  if (status_.ok()) status_ = std::move(status);
  if (ctxt_) xmlStopParser(ctxt_);
}

}  // namespace samatthana::ingest
