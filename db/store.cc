#include "db/store.h"

#include <sqlite3.h>

#include <filesystem>

#include "base/test_hook.h"
#include "db/schema.h"
#include "db/statement.h"
#include "db/thai_tokenizer.h"
#include "db/tokens_ahead.h"

namespace samatthana::db {
namespace {

// What a competency is found by in the search index: its name, and its
// English name and code when it has them.
std::string SearchNames(const Competency& c) {
  std::string names = c.name;
  if (c.name_en) names += " " + *c.name_en;
  if (c.code) names += " " + *c.code;
  return names;
}

constexpr const char* kVersionColumns =
    "v.id, v.label, v.ingested_at, v.title, s.path, s.sha256, s.size, s.format, "
    "coalesce(s.encoding, ''), coalesce(s.pages, 0), v.competency_count, v.level_count, "
    "v.indicator_count, v.warning_count, s.ocr_pages, s.ocr_confidence FROM catalogue_version v "
    "JOIN source_file s ON s.id = v.source_file_id ";

VersionInfo ReadVersion(const Statement& st) {
  VersionInfo v;
  v.id = st.Int(0);
  v.label = st.Text(1);
  v.ingested_at = st.Text(2);
  v.title = st.Text(3);
  v.source.path = st.Text(4);
  v.source.sha256 = st.Text(5);
  v.source.size = static_cast<uint64_t>(st.Int(6));
  v.source.format = st.Text(7);
  v.source.encoding = st.Text(8);
  v.source.pages = static_cast<int>(st.Int(9));
  v.counts.competencies = static_cast<int>(st.Int(10));
  v.counts.levels = static_cast<int>(st.Int(11));
  v.counts.indicators = static_cast<int>(st.Int(12));
  v.warning_count = static_cast<int>(st.Int(13));
  v.source.ocr_pages = static_cast<int>(st.Int(14));
  v.source.ocr_confidence = st.OptionalDouble(15);
  return v;
}

bool AllDigits(std::string_view s) {
  if (s.empty() || s.size() > 18) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  std::error_code ec;
  if (options.must_exist && !std::filesystem::exists(path, ec)) {
    return Status::NotFound(path + ": no catalogue database here (run samatthana ingest first)");
  }
  sqlite3* raw = nullptr;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  if (!options.must_exist) flags |= SQLITE_OPEN_CREATE;
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  if (rc != SQLITE_OK) {
    Status s = SqliteStatus(raw, rc, path, "open the database");
    sqlite3_close(raw);
    return s;
  }
  std::unique_ptr<Store> store(new Store(raw, path));
  sqlite3_extended_result_codes(raw, 1);
  sqlite3_busy_timeout(raw, options.busy_timeout_ms);
  // WAL lets readers work while a writer writes; FULL sync makes each
  // committed version durable, not just consistent.
  if (Status s = store->Exec("PRAGMA foreign_keys = ON", "open the database"); !s.ok()) return s;
  // The full-text index splits Thai into words with our tokenizer; every
  // connection that writes or queries it needs it, migrations included.
  if (int trc = RegisterThaiTokenizer(raw); trc != SQLITE_OK) {
    return SqliteStatus(raw, trc, path, "set up full-text search");
  }
  if (Status s = Migrate(raw, path); !s.ok()) return s;
  if (Status s = store->Exec("PRAGMA journal_mode = WAL", "open the database"); !s.ok()) return s;
  if (Status s = store->Exec("PRAGMA synchronous = FULL", "open the database"); !s.ok()) return s;
  // A version is written once, in order: a small page cache does as well as
  // a large one and keeps the memory of an ingest flat.
  if (Status s = store->Exec("PRAGMA cache_size = -512", "open the database"); !s.ok()) return s;
  if (options.max_page_count > 0) {
    std::string cap = "PRAGMA max_page_count = " + std::to_string(options.max_page_count);
    if (Status s = store->Exec(cap.c_str(), "open the database"); !s.ok()) return s;
  }
  return store;
}

Store::~Store() { sqlite3_close_v2(db_); }

Status Store::Exec(const char* sql, std::string_view doing) {
  int rc = sqlite3_exec(db_, sql, nullptr, nullptr, nullptr);
  return rc == SQLITE_OK ? Status::OK() : SqliteStatus(db_, rc, path_, doing);
}

Result<VersionInfo> Store::LoadVersion(std::string_view where_clause, std::string_view arg) {
  std::string sql = std::string("SELECT ") + kVersionColumns + std::string(where_clause);
  Statement st(db_, sql);
  if (st.prepare_rc() != SQLITE_OK)
    return SqliteStatus(db_, st.prepare_rc(), path_, "read versions");
  if (!arg.empty()) st.Bind(1, arg);
  int rc = st.Step();
  if (rc == SQLITE_ROW) return ReadVersion(st);
  if (rc == SQLITE_DONE) return Status::NotFound("");
  return SqliteStatus(db_, rc, path_, "read versions");
}

Result<std::vector<VersionInfo>> Store::ListVersions() {
  std::string sql = std::string("SELECT ") + kVersionColumns + "ORDER BY v.id";
  Statement st(db_, sql);
  if (st.prepare_rc() != SQLITE_OK)
    return SqliteStatus(db_, st.prepare_rc(), path_, "list versions");
  std::vector<VersionInfo> out;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) out.push_back(ReadVersion(st));
  if (rc != SQLITE_DONE) return SqliteStatus(db_, rc, path_, "list versions");
  return out;
}

Result<VersionInfo> Store::ResolveVersion(std::string_view ref) {
  Result<VersionInfo> found = Status::NotFound("");
  if (ref.empty()) {
    found = LoadVersion("ORDER BY v.id DESC LIMIT 1", "");
    if (!found.ok() && found.status().code() == Status::Code::kNotFound) {
      return Status::NotFound(path_ + ": the database holds no versions yet");
    }
    return found;
  }
  found = LoadVersion("WHERE v.label = ?1", ref);
  if (!found.ok() && found.status().code() == Status::Code::kNotFound && AllDigits(ref)) {
    found = LoadVersion("WHERE v.id = CAST(?1 AS INTEGER)", ref);
  }
  if (!found.ok() && found.status().code() == Status::Code::kNotFound) {
    return Status::NotFound(path_ + ": no version with id or label \"" + std::string(ref) +
                            "\" (see samatthana versions)");
  }
  return found;
}

Result<Store::AddResult> Store::AddVersion(const NewVersion& nv) {
  // IMMEDIATE takes the write lock now, so two ingests queue instead of
  // failing half way through.
  if (Status s = Exec("BEGIN IMMEDIATE", "start writing"); !s.ok()) return s;
  TestKillPoint("begun");
  auto fail = [&](Status s) -> Result<AddResult> {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    return s;
  };

  Result<VersionInfo> existing = LoadVersion("WHERE s.sha256 = ?1", nv.source.sha256);
  if (existing.ok()) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    return AddResult{*existing, false};
  }
  if (existing.status().code() != Status::Code::kNotFound) return fail(existing.status());

