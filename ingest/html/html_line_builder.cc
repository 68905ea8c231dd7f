#include "ingest/html/html_line_builder.h"

#include <utility>

#include "base/char_classes.h"
#include "base/digits.h"
#include "base/utf8.h"

namespace samatthana::ingest {
namespace {

constexpr std::string_view kNbsp = "\xC2\xA0";  // U+00A0 NO-BREAK SPACE, as &nbsp; decodes

// The length of the blank (space, tab, no-break space) at `at`, or 0.
size_t BlankAt(std::string_view s, size_t at) {
  if (s[at] == ' ' || s[at] == '\t' || s[at] == '\r' || s[at] == '\f') return 1;
  return s.substr(at).starts_with(kNbsp) ? kNbsp.size() : 0;
}

size_t FirstNonBlank(std::string_view s) {
  size_t at = 0;
  while (at < s.size()) {
    size_t n = BlankAt(s, at);
    if (n == 0) return at;
    at += n;
  }
  return std::string_view::npos;
}

// Without the blanks at its start (or its end), no-break spaces included.
std::string_view TrimStart(std::string_view s) {
  size_t at = FirstNonBlank(s);
  return at == std::string_view::npos ? std::string_view() : s.substr(at);
}

std::string_view TrimEnd(std::string_view s) {
  for (;;) {
    if (s.ends_with(kNbsp)) {
      s.remove_suffix(kNbsp.size());
    } else if (!s.empty() && BlankAt(s, s.size() - 1) == 1) {
      s.remove_suffix(1);
    } else {
      return s;
    }
  }
}

// Without the spaces and tabs at its ends, which a browser does not show;
// no-break spaces stay, as they do on the page.
std::string_view TrimAsciiBlanks(std::string_view s) {
  size_t first = s.find_first_not_of(" \t\r\f");
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r\f") - first + 1);
}

char32_t FirstLetter(std::string_view s) {
  size_t at = FirstNonBlank(s);
  if (at == std::string_view::npos) return 0;
  return static_cast<char32_t>(NextCodepoint(s, &at));
}

char32_t LastLetter(std::string_view s) {
  char32_t last = 0;
  for (size_t at = 0; at < s.size();) {
    if (size_t n = BlankAt(s, at); n > 0) {
      at += n;
      continue;
    }
    last = static_cast<char32_t>(NextCodepoint(s, &at));
  }
  return last;
}

// Thai letters, vowels and marks: what a word is made of. Digits and signs
// (฿ ๏ ๚ ๛) stand apart from the words around them.
bool IsThaiLetter(char32_t c) {
  return IsThaiText(c) && !IsDigit(c) && c != 0x0E3F && c != 0x0E4F && c != 0x0E5A && c != 0x0E5B;
}

}  // namespace

bool HtmlLineBuilder::AddText(std::string_view text, int line, const LineStyle& look) {
  size_t first = FirstNonBlank(text);
  if (first != std::string_view::npos) {
    if (!has_text_) {
      has_text_ = true;
      buffer_line_ = line;
      style_ = look;
    } else {
      style_.bold = style_.bold && look.bold;
    }
  }
  buffer_.append(text);
  return buffer_.size() <= max_line_bytes_;
}

void HtmlLineBuilder::Flush() {
  if (has_text_) {
    Line out{.text = std::string(TrimAsciiBlanks(buffer_)),
             .line = buffer_line_,
             .starts_item = pending_item_,
             .after_gap = pending_gap_,
             .style = style_};
    if (breaks_ == 1 && before_break_ != 0 && !pending_item_ && !pending_gap_) {
      out.continues = true;
      out.join_tight = IsThaiLetter(before_break_) && IsThaiLetter(FirstLetter(buffer_));
      if (out.join_tight && !out_->empty()) {
        // The two halves of a word: no blank may stand between them.
        out.text = std::string(TrimStart(out.text));
        std::string& before = out_->back().text;
        before.resize(TrimEnd(before).size());
      }
    }
    out_->push_back(std::move(out));
    ++lines_;
    pending_item_ = false;
    pending_gap_ = false;
    breaks_ = 0;
    before_break_ = 0;
  }
  buffer_.clear();
  has_text_ = false;
}

void HtmlLineBuilder::Break() {
  if (has_text_) {
    char32_t last = LastLetter(buffer_);
    Flush();
    breaks_ = 1;
    before_break_ = last;
    return;
  }
  buffer_.clear();
  if (++breaks_ >= 2) pending_gap_ = true;
}

void HtmlLineBuilder::EndBlock() {
  Flush();
  breaks_ = 0;
  before_break_ = 0;
}

void HtmlLineBuilder::EndSourceLine() {
  if (!has_text_) {
    buffer_.clear();
    return;
  }
  Flush();
  breaks_ = 0;
  before_break_ = 0;
}

bool HtmlLineBuilder::TakeGap() {
  bool gap = pending_gap_;
  pending_gap_ = false;
  return gap;
}

void HtmlLineBuilder::AddTable(int table, int line, bool after_gap) {
  EndBlock();
  Line placeholder;  // the table's place in the text
  placeholder.line = line;
  placeholder.after_gap = after_gap;
  placeholder.table = table;
  out_->push_back(std::move(placeholder));
}

}  // namespace samatthana::ingest
