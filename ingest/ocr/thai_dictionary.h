// ThaiDictionary: whether a string is a word of ICU's Thai dictionary, the
// one ICU's word and line breakers segment Thai with. The breakers only say
// where words may end, and glue a string they do not know to its
// neighbours; the mark repair needs a yes or no for one candidate word.
#ifndef SAMATTHANA_INGEST_OCR_THAI_DICTIONARY_H_
#define SAMATTHANA_INGEST_OCR_THAI_DICTIONARY_H_

#include <string_view>

struct UDataMemory;

namespace samatthana::ingest {

// Safe for concurrent use once made; make one and keep it.
class ThaiDictionary {
 public:
  ThaiDictionary();
  ~ThaiDictionary();
  ThaiDictionary(const ThaiDictionary&) = delete;
  ThaiDictionary& operator=(const ThaiDictionary&) = delete;

  // False when ICU's data has no Thai dictionary: then no word is known.
  bool loaded() const { return trie_ != nullptr; }
  // True when `word` (UTF-32, composed sara am) is one dictionary word.
  bool Contains(std::u32string_view word) const;

 private:
  UDataMemory* data_ = nullptr;
  const char* trie_ = nullptr;  // ICU's BytesTrie of the words, in the data
  int offset_ = 0;              // codepoint - offset_ is the byte the trie stores
};

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_OCR_THAI_DICTIONARY_H_
