#include "diff/word_diff.h"

#include <algorithm>
#include <string>

#include "normalize/normalize.h"

namespace samatthana::diff {
namespace {

// A word with the spaces and punctuation that follow it.
struct Token {
  std::string text;  // as written, trailing spaces included
  std::string key;   // what is compared: layout taken out
};

std::vector<Token> Tokenize(std::string_view s, normalize::WordBreaker* breaker) {
  std::vector<Token> out;
  for (const normalize::WordPiece& p : breaker->Split(s)) {
    std::string_view piece = s.substr(p.begin, p.end - p.begin);
    bool blank = piece.find_first_not_of(" \t\n") == std::string_view::npos;
    if (blank && !out.empty()) {
      out.back().text += piece;  // spaces ride with the word before them
      continue;
    }
    out.push_back({std::string(piece), normalize::LayoutKey(piece)});
  }
  return out;
}

void Emit(char op, const std::string& text, std::vector<WordOp>* out) {
  if (!out->empty() && out->back().op == op) {
    out->back().text += text;
  } else {
    out->push_back({op, text});
  }
}

}  // namespace

std::vector<WordOp> WordDiff(std::string_view before, std::string_view after,
                             normalize::WordBreaker* breaker) {
  std::vector<Token> a = Tokenize(before, breaker);
  std::vector<Token> b = Tokenize(after, breaker);
  // Trim the common head and tail, then a longest common subsequence over
  // what is left (texts are a paragraph at most).
  size_t head = 0;
  while (head < a.size() && head < b.size() && a[head].key == b[head].key) ++head;
  size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head &&
         a[a.size() - 1 - tail].key == b[b.size() - 1 - tail].key) {
    ++tail;
  }
  const size_t n = a.size() - head - tail;
  const size_t m = b.size() - head - tail;
  std::vector<uint32_t> lcs((n + 1) * (m + 1), 0);
  auto at = [&](size_t i, size_t j) -> uint32_t& { return lcs[i * (m + 1) + j]; };
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) {
      at(i, j) = a[head + i].key == b[head + j].key ? at(i + 1, j + 1) + 1
                                                    : std::max(at(i + 1, j), at(i, j + 1));
    }
  }
  std::vector<WordOp> out;
  for (size_t k = 0; k < head; ++k) Emit('=', b[k].text, &out);
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[head + i].key == b[head + j].key) {
      Emit('=', b[head + j].text, &out);
      ++i;
      ++j;
    } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
      Emit('-', a[head + i].text, &out);  // removals before additions
      ++i;
    } else {
      Emit('+', b[head + j].text, &out);
      ++j;
    }
  }
  for (size_t k = b.size() - tail; k < b.size(); ++k) Emit('=', b[k].text, &out);
  return out;
}

}  // namespace samatthana::diff
