#include "ingest/html/html_extractor.h"

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace samatthana::ingest {
namespace {

bool NameIs(const xmlChar* name, std::initializer_list<std::string_view> names) {
  std::string_view n(reinterpret_cast<const char*>(name));
  return std::find(names.begin(), names.end(), n) != names.end();
}

// Elements whose content is never catalogue text: code, metadata, and the
// page furniture of a web page (site navigation, footers, sidebars, forms).
bool IsSkipped(const xmlChar* name) {
  return NameIs(name, {"script", "style", "head", "title", "noscript", "template", "svg", "nav",
                       "footer", "aside", "button", "select", "iframe", "object"});
}

// Elements that end the line before and after them.
bool IsBlock(const xmlChar* name) {
  return NameIs(name,
                {"address",  "article",    "aside",   "blockquote", "body",   "br",  "caption",
                 "center",   "dd",         "details", "dialog",     "div",    "dl",  "dt",
                 "fieldset", "figcaption", "figure",  "footer",     "form",   "h1",  "h2",
                 "h3",       "h4",         "h5",      "h6",         "header", "hr",  "html",
                 "li",       "main",       "nav",     "ol",         "p",      "pre", "section",
                 "summary",  "table",      "tbody",   "tfoot",      "thead",  "tr",  "ul"});
}

// Table cells: the cells of a row read as one line ("ชื่อ | <name>" in a
// layout table is the line "ชื่อ <name>"); a block inside a cell still ends
// the line.
bool IsCell(const xmlChar* name) { return NameIs(name, {"td", "th"}); }

bool IsList(const xmlChar* name) { return NameIs(name, {"ul", "ol", "dl"}); }

// The state of one SAX parse: the line being built and where lists stand.
class LineBuilder {
 public:
  LineBuilder(int first_line, const std::string& file, const HtmlOptions& options,
              std::vector<Line>* out)
      : first_line_(first_line), file_(file), options_(options), out_(out) {}

  void set_context(htmlParserCtxtPtr ctxt) { ctxt_ = ctxt; }
  const Status& status() const { return status_; }

  void StartElement(const xmlChar* name) {
    if (++depth_ > options_.max_depth) {
      Fail(Status::InvalidInput({file_, 0, CurrentLine()},
                                "HTML nested deeper than " + std::to_string(options_.max_depth) +
                                    " elements (raise the limit with --max-html-depth)"));
      return;
    }
    if (skip_depth_ > 0 || IsSkipped(name)) {
      ++skip_depth_;
      return;
    }
    if (IsBlock(name)) Flush();
    if (IsCell(name) && has_text_ && buffer_.back() != ' ') buffer_.push_back(' ');
    if (IsList(name)) ++list_depth_;
    if (NameIs(name, {"li", "dd"}) || (list_depth_ > 0 && NameIs(name, {"p", "div"}))) {
      pending_item_ = true;
    }
    if (NameIs(name, {"pre"})) ++pre_depth_;
  }

  void EndElement(const xmlChar* name) {
    --depth_;
    if (skip_depth_ > 0) {
      --skip_depth_;
      return;
    }
    if (IsBlock(name)) Flush();
    if (IsList(name) && list_depth_ > 0) --list_depth_;
    if (NameIs(name, {"pre"}) && pre_depth_ > 0) --pre_depth_;
  }

  void Characters(const xmlChar* chars, int len) {
    if (skip_depth_ > 0 || !status_.ok()) return;
    std::string_view text(reinterpret_cast<const char*>(chars), static_cast<size_t>(len));
    // The parser has consumed the text when it reports it, so its input line
    // is the line the text ends on.
    int line = CurrentLine() - static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    bool newline_ends = options_.newlines_end_lines || pre_depth_ > 0;
    for (char c : text) {
      if (c == '\n') {
        if (newline_ends) {
          Flush();
        } else {
          Append(' ', line);
        }
        ++line;
      } else if (c != '\r') {
        Append(c, line);
      }
    }
  }

  void Finish() { Flush(); }

 private:
  int CurrentLine() const {
    int line = (ctxt_ && ctxt_->input) ? ctxt_->input->line : 1;
    return first_line_ + line - 1;
  }

  void Append(char c, int line) {
    if (buffer_.empty() || !has_text_) {
      if (c == ' ' || c == '\t') {
        buffer_.push_back(c);
        return;
      }
      has_text_ = true;
      buffer_line_ = line;
    }
    buffer_.push_back(c);
    if (buffer_.size() > options_.max_line_bytes) {
      Fail(Status::InvalidInput({file_, 0, buffer_line_},
                                "line longer than " + std::to_string(options_.max_line_bytes) +
                                    " bytes (raise the limit with --max-line-length)"));
    }
  }

  void Flush() {
    if (has_text_) {
      out_->push_back(Line{.text = buffer_, .line = buffer_line_, .starts_item = pending_item_});
      pending_item_ = false;
    }
    buffer_.clear();
    has_text_ = false;
  }

  void Fail(Status status) {
    if (status_.ok()) status_ = std::move(status);
    if (ctxt_) xmlStopParser(ctxt_);
  }

  int first_line_;
  const std::string& file_;
  const HtmlOptions& options_;
  std::vector<Line>* out_;
  htmlParserCtxtPtr ctxt_ = nullptr;
  Status status_;
  std::string buffer_;
  bool has_text_ = false;
  int buffer_line_ = 0;
  int depth_ = 0;
  int skip_depth_ = 0;
  int list_depth_ = 0;
  int pre_depth_ = 0;
  bool pending_item_ = false;
};

void OnStart(void* user, const xmlChar* name, const xmlChar** /*attrs*/) {
  static_cast<LineBuilder*>(user)->StartElement(name);
}
void OnEnd(void* user, const xmlChar* name) { static_cast<LineBuilder*>(user)->EndElement(name); }
void OnCharacters(void* user, const xmlChar* chars, int len) {
  static_cast<LineBuilder*>(user)->Characters(chars, len);
}

void Quiet(void* /*user*/, const char* /*message*/, ...) {}

}  // namespace

Status ExtractHtmlLines(std::string_view html, int first_line, const std::string& file,
                        const HtmlOptions& options, std::vector<Line>* out) {
  LineBuilder builder(first_line, file, options, out);
  htmlSAXHandler sax;
  std::memset(&sax, 0, sizeof(sax));
  sax.startElement = OnStart;
  sax.endElement = OnEnd;
  sax.characters = OnCharacters;
  sax.ignorableWhitespace = OnCharacters;
  sax.cdataBlock = OnCharacters;
  // libxml2 reports what it recovers from through these; with none set it
  // prints to stderr.
  sax.warning = Quiet;
  sax.error = Quiet;
  sax.fatalError = Quiet;

  htmlParserCtxtPtr ctxt =
      htmlCreatePushParserCtxt(&sax, &builder, nullptr, 0, nullptr, XML_CHAR_ENCODING_UTF8);
  if (ctxt == nullptr) return Status::Internal("cannot create an HTML parser");
  // The bytes are already decoded to UTF-8, so a page's own charset
  // declaration (<meta charset="windows-874">) must not convert them again.
  htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                               HTML_PARSE_NONET | HTML_PARSE_NOBLANKS | HTML_PARSE_IGNORE_ENC);
  builder.set_context(ctxt);
  // Feed in slices: the push parser's int sizes, and a bounded buffer.
  constexpr size_t kSlice = 1 << 20;
  for (size_t at = 0; at < html.size() && builder.status().ok(); at += kSlice) {
    size_t n = std::min(kSlice, html.size() - at);
    htmlParseChunk(ctxt, html.data() + at, static_cast<int>(n), 0);
  }
  if (builder.status().ok()) htmlParseChunk(ctxt, nullptr, 0, 1);
  builder.Finish();
  htmlFreeParserCtxt(ctxt);
  return builder.status();
}

