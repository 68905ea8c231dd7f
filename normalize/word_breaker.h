// WordBreaker: splits text into words with ICU's word break rules, which use
// a dictionary for Thai (written without spaces between words). Used where
// words matter: the word-level diff and the full-text search tokenizer.
#ifndef SAMATTHANA_NORMALIZE_WORD_BREAKER_H_
#define SAMATTHANA_NORMALIZE_WORD_BREAKER_H_

#include <unicode/uversion.h>

#include <memory>
#include <string_view>
#include <vector>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace samatthana::normalize {

// One piece of the text between two word boundaries, as a byte range into
// the UTF-8 input. `is_word` is false for spaces and punctuation.
struct WordPiece {
  size_t begin = 0;
  size_t end = 0;
  bool is_word = false;
};

// Not safe for concurrent use: give each thread its own. Creating one loads
// ICU's rules and dictionaries, so keep it and reuse it.
class WordBreaker {
 public:
  WordBreaker();
  ~WordBreaker();
  WordBreaker(const WordBreaker&) = delete;
  WordBreaker& operator=(const WordBreaker&) = delete;

  // Every piece of `utf8`, in order; together they cover it exactly.
  std::vector<WordPiece> Split(std::string_view utf8);

 private:
  std::unique_ptr<icu::BreakIterator> iterator_;
};

}  // namespace samatthana::normalize

#endif  // SAMATTHANA_NORMALIZE_WORD_BREAKER_H_
