// WordDiff: a word-level diff of two texts. Words come from the Thai
// dictionary (ICU), so a changed Thai word shows as that word, not as a run
// of characters or a whole line. Spaces travel with the word before them
// and do not count as changes.
#ifndef SAMATTHANA_DIFF_WORD_DIFF_H_
#define SAMATTHANA_DIFF_WORD_DIFF_H_

#include <string_view>
#include <vector>

#include "diff/diff.h"
#include "normalize/word_breaker.h"

namespace samatthana::diff {

// Runs of '=', '-' and '+' that turn `before` into `after`: the '=' and '+'
// runs spell `after`; the '=' and '-' runs spell `before` up to spacing.
std::vector<WordOp> WordDiff(std::string_view before, std::string_view after,
                             normalize::WordBreaker* breaker);

}  // namespace samatthana::diff

#endif  // SAMATTHANA_DIFF_WORD_DIFF_H_
