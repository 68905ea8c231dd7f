#include "ingest/ocr/thai_dictionary.h"

#include <unicode/bytestrie.h>
#include <unicode/udata.h>

namespace samatthana::ingest {
namespace {

// ICU's dictionary data layout (ICU's dictionarydata.h): eight int32
// indexes, then the trie. Thai is stored as a BytesTrie of codepoints
// minus a fixed offset.
constexpr int kIndexTrieOffset = 0;
constexpr int kIndexTrieType = 4;
constexpr int kIndexTransform = 5;
constexpr int32_t kTrieTypeMask = 7;
constexpr int32_t kTrieTypeBytes = 0;
constexpr int32_t kTransformTypeMask = 0x7f000000;
constexpr int32_t kTransformTypeOffset = 0x01000000;
constexpr int32_t kTransformOffsetMask = 0x001fffff;

}  // namespace

ThaiDictionary::ThaiDictionary() {
  UErrorCode status = U_ZERO_ERROR;
  data_ = udata_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", "dict", "thaidict", &status);
  if (U_FAILURE(status) || data_ == nullptr) {
    data_ = nullptr;
    return;
  }
  const auto* indexes = static_cast<const int32_t*>(udata_getMemory(data_));
  if (indexes == nullptr) return;
  const int32_t type = indexes[kIndexTrieType] & kTrieTypeMask;
  const int32_t transform = indexes[kIndexTransform];
  if (type != kTrieTypeBytes || (transform & kTransformTypeMask) != kTransformTypeOffset) return;
  offset_ = transform & kTransformOffsetMask;
  trie_ = reinterpret_cast<const char*>(indexes) + indexes[kIndexTrieOffset];
}

ThaiDictionary::~ThaiDictionary() {
  if (data_ != nullptr) udata_close(data_);
}

bool ThaiDictionary::Contains(std::u32string_view word) const {
  if (trie_ == nullptr || word.empty()) return false;
  icu::BytesTrie trie(trie_);
  UStringTrieResult result = USTRINGTRIE_NO_MATCH;
  for (size_t i = 0; i < word.size(); ++i) {
    const char32_t c = word[i];
    // ICU's transform: ZWJ and ZWNJ have bytes of their own; other
    // characters outside the script's block are in no word.
    int byte;
    if (c == 0x200D) {
      byte = 0xFF;
    } else if (c == 0x200C) {
      byte = 0xFE;
    } else {
      byte = static_cast<int>(c) - offset_;
      if (byte < 0 || byte > 0xFD) return false;
    }
    result = trie.next(byte);
    if (!USTRINGTRIE_HAS_NEXT(result) && i + 1 < word.size()) return false;
  }
  return USTRINGTRIE_HAS_VALUE(result);
}

}  // namespace samatthana::ingest
