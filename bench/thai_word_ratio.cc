// How readable a text's Thai is: ICU's word breaker splits each run of Thai
// into words, and each word is looked up in ICU's Thai dictionary (the one
// the breaker segments with). Prints "W Thai words, D dictionary words (P%)".
// A text OCR misread is full of fragments the dictionary does not know.
//   thai_word_ratio < TEXT
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <cstdio>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>

#include "ingest/ocr/thai_dictionary.h"

namespace {

bool IsThaiLetter(UChar32 c) { return c >= 0x0E01 && c <= 0x0E4E; }

}  // namespace

int main() {
  std::string input((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(input);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale("th"), status));
  const samatthana::ingest::ThaiDictionary dictionary;
  if (U_FAILURE(status) || !dictionary.loaded()) {
    std::fprintf(stderr, "thai_word_ratio: ICU has no Thai word breaker or dictionary\n");
    return 1;
  }
  words->setText(text);
  long thai = 0, known = 0;
  for (int32_t start = words->first(), end = words->next(); end != icu::BreakIterator::DONE;
       start = end, end = words->next()) {
    std::u32string word;
    bool all_thai = true;
    for (int32_t i = start; i < end; i = text.moveIndex32(i, 1)) {
      UChar32 c = text.char32At(i);
      all_thai &= IsThaiLetter(c);
      word.push_back(static_cast<char32_t>(c));
    }
    if (word.empty() || !all_thai) continue;
    ++thai;
    known += dictionary.Contains(word) ? 1 : 0;
  }
  std::printf("%ld Thai words, %ld dictionary words (%.1f%%)\n", thai, known,
              thai > 0 ? 100.0 * static_cast<double>(known) / static_cast<double>(thai) : 0.0);
  return 0;
}
