#include "ingest/html/html_style.h"

#include <algorithm>
#include <charconv>
#include <initializer_list>
#include <optional>
#include <string>

#include "ingest/html/html_elements.h"

namespace samatthana::ingest {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string_view Trim(std::string_view s) {
  size_t first = s.find_first_not_of(" \t\r\n\f");
  if (first == std::string_view::npos) return {};
  size_t last = s.find_last_not_of(" \t\r\n\f");
  return s.substr(first, last - first + 1);
}

// Elements whose align attribute aligns their text. On a table, an image or
// a rule it places the element itself, and the text inside stays as it was.
bool AlignsText(std::string_view name) {
  return IsHeadingElement(name) ||
         OneOf(name, {"p", "div", "td", "th", "tr", "thead", "tbody", "tfoot", "col", "colgroup"});
}

// What a text-align value or an align attribute says: centred, or not.
std::optional<bool> Centered(std::string_view value) {
  std::string v = Lower(Trim(value));
  if (v == "center" || v == "-webkit-center" || v == "-moz-center") return true;
  if (OneOf(v, {"left", "right", "justify", "start", "end", "-webkit-left", "-webkit-right"})) {
    return false;
  }
  return std::nullopt;
}

// What a font-weight value says: bold (700 and above, bold, bolder), or not.
std::optional<bool> Bold(std::string_view value) {
  std::string v = Lower(Trim(value));
  if (v == "bold" || v == "bolder") return true;
  if (v == "normal" || v == "lighter") return false;
  int weight = 0;
  auto [end, error] = std::from_chars(v.data(), v.data() + v.size(), weight);
  if (error != std::errc() || end != v.data() + v.size()) return std::nullopt;
  return weight >= 700;
}

// Applies the declarations of a style attribute ("font-weight: bold;
// text-align: center") to `look`.
void ApplyInlineStyle(std::string_view style, LineStyle* look) {
  while (!style.empty()) {
    size_t end = style.find(';');
    std::string_view declaration = style.substr(0, end);
    style = end == std::string_view::npos ? std::string_view() : style.substr(end + 1);
    size_t colon = declaration.find(':');
    if (colon == std::string_view::npos) continue;
    std::string property = Lower(Trim(declaration.substr(0, colon)));
    std::string_view value = Trim(declaration.substr(colon + 1));
    if (size_t bang = value.find('!'); bang != std::string_view::npos) {
      value = Trim(value.substr(0, bang));  // "bold !important"
    }
    if (property == "font-weight") {
      if (auto bold = Bold(value)) look->bold = *bold;
    } else if (property == "text-align") {
      if (auto centered = Centered(value)) look->centered = *centered;
    }
  }
}

}  // namespace

LineStyle ElementStyle(const LineStyle& outer, std::string_view name, std::string_view align,
                       std::string_view style) {
  LineStyle look = outer;
  if (IsHeadingElement(name)) look.heading = true;
  if (name == "b" || name == "strong") look.bold = true;
  if (name == "center") look.centered = true;
  if (!align.empty() && AlignsText(name)) {
    if (auto centered = Centered(align)) look.centered = *centered;
  }
  ApplyInlineStyle(style, &look);
  return look;
}

}  // namespace samatthana::ingest