  if (nv.carry_ids) {
    Result<Catalogue> latest = LoadLatestCatalogue();
    if (latest.ok()) {
      nv.carry_ids(*latest, nv.catalogue);
    } else if (latest.status().code() != Status::Code::kNotFound) {
      return fail(latest.status());
    }
  }

  std::string label = nv.label;
  for (int n = 2;; ++n) {
    Result<VersionInfo> taken = LoadVersion("WHERE v.label = ?1", label);
    if (!taken.ok() && taken.status().code() != Status::Code::kNotFound)
      return fail(taken.status());
    if (!taken.ok()) break;
    if (!nv.label_is_default) {
      return fail(Status::Refused(
          {nv.source.path},
          "the label \"" + label + "\" is already used by version " + std::to_string(taken->id)));
    }
    label = nv.label + " (" + std::to_string(n) + ")";
  }

  Statement source(db_,
                   "INSERT INTO source_file (path, sha256, size, format, encoding, pages, "
                   "ocr_pages, ocr_confidence) VALUES (?1, ?2, ?3, ?4, nullif(?5, ''), "
                   "nullif(?6, 0), ?7, ?8)");
  source.Bind(1, nv.source.path).Bind(2, nv.source.sha256);
  source.Bind(3, static_cast<int64_t>(nv.source.size)).Bind(4, nv.source.format);
  source.Bind(5, nv.source.encoding).Bind(6, static_cast<int64_t>(nv.source.pages));
  source.Bind(7, static_cast<int64_t>(nv.source.ocr_pages));
  source.BindOptional(8, nv.source.ocr_confidence);
  if (int rc = source.Run(); rc != SQLITE_DONE) {
    return fail(SqliteStatus(db_, rc, path_, "record the source file"));
  }
  int64_t source_id = sqlite3_last_insert_rowid(db_);

