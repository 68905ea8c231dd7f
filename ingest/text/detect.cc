#include "ingest/text/detect.h"

#include <re2/re2.h>

#include <cctype>

#include "ingest/html/server_directives.h"

namespace samatthana::ingest {
namespace {

// The doctype or a document-level element at the start of `text`, after
// blanks and comments: how a page starts.
bool StartsPage(std::string_view text) {
  static const RE2 page_start(
      R"((?is)^(?:\x{FEFF})?(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body)\b)");
  return RE2::PartialMatch(text, page_start);
}

// Markup is the body of the text, not pasted into it: most of its lines hold
// tags, and the tags that end lines (paragraphs, rows, cells, breaks) are
// many. Text with pasted fragments is mostly plain lines.
bool MarkupIsDense(std::string_view text) {
  static const RE2 line_tag(R"((?i)<(?:p|br|div|table|tr|td|th|li|ul|ol|h[1-6])\b)");
  int lines = 0;
  int lines_with_tags = 0;
  int line_tags = 0;
  while (!text.empty()) {
    size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    if (line.find_first_not_of(" \t\r\f") == std::string_view::npos) continue;
    ++lines;
    bool tagged = false;
    for (size_t at = line.find('<'); at != std::string_view::npos; at = line.find('<', at + 1)) {
      char next = at + 1 < line.size() ? line[at + 1] : ' ';
      if (std::isalpha(static_cast<unsigned char>(next)) || next == '/' || next == '!') {
        tagged = true;
        break;
      }
    }
    if (tagged) ++lines_with_tags;
    re2::StringPiece rest(line.data(), line.size());
    while (RE2::FindAndConsume(&rest, line_tag)) ++line_tags;
  }
  return lines > 0 && lines_with_tags * 2 >= lines && line_tags >= 3;
}

// A page template saved as found (ASP.NET, JSP, PHP): server directives and
// template tags stand before its markup, where a page has its doctype.
// It is a page when the markup after them starts a page or is dense.
bool IsServerPage(std::string_view text) {
  size_t at = 0;
  int directives = 0;
  while (at < text.size()) {
    std::string_view rest = text.substr(at);
    if (rest.starts_with("\xEF\xBB\xBF")) {  // U+FEFF, a byte order mark
      at += 3;
    } else if (std::isspace(static_cast<unsigned char>(rest[0]))) {
      ++at;
    } else if (rest.starts_with("<!--")) {
      size_t end = rest.find("-->");
      if (end == std::string_view::npos) return false;
      at += end + 3;
    } else if (size_t n = ServerMarkupLength(rest); n > 0) {
      at += n;
      ++directives;
    } else {
      break;
    }
  }
  if (directives == 0 || at >= text.size() || text[at] != '<') return false;
  return StartsPage(text.substr(at)) || MarkupIsDense(text.substr(at));
}

}  // namespace

bool LooksLikePdf(std::string_view bytes) {
  return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

bool LooksLikeZip(std::string_view bytes) {
  return bytes.starts_with(std::string_view("PK\x03\x04", 4)) ||
         bytes.starts_with(std::string_view("PK\x05\x06", 4));
}

bool LooksLikeOle2(std::string_view bytes) {
  return bytes.starts_with(std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
}

Format DetectMarkup(std::string_view utf8) {
  // A page starts with markup: skip a BOM, whitespace and comments, then look
  // for the doctype or a document-level element, or for server-page markup
  // and then the page's own.
  const std::string_view head = utf8.substr(0, size_t{64} * 1024);
  if (StartsPage(head) || IsServerPage(head)) return Format::kHtml;
  // Fragments: any common element tag or a character entity.
  static const RE2 tag(
      R"((?i)</?(?:p|br|ul|ol|li|div|span|b|i|u|strong|em|a|h[1-6]|table|tr|td|th|font|sup|sub)\b[^<>]*>|&(?:[a-z]+|#[0-9]+|#x[0-9a-f]+);)");
  if (RE2::PartialMatch(utf8, tag)) return Format::kHtmlFragments;
  return Format::kText;
}

}  // namespace samatthana::ingest
