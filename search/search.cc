#include "search/search.h"

#include <sstream>

namespace samatthana::search {
namespace {

// The user's words as an FTS5 query: each whitespace-separated word becomes
// a quoted string (so punctuation and operators are just text), all of them
// required. Inside a string the tokenizer's words must follow each other.
std::string MatchExpression(const std::string& text) {
  std::istringstream words(text);
  std::string out;
  for (std::string w; words >> w;) {
    std::string quoted = "\"";
    for (char c : w) {
      quoted += c;
      if (c == '"') quoted += '"';
    }
    quoted += "\"";
    out += (out.empty() ? "" : " ") + quoted;
  }
  return out;
}

}  // namespace

Result<std::vector<Hit>> Find(db::Store& store, const Query& query) {
  std::string match = MatchExpression(query.text);
  if (match.empty()) return Status::InvalidInput({}, "empty query");
  return store.FindText({.match = match,
                         .version_id = query.version_id,
                         .limit = query.limit,
                         .mark_open = query.mark_open,
                         .mark_close = query.mark_close});
}

}  // namespace samatthana::search