  CatalogueCounts counts = CountRecords(*nv.catalogue);
  Statement version(db_,
                    "INSERT INTO catalogue_version (label, source_file_id, title, ingested_at, "
                    "competency_count, level_count, indicator_count, warning_count) VALUES "
                    "(?1, ?2, ?3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?4, ?5, ?6, ?7)");
  version.Bind(1, label).Bind(2, source_id).Bind(3, nv.catalogue->title);
  version.Bind(4, static_cast<int64_t>(counts.competencies));
  version.Bind(5, static_cast<int64_t>(counts.levels));
  version.Bind(6, static_cast<int64_t>(counts.indicators));
  version.Bind(7, static_cast<int64_t>(nv.warnings.size()));
  if (int rc = version.Run(); rc != SQLITE_DONE) {
    return fail(SqliteStatus(db_, rc, path_, "record the version"));
  }
  int64_t version_id = sqlite3_last_insert_rowid(db_);

  if (Status s = WriteRecords(version_id, *nv.catalogue); !s.ok()) return fail(s);

  Statement warning(db_,
                    "INSERT INTO ingest_warning (version_id, source_line, source_page, message) "
                    "VALUES (?1, nullif(?2, 0), nullif(?3, 0), ?4)");
  for (const Diagnostic& d : nv.warnings) {
    warning.Bind(1, version_id).Bind(2, static_cast<int64_t>(d.where.line));
    warning.Bind(3, static_cast<int64_t>(d.where.page)).Bind(4, d.message);
    if (int rc = warning.Run(); rc != SQLITE_DONE) {
      return fail(SqliteStatus(db_, rc, path_, "record the warnings"));
    }
  }

  TestKillPoint("written");
  if (Status s = Exec("COMMIT", "commit the version"); !s.ok()) return fail(s);
  TestKillPoint("committed");
  Result<VersionInfo> written =
      LoadVersion("WHERE v.id = CAST(?1 AS INTEGER)", std::to_string(version_id));
  if (!written.ok()) return written.status();
  return AddResult{*written, true};
}

Result<Catalogue> Store::LoadLatestCatalogue() {
  Statement st(db_, "SELECT id FROM catalogue_version ORDER BY id DESC LIMIT 1");
  int rc = st.Step();
  if (rc == SQLITE_DONE) return Status::NotFound("");
  if (rc != SQLITE_ROW) return SqliteStatus(db_, rc, path_, "read the latest version");
  return LoadCatalogue(st.Int(0));
}

