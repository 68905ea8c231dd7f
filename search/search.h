// Search: full-text search over one catalogue version, Thai words included.
// Queries go through the same Thai tokenizer as the indexed text, and hits
// are ranked by bm25.
#ifndef SAMATTHANA_SEARCH_SEARCH_H_
#define SAMATTHANA_SEARCH_SEARCH_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "db/store.h"

namespace samatthana::search {

struct Hit {
  double score = 0;   // bm25: lower is better
  std::string kind;   // "indicator", "level", "competency" (its name) or "definition"
  std::string record_id;  // the record's stable id
  int competency_ordinal = 0;
  std::string competency;  // its name
  std::optional<int> level;
  int indicator_ordinal = 0;
  std::string text;     // the whole text of the record
  std::string snippet;  // the part that matched, matches between `mark_open` and `mark_close`
};

struct Query {
  std::string text;   // words the records must all contain, as a user types them
  int64_t version_id = 0;
  int limit = 10;
  std::string mark_open = "[";
  std::string mark_close = "]";
};

// Hits for `query.text` in one version, best first. Every word of the query
// must occur; a word the dictionary splits (ผู้บังคับบัญชา) must occur as the
// same run of words.
Result<std::vector<Hit>> Find(db::Store& store, const Query& query);

}  // namespace samatthana::search

#endif  // SAMATTHANA_SEARCH_SEARCH_H_