namespace {

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t\r\f") == std::string_view::npos;
}

bool HasMarkup(std::string_view block) {
  return block.find('<') != std::string_view::npos || block.find('&') != std::string_view::npos;
}

}  // namespace

Status ExtractTextLines(std::string_view text, const std::string& file, uint64_t max_line_bytes,
                        std::vector<Line>* out) {
  int number = 0;
  size_t at = 0;
  bool gap = false;  // a blank line since the last line kept
  while (at <= text.size()) {
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    ++number;
    std::string_view line = text.substr(at, end - at);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.size() > max_line_bytes) {
      return Status::InvalidInput({file, 0, number},
                                  "line longer than " + std::to_string(max_line_bytes) +
                                      " bytes (raise the limit with --max-line-length)");
    }
    if (IsBlank(line)) {
      gap = true;
    } else {
      out->push_back(Line{.text = std::string(line), .line = number, .after_gap = gap});
      gap = false;
    }
    at = end + 1;
  }
  return Status::OK();
}

Status ExtractFragmentLines(std::string_view text, const std::string& file,
                            const HtmlOptions& options, std::vector<Line>* out) {
  HtmlOptions fragment = options;
  fragment.newlines_end_lines = true;
  // Walk the text a block at a time; a block is a run of non-blank lines.
  int number = 0;
  size_t at = 0;
  size_t block_start = std::string_view::npos;
  int block_line = 0;
  auto flush_block = [&](size_t end) -> Status {
    if (block_start == std::string_view::npos) return Status::OK();
    std::string_view block = text.substr(block_start, end - block_start);
    block_start = std::string_view::npos;
    const size_t before = out->size();
    Status s;
    if (HasMarkup(block)) {
      s = ExtractHtmlLines(block, block_line, file, fragment, out);
    } else {
      s = ExtractTextLines(block, file, options.max_line_bytes, out);
      for (size_t i = before; i < out->size(); ++i) (*out)[i].line += block_line - 1;
    }
    // Blocks are what blank lines separate.
    if (before > 0 && out->size() > before) (*out)[before].after_gap = true;
    return s;
  };
  while (at <= text.size()) {
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    ++number;
    std::string_view line = text.substr(at, end - at);
    if (IsBlank(line)) {
      if (Status s = flush_block(at); !s.ok()) return s;
    } else if (block_start == std::string_view::npos) {
      block_start = at;
      block_line = number;
    }
    at = end + 1;
  }
  return flush_block(text.size());
}

}  // namespace samatthana::ingest