Status Store::WriteRecords(int64_t version_id, const Catalogue& catalogue) {
  Statement comp(db_,
                 "INSERT INTO competency (version_id, stable_id, ordinal, name, category, "
                 "definition, source_line, source_page, name_en, code, confidence) VALUES (?1, ?2, "
                 "?3, ?4, ?5, ?6, nullif(?7, 0), nullif(?8, 0), ?9, ?10, ?11)");
  Statement level(db_,
                  "INSERT INTO level (competency_id, stable_id, position, level, title, "
                  "builds_on, summary, source_line, source_page, confidence) VALUES (?1, ?2, ?3, "
                  "?4, ?5, ?6, ?7, nullif(?8, 0), nullif(?9, 0), ?10)");
  Statement ind(db_,
                "INSERT INTO indicator (level_id, stable_id, ordinal, text, source_line, "
                "source_page, confidence) VALUES (?1, ?2, ?3, ?4, nullif(?5, 0), nullif(?6, 0), "
                "?7)");
  // The search index is written in the same transaction as the records.
  Statement text(db_,
                 "INSERT INTO record_text (text, kind, version_id, record) "
                 "VALUES (?1, ?2, ?3, ?4)");
  auto index = [&](std::string_view body, const char* kind, int64_t record) {
    if (body.empty()) return SQLITE_DONE;
    text.Bind(1, body).Bind(2, std::string_view(kind)).Bind(3, version_id).Bind(4, record);
    return text.Run();
  };
  // Every text the index will hold, so their words are found on a second
  // core while the rows are written.
  std::vector<std::string> names;
  std::vector<std::string_view> bodies;
  for (const Competency& c : catalogue.competencies) {
    names.push_back(SearchNames(c));
  }
  for (size_t k = 0; k < catalogue.competencies.size(); ++k) {
    const Competency& c = catalogue.competencies[k];
    bodies.push_back(names[k]);
    bodies.push_back(c.definition);
    for (const Level& l : c.levels) {
      bodies.push_back(l.title);
      for (const Indicator& i : l.indicators) bodies.push_back(i.text);
    }
  }
  TokensAhead ahead(bodies);
  const size_t halfway = catalogue.competencies.size() / 2;
  for (const Competency& c : catalogue.competencies) {
    if (&c == &catalogue.competencies[halfway]) TestKillPoint("halfway");
    comp.Bind(1, version_id).Bind(2, c.id).Bind(3, static_cast<int64_t>(c.ordinal));
    comp.Bind(4, c.name).Bind(5, c.category).Bind(6, c.definition);
    comp.Bind(7, static_cast<int64_t>(c.source.line)).Bind(8, static_cast<int64_t>(c.source.page));
    comp.BindOptional(9, c.name_en).BindOptional(10, c.code).BindOptional(11, c.confidence);
    if (int rc = comp.Run(); rc != SQLITE_DONE) {
      return SqliteStatus(db_, rc, path_, "write a competency");
    }
    int64_t comp_id = sqlite3_last_insert_rowid(db_);
    int rc = index(names[static_cast<size_t>(&c - catalogue.competencies.data())], "competency",
                   comp_id);
    if (rc == SQLITE_DONE) rc = index(c.definition, "definition", comp_id);
    if (rc != SQLITE_DONE) return SqliteStatus(db_, rc, path_, "index a competency");
    int position = 0;
    for (const Level& l : c.levels) {
      level.Bind(1, comp_id).Bind(2, l.id).Bind(3, static_cast<int64_t>(++position));
      level.Bind(4, static_cast<int64_t>(l.level)).Bind(5, l.title).Bind(6, l.builds_on);
      level.Bind(7, l.summary).Bind(8, static_cast<int64_t>(l.source.line));
      level.Bind(9, static_cast<int64_t>(l.source.page)).BindOptional(10, l.confidence);
      if (int rc = level.Run(); rc != SQLITE_DONE) {
        return SqliteStatus(db_, rc, path_, "write a level");
      }
      int64_t level_id = sqlite3_last_insert_rowid(db_);
      if (int irc = index(l.title, "level", level_id); irc != SQLITE_DONE) {
        return SqliteStatus(db_, irc, path_, "index a level");
      }
      for (const Indicator& i : l.indicators) {
        ind.Bind(1, level_id).Bind(2, i.id).Bind(3, static_cast<int64_t>(i.ordinal));
        ind.Bind(4, i.text).Bind(5, static_cast<int64_t>(i.source.line));
        ind.Bind(6, static_cast<int64_t>(i.source.page)).BindOptional(7, i.confidence);
        if (int irc = ind.Run(); irc != SQLITE_DONE) {
          return SqliteStatus(db_, irc, path_, "write an indicator");
        }
        if (int irc = index(i.text, "indicator", sqlite3_last_insert_rowid(db_));
            irc != SQLITE_DONE) {
          return SqliteStatus(db_, irc, path_, "index an indicator");
        }
      }
    }
  }
  return Status::OK();
}

