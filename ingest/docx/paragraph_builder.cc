#include "ingest/docx/paragraph_builder.h"

#include "base/char_classes.h"
#include "base/utf8.h"

namespace samatthana::ingest {
namespace {

bool IsBlank(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
  }
  return true;
}

char32_t FirstCodepoint(std::string_view s) {
  size_t i = 0;
  return s.empty() ? 0 : static_cast<char32_t>(NextCodepoint(s, &i));
}

char32_t LastCodepoint(std::string_view s) {
  size_t start = s.size();
  while (start > 0 && (static_cast<unsigned char>(s[start - 1]) & 0xC0) == 0x80) --start;
  if (start > 0) --start;
  return FirstCodepoint(s.substr(start));
}

}  // namespace

bool ParagraphBuilder::AddText(std::string_view text, bool bold) {
  if (text.empty()) return true;
  if (!IsBlank(text)) {
    any_text_ = true;
    all_bold_ = all_bold_ && bold;
  }
  pieces_.back().append(text);
  return pieces_.back().size() <= max_line_bytes_;
}

bool ParagraphBuilder::TakeOver(ParagraphBuilder&& before) {
  // The merged paragraph is found where its text starts.
  if (before.any_text_) number_ = before.number_;
  std::vector<std::string> pieces = std::move(before.pieces_);
  pieces.back().append(pieces_.front());
  pieces.insert(pieces.end(), std::make_move_iterator(pieces_.begin() + 1),
                std::make_move_iterator(pieces_.end()));
  pieces_ = std::move(pieces);
  all_bold_ = all_bold_ && before.all_bold_;
  any_text_ = any_text_ || before.any_text_;
  before.anchored_.insert(before.anchored_.end(), std::make_move_iterator(anchored_.begin()),
                          std::make_move_iterator(anchored_.end()));
  anchored_ = std::move(before.anchored_);
  for (const std::string& piece : pieces_) {
    if (piece.size() > max_line_bytes_) return false;
  }
  return true;
}

void ParagraphBuilder::Finish(bool heading, bool centered, bool item, std::vector<Line>* out) {
  LineStyle style{.heading = heading, .bold = any_text_ && all_bold_, .centered = centered};
  bool first = true;
  bool after_single_break = false;  // the piece before this one had text and one break ends it
  for (size_t i = 0; i < pieces_.size(); ++i) {
    const std::string& piece = pieces_[i];
    if (IsBlank(piece)) {
      after_single_break = false;
      continue;
    }
    Line line{.text = piece, .line = number_, .starts_item = item && first, .style = style};
    if (after_single_break && IsThaiText(LastCodepoint(pieces_[i - 1])) &&
        IsThaiText(FirstCodepoint(piece))) {
      line.continues = true;
      line.join_tight = true;
    }
    out->push_back(std::move(line));
    first = false;
    after_single_break = true;
  }
  out->insert(out->end(), std::make_move_iterator(anchored_.begin()),
              std::make_move_iterator(anchored_.end()));
  anchored_.clear();
}

}  // namespace samatthana::ingest
