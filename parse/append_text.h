// Joining pieces of one record's text.
#ifndef SAMATTHANA_PARSE_APPEND_TEXT_H_
#define SAMATTHANA_PARSE_APPEND_TEXT_H_

#include <string>

namespace samatthana::parse {

// Appends `more` to `to`, with a space between unless `tight` (the source
// broke a Thai word, which takes no space).
inline void AppendText(std::string* to, const std::string& more, bool tight = false) {
  if (more.empty()) return;
  if (!to->empty() && !tight) to->push_back(' ');
  to->append(more);
}

}  // namespace samatthana::parse

#endif  // SAMATTHANA_PARSE_APPEND_TEXT_H_