Result<Catalogue> Store::LoadCatalogue(int64_t version_id) {
  Catalogue cat;
  Statement title(db_, "SELECT title FROM catalogue_version WHERE id = ?1");
  title.Bind(1, version_id);
  int rc = title.Step();
  if (rc == SQLITE_DONE) return Status::NotFound("no version " + std::to_string(version_id));
  if (rc != SQLITE_ROW) return SqliteStatus(db_, rc, path_, "read a version");
  cat.title = title.Text(0);

  Statement comps(db_,
                  "SELECT id, stable_id, ordinal, name, category, definition, "
                  "coalesce(source_line, 0), coalesce(source_page, 0), name_en, code, confidence "
                  "FROM competency "
                  "WHERE version_id = ?1 ORDER BY ordinal");
  Statement levels(db_,
                   "SELECT id, stable_id, level, title, builds_on, summary, "
                   "coalesce(source_line, 0), coalesce(source_page, 0), confidence FROM level "
                   "WHERE competency_id = ?1 ORDER BY position");
  Statement inds(db_,
                 "SELECT stable_id, ordinal, text, coalesce(source_line, 0), "
                 "coalesce(source_page, 0), confidence FROM indicator WHERE level_id = ?1 "
                 "ORDER BY ordinal");
  comps.Bind(1, version_id);
  while ((rc = comps.Step()) == SQLITE_ROW) {
    Competency c;
    int64_t comp_id = comps.Int(0);
    c.id = comps.Text(1);
    c.ordinal = static_cast<int>(comps.Int(2));
    c.name = comps.Text(3);
    c.category = comps.Text(4);
    c.definition = comps.Text(5);
    c.source = {static_cast<int>(comps.Int(6)), static_cast<int>(comps.Int(7))};
    if (!comps.IsNull(8)) c.name_en = comps.Text(8);
    if (!comps.IsNull(9)) c.code = comps.Text(9);
    c.confidence = comps.OptionalDouble(10);
    levels.Bind(1, comp_id);
    int lrc;
    while ((lrc = levels.Step()) == SQLITE_ROW) {
      Level l;
      int64_t level_id = levels.Int(0);
      l.id = levels.Text(1);
      l.level = static_cast<int>(levels.Int(2));
      l.title = levels.Text(3);
      if (!levels.IsNull(4)) l.builds_on = static_cast<int>(levels.Int(4));
      l.summary = levels.Text(5);
      l.source = {static_cast<int>(levels.Int(6)), static_cast<int>(levels.Int(7))};
      l.confidence = levels.OptionalDouble(8);
      inds.Bind(1, level_id);
      int irc;
      while ((irc = inds.Step()) == SQLITE_ROW) {
        Indicator i;
        i.id = inds.Text(0);
        i.ordinal = static_cast<int>(inds.Int(1));
        i.text = inds.Text(2);
        i.source = {static_cast<int>(inds.Int(3)), static_cast<int>(inds.Int(4))};
        i.confidence = inds.OptionalDouble(5);
        l.indicators.push_back(std::move(i));
      }
      inds.Reset();
      if (irc != SQLITE_DONE) return SqliteStatus(db_, irc, path_, "read indicators");
      c.levels.push_back(std::move(l));
    }
    levels.Reset();
    if (lrc != SQLITE_DONE) return SqliteStatus(db_, lrc, path_, "read levels");
    cat.competencies.push_back(std::move(c));
  }
  if (rc != SQLITE_DONE) return SqliteStatus(db_, rc, path_, "read competencies");
  return cat;
}

Result<std::vector<Diagnostic>> Store::LoadWarnings(int64_t version_id) {
  Statement st(db_,
               "SELECT coalesce(w.source_line, 0), coalesce(w.source_page, 0), w.message, s.path "
               "FROM ingest_warning w JOIN catalogue_version v ON v.id = w.version_id "
               "JOIN source_file s ON s.id = v.source_file_id WHERE w.version_id = ?1 "
               "ORDER BY w.id");
  st.Bind(1, version_id);
  std::vector<Diagnostic> out;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    out.push_back({Location{st.Text(3), static_cast<int>(st.Int(1)), static_cast<int>(st.Int(0))},
                   st.Text(2)});
  }
  if (rc != SQLITE_DONE) return SqliteStatus(db_, rc, path_, "read warnings");
  return out;
}

Result<std::vector<Store::TextHit>> Store::FindText(const TextQuery& query) {
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
  Statement st(db_, kSql);
  if (st.prepare_rc() != SQLITE_OK) return SqliteStatus(db_, st.prepare_rc(), path_, "search");
  st.Bind(1, query.match).Bind(2, query.version_id).Bind(3, query.mark_open);
  st.Bind(4, query.mark_close).Bind(5, static_cast<int64_t>(query.limit));
  std::vector<TextHit> hits;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    TextHit h;
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
  if (rc != SQLITE_DONE) return SqliteStatus(db_, rc, path_, "search");
  return hits;
}

}  // namespace samatthana::db
