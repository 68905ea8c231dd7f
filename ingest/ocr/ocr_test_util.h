// Helpers for the OCR tests: the fixture scan and a character error rate.
#ifndef SAMATTHANA_INGEST_OCR_OCR_TEST_UTIL_H_
#define SAMATTHANA_INGEST_OCR_OCR_TEST_UTIL_H_

#include <unicode/utf8.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "base/edit_distance.h"

namespace samatthana::ingest {

inline std::string OcrFixturePath(const std::string& name) {
  return std::string(SAMATTHANA_FIXTURES) + "/ocr/" + name;
}

inline std::string ReadOcrFixture(const std::string& name) {
  std::ifstream in(OcrFixturePath(name), std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The codepoints of `utf8` without spaces: OCR and the source may space
// Thai differently, and spacing is not what the rate measures.
inline std::u32string Letters(const std::string& utf8) {
  std::u32string out;
  int32_t i = 0, n = static_cast<int32_t>(utf8.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(utf8.data()), i, n, c);
    if (c > 0x20) out.push_back(static_cast<char32_t>(c));
  }
  return out;
}

// Edit distance between the two texts' letters over the length of
// `expected`'s.
inline double CharacterErrorRate(const std::string& expected, const std::string& read) {
  std::u32string a = Letters(expected), b = Letters(read);
  return a.empty() ? 0 : static_cast<double>(EditDistance(a, b)) / static_cast<double>(a.size());
}

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_OCR_OCR_TEST_UTIL_H_
