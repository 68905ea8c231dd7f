#include "normalize/word_breaker.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace samatthana::normalize {

WordBreaker::WordBreaker() {
  UErrorCode status = U_ZERO_ERROR;
  iterator_.reset(icu::BreakIterator::createWordInstance(icu::Locale("th"), status));
  if (U_FAILURE(status)) iterator_.reset();
}

WordBreaker::~WordBreaker() = default;

std::vector<WordPiece> WordBreaker::Split(std::string_view utf8) {
  std::vector<WordPiece> out;
  if (utf8.empty()) return out;
  if (!iterator_) {
    out.push_back({0, utf8.size(), true});
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  // UText over the UTF-8 bytes: boundaries come back as byte offsets, and
  // nothing is converted or copied.
  UText* text = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  if (U_FAILURE(status)) {
    out.push_back({0, utf8.size(), true});
    return out;
  }
  iterator_->setText(text, status);
  int32_t start = iterator_->first();
  for (int32_t end = iterator_->next(); end != icu::BreakIterator::DONE;
       start = end, end = iterator_->next()) {
    // Rule status UBRK_WORD_NONE marks spaces and punctuation.
    bool word = iterator_->getRuleStatus() != UBRK_WORD_NONE;
    out.push_back({static_cast<size_t>(start), static_cast<size_t>(end), word});
  }
  utext_close(text);
  return out;
}

}  // namespace samatthana::normalize
