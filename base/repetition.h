// When something "repeats": a line that stands at the top of most pages is
// a running header, one that stands before most competency names is part of
// each competency's heading. One threshold, so the stages agree.
#ifndef SAMATTHANA_BASE_REPETITION_H_
#define SAMATTHANA_BASE_REPETITION_H_

#include <algorithm>
#include <cstddef>

namespace samatthana {

// How many of `places` a line must appear in to count as repeating: at least
// half of them, and never fewer than two.
inline size_t RepeatsNeeded(size_t places) { return std::max<size_t>(2, (places + 1) / 2); }

}  // namespace samatthana

#endif  // SAMATTHANA_BASE_REPETITION_H_
