// Search: full-text search over one catalogue version, Thai words included,
// and the two ways its hits are shown (text for people, JSON for programs).
// Queries go through the same Thai tokenizer as the indexed text, and hits
// are ranked by bm25.
#ifndef SAMATTHANA_SEARCH_SEARCH_H_
#define SAMATTHANA_SEARCH_SEARCH_H_

#include <cstdint>
#include <string>
#include <vector>

#include "base/result.h"
#include "db/store.h"
#include "model/version.h"

namespace samatthana::search {

// One record that matched, with its competency and level.
using Hit = db::Store::TextHit;

struct Query {
  std::string text;  // words the records must all contain, as a user types them
  int64_t version_id = 0;
  int limit = 10;
  std::string mark_open = "[";
  std::string mark_close = "]";
};

// Hits for `query.text` in one version, best first. Every word of the query
// must occur; a word the dictionary splits (ผู้บังคับบัญชา) must occur as the
// same run of words. An empty query is refused.
Result<std::vector<Hit>> Find(db::Store& store, const Query& query);

// Where a hit is in its catalogue: "C01", "C01.L1", "C01.L1.2".
std::string HitCode(const Hit& hit);

// For people: a numbered list, each hit's code, kind, competency and id, then
// its snippet; a line saying there were none when `hits` is empty.
std::string HitsToText(const std::vector<Hit>& hits, const VersionInfo& version);

// For programs: an array of {rank, score, kind, id, code, competency, level,
// text, snippet}.
std::string HitsToJson(const std::vector<Hit>& hits);

}  // namespace samatthana::search

#endif  // SAMATTHANA_SEARCH_SEARCH_H_
