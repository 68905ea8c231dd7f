#include "ingest/html/server_directives.h"

#include <algorithm>

namespace samatthana::ingest {
namespace {

bool IsNameStart(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

bool IsNameChar(char c) {
  return IsNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
}

// The length of the block `open`...`close` at the start of `text`, or 0.
size_t BlockLength(std::string_view text, std::string_view open, std::string_view close) {
  if (!text.starts_with(open)) return 0;
  size_t end = text.find(close, open.size());
  return end == std::string_view::npos ? 0 : end + close.size();
}

// A start or end tag whose name has a namespace prefix: <asp:Label ...>.
size_t TemplateTagLength(std::string_view text) {
  size_t at = 1;
  if (at < text.size() && text[at] == '/') ++at;
  if (at >= text.size() || !IsNameStart(text[at])) return 0;
  while (at < text.size() && IsNameChar(text[at])) ++at;
  if (at + 1 >= text.size() || text[at] != ':' || !IsNameStart(text[at + 1])) return 0;
  size_t end = text.find_first_of("<>", at);
  if (end == std::string_view::npos || text[end] != '>') return 0;
  return end + 1;
}

}  // namespace

size_t ServerMarkupLength(std::string_view text) {
  if (!text.starts_with('<')) return 0;
  if (size_t n = BlockLength(text, "<%", "%>"); n > 0) return n;
  if (size_t n = BlockLength(text, "<?", "?>"); n > 0) return n;
  return TemplateTagLength(text);
}

std::string WithoutServerDirectives(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  // Once a kind of directive is found unclosed, none after it closes either.
  bool percent = true;
  bool question = true;
  size_t at = 0;
  while (at < text.size()) {
    size_t open = text.find('<', at);
    if (open == std::string_view::npos || open + 1 >= text.size()) break;
    out.append(text.substr(at, open - at));
    at = open;
    char kind = text[open + 1];
    size_t n = 0;
    if (kind == '%' && percent) {
      n = BlockLength(text.substr(open), "<%", "%>");
      percent = n > 0;
    } else if (kind == '?' && question) {
      n = BlockLength(text.substr(open), "<?", "?>");
      question = n > 0;
    }
    if (n == 0) {
      out.push_back('<');
      ++at;
      continue;
    }
    std::string_view directive = text.substr(open, n);
    out.append(static_cast<size_t>(std::count(directive.begin(), directive.end(), '\n')), '\n');
    at += n;
  }
  if (at < text.size()) out.append(text.substr(at));
  return out;
}

}  // namespace samatthana::ingest
