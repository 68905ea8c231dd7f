// TextProfile and Similarity: how alike two texts are once layout is taken
// out. Thai has no spaces between words and renderings differ in spacing, so
// texts are compared by the character bigrams of their layout keys (Dice
// coefficient): robust to a changed word, cheap to compute, language-blind.
#ifndef SAMATTHANA_DIFF_SIMILARITY_H_
#define SAMATTHANA_DIFF_SIMILARITY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace samatthana::diff {

struct TextProfile {
  std::string key;              // normalize::LayoutKey of the text
  std::vector<uint64_t> grams;  // its character bigrams, sorted
};

TextProfile Profile(std::string_view text);

// A profile of several texts taken together (a competency's content).
TextProfile ProfileOf(const std::vector<std::string_view>& texts);

// Dice coefficient of two profiles' bigram multisets, 0 (nothing shared) to
// 1 (same bigrams). Two empty texts are alike (1).
double Similarity(const TextProfile& a, const TextProfile& b);

}  // namespace samatthana::diff

#endif  // SAMATTHANA_DIFF_SIMILARITY_H_
