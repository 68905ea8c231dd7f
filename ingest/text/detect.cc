#include "ingest/text/detect.h"

#include <re2/re2.h>

namespace samatthana::ingest {

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
  // for the doctype or a document-level element.
  static const RE2 page_start(
      R"((?is)^(?:\x{FEFF})?(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body)\b)");
  if (RE2::PartialMatch(utf8.substr(0, size_t{64} * 1024), page_start)) return Format::kHtml;
  // Fragments: any common element tag or a character entity.
  static const RE2 tag(
      R"((?i)</?(?:p|br|ul|ol|li|div|span|b|i|u|strong|em|a|h[1-6]|table|tr|td|th|font|sup|sub)\b[^<>]*>|&(?:[a-z]+|#[0-9]+|#x[0-9a-f]+);)");
  if (RE2::PartialMatch(utf8, tag)) return Format::kHtmlFragments;
  return Format::kText;
}

}  // namespace samatthana::ingest
