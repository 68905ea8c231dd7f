// EditDistance: how many characters must be inserted, deleted or replaced to
// turn one text into another (Levenshtein). It tells apart two readings of
// one line that OCR read a little differently from two different lines.
#ifndef SAMATTHANA_BASE_EDIT_DISTANCE_H_
#define SAMATTHANA_BASE_EDIT_DISTANCE_H_

#include <cstddef>
#include <string>

namespace samatthana {

size_t EditDistance(const std::u32string& a, const std::u32string& b);

// Two readings of one line: they differ in at most `share` of the longer's
// characters, and in one at least (a speck read as a character).
bool NearlySame(const std::u32string& a, const std::u32string& b, double share);

// OCR reads one line a little differently each time (a tone mark lost, a
// speck read as a letter): two of its readings of one line differ in at
// most this share of their characters.
constexpr double kOcrReadingsDiffer = 0.1;

}  // namespace samatthana

#endif  // SAMATTHANA_BASE_EDIT_DISTANCE_H_
