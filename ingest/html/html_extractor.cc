#include "ingest/html/html_extractor.h"

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include <algorithm>
#include <cstring>
#include <string_view>

#include "ingest/html/fragment_blocks.h"
#include "ingest/html/html_page_reader.h"
#include "ingest/html/server_directives.h"

namespace samatthana::ingest {
namespace {

std::string_view View(const xmlChar* s) { return reinterpret_cast<const char*>(s); }

void OnStart(void* user, const xmlChar* name, const xmlChar** attrs) {
  static_cast<HtmlPageReader*>(user)->StartElement(View(name), attrs);
}
void OnEnd(void* user, const xmlChar* name) {
  static_cast<HtmlPageReader*>(user)->EndElement(View(name));
}
void OnCharacters(void* user, const xmlChar* chars, int len) {
  static_cast<HtmlPageReader*>(user)->Characters(
      std::string_view(reinterpret_cast<const char*>(chars), static_cast<size_t>(len)));
}

void Quiet(void* /*user*/, const char* /*message*/, ...) {}

bool HasServerDirectives(std::string_view text) {
  return text.find("<%") != std::string_view::npos || text.find("<?") != std::string_view::npos;
}

Status ParseHtml(std::string_view html, int first_line, const std::string& file,
                 const HtmlOptions& options, Document* doc) {
  HtmlPageReader reader(first_line, file, options, doc);
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
      htmlCreatePushParserCtxt(&sax, &reader, nullptr, 0, nullptr, XML_CHAR_ENCODING_UTF8);
  if (ctxt == nullptr) return Status::Internal("cannot create an HTML parser");
  // The bytes are already decoded to UTF-8, so a page's own charset
  // declaration (<meta charset="windows-874">) must not convert them again.
  htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                               HTML_PARSE_NONET | HTML_PARSE_NOBLANKS | HTML_PARSE_IGNORE_ENC);
  reader.set_context(ctxt);
  // Feed in slices: the push parser's int sizes, and a bounded buffer.
  constexpr size_t kSlice = 1 << 20;
  for (size_t at = 0; at < html.size() && reader.status().ok(); at += kSlice) {
    size_t n = std::min(kSlice, html.size() - at);
    htmlParseChunk(ctxt, html.data() + at, static_cast<int>(n), 0);
  }
  if (reader.status().ok()) htmlParseChunk(ctxt, nullptr, 0, 1);
  reader.Finish();
  htmlFreeParserCtxt(ctxt);
  return reader.status();
}

}  // namespace

Status ExtractHtmlLines(std::string_view html, int first_line, const std::string& file,
                        const HtmlOptions& options, Document* doc) {
  if (!HasServerDirectives(html)) return ParseHtml(html, first_line, file, options, doc);
  return ParseHtml(WithoutServerDirectives(html), first_line, file, options, doc);
}

namespace {

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
                            const HtmlOptions& options, Document* doc) {
  std::string without_directives;
  if (HasServerDirectives(text)) {
    without_directives = WithoutServerDirectives(text);
    text = without_directives;
  }
  HtmlOptions fragment = options;
  fragment.newlines_end_lines = true;
  std::vector<Line>& out = doc->lines;
  for (const FragmentBlock& block : SplitFragmentBlocks(text)) {
    const size_t before = out.size();
    Status s;
    if (HasMarkup(block.text)) {
      s = ParseHtml(block.text, block.line, file, fragment, doc);
    } else {
      s = ExtractTextLines(block.text, file, options.max_line_bytes, &out);
      for (size_t i = before; i < out.size(); ++i) out[i].line += block.line - 1;
    }
    if (!s.ok()) return s;
    // Blocks are what blank lines separate.
    if (before > 0 && out.size() > before) out[before].after_gap = true;
  }
  return Status::OK();
}

}  // namespace samatthana::ingest
