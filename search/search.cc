#include "search/search.h"

#include <sstream>

#include "db/statement.h"

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
  // The record each hit belongs to: its competency, and level for levels and
  // indicators.
  // The best hits first (bm25 over the version's rows), then their records
  // by row id: the joins run for the few rows shown, not for every match.
  static const char* kSql = R"sql(
WITH hits AS (
  SELECT kind, record, text, bm25(record_text) AS score,
         snippet(record_text, 0, ?3, ?4, '…', 16) AS snip
  FROM record_text WHERE record_text MATCH ?1 AND version_id = ?2
  ORDER BY score LIMIT ?5)
SELECT h.score, h.kind, coalesce(c1.stable_id, l2.stable_id, i.stable_id), h.text, h.snip,
       coalesce(c1.ordinal, c2.ordinal, c3.ordinal), coalesce(c1.name, c2.name, c3.name),
       coalesce(l2.level, l3.level), coalesce(i.ordinal, 0)
FROM hits h
LEFT JOIN competency c1 ON h.kind IN ('competency', 'definition') AND c1.id = h.record
LEFT JOIN level l2 ON h.kind = 'level' AND l2.id = h.record
LEFT JOIN competency c2 ON c2.id = l2.competency_id
LEFT JOIN indicator i ON h.kind = 'indicator' AND i.id = h.record
LEFT JOIN level l3 ON l3.id = i.level_id
LEFT JOIN competency c3 ON c3.id = l3.competency_id
ORDER BY h.score)sql";
  db::Statement st(store.handle(), kSql);
  if (st.prepare_rc() != SQLITE_OK) {
    return db::SqliteStatus(store.handle(), st.prepare_rc(), store.path(), "search");
  }
  st.Bind(1, match).Bind(2, query.version_id).Bind(3, query.mark_open).Bind(4, query.mark_close);
  st.Bind(5, static_cast<int64_t>(query.limit));
  std::vector<Hit> hits;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    Hit h;
    h.score = st.Double(0);
    h.kind = st.Text(1);
    h.record_id = st.Text(2);
    h.text = st.Text(3);
    h.snippet = st.Text(4);
    h.competency_ordinal = static_cast<int>(st.Int(5));
    h.competency = st.Text(6);
    if (!st.IsNull(7)) h.level = static_cast<int>(st.Int(7));
    h.indicator_ordinal = static_cast<int>(st.Int(8));
    hits.push_back(std::move(h));
  }
  if (rc != SQLITE_DONE) return db::SqliteStatus(store.handle(), rc, store.path(), "search");
  return hits;
}

}  // namespace samatthana::search
