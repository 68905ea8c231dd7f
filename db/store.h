// Store: the catalogue database. Every ingested file becomes one version, with
// its source, its records and the warnings found while reading it. A version
// is written in one transaction and never changed or deleted afterwards.
// One Store is one SQLite connection: use it from one thread.
#ifndef SAMATTHANA_DB_STORE_H_
#define SAMATTHANA_DB_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "base/status.h"
#include "model/catalogue.h"
#include "model/version.h"

struct sqlite3;

namespace samatthana::db {

struct StoreOptions {
  // How long a writer waits for another writer before giving up.
  int busy_timeout_ms = 10000;
  // Open an existing database only; never create one.
  bool must_exist = false;
  // The most pages the file may grow to (0: no limit); a write that needs
  // more fails as a full disk does, and changes nothing.
  int max_page_count = 0;
};

class Store {
 public:
  // Opens (or creates) the database at `path` and brings its schema up to date.
  static Result<std::unique_ptr<Store>> Open(const std::string& path, const StoreOptions& options);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  struct NewVersion {
    std::string label;
    // When true, `label` was made up by the caller (a file name) and may be
    // changed to stay unique; a label the user gave is refused if taken.
    bool label_is_default = false;
    SourceInfo source;
    Catalogue* catalogue = nullptr;
    std::vector<Diagnostic> warnings;
    // Called inside the write transaction, before the records are written,
    // with the latest stored version's records: the new records can take
    // the ids of the ones they match. Under the write lock no other ingest
    // can add a version in between. May be empty.
    std::function<void(const Catalogue& latest, Catalogue* next)> carry_ids;
  };
  struct AddResult {
    VersionInfo version;
    bool created = false;  // false: the same bytes were ingested before
  };
  // Writes a new version in one transaction, or, when a file with the same
  // SHA-256 is already in the database, writes nothing and returns that version.
  Result<AddResult> AddVersion(const NewVersion& version);

  // All versions, oldest first.
  Result<std::vector<VersionInfo>> ListVersions();

  // A version by id ("3"), by label, or the latest when `ref` is empty.
  Result<VersionInfo> ResolveVersion(std::string_view ref);

  // The records of one version, in document order, with their stable ids.
  Result<Catalogue> LoadCatalogue(int64_t version_id);

  // The warnings recorded when a version was ingested.
  Result<std::vector<Diagnostic>> LoadWarnings(int64_t version_id);

  // One hit of a full-text query (see FindText).
  struct TextHit {
    double score = 0;  // bm25: lower is better
    std::string kind;  // "indicator", "level", "competency" (its name) or "definition"
    std::string record_id;
    std::string text;     // the whole text of the record
    std::string snippet;  // the part that matched, matches between the marks
    int competency_ordinal = 0;
    std::string competency;
    std::optional<int> level;
    int indicator_ordinal = 0;
  };
  struct TextQuery {
    std::string match;  // an FTS5 match expression over the Thai tokenizer's words
    int64_t version_id = 0;
    int limit = 10;
    std::string mark_open = "[";
    std::string mark_close = "]";
  };
  // The best hits of `query.match` among one version's records, ranked by bm25.
  Result<std::vector<TextHit>> FindText(const TextQuery& query);

  const std::string& path() const { return path_; }

 private:
  Store(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  Status Exec(const char* sql, std::string_view doing);
  Status WriteRecords(int64_t version_id, const Catalogue& catalogue);
  Result<Catalogue> LoadLatestCatalogue();
  Result<VersionInfo> LoadVersion(std::string_view where_clause, std::string_view arg);

  sqlite3* db_;
  std::string path_;
};

// How stored versions are shown (db/version_report.cc).
// 'version 3 "2567": 19 competencies, 114 levels, 194 indicators'.
std::string VersionSummary(const VersionInfo& version);
// "6 pages read by OCR, mean confidence 87%".
std::string OcrNote(const SourceInfo& source);
// The table `samatthana versions` prints, one row a version, oldest first.
std::string VersionsToText(const std::vector<VersionInfo>& versions);
// The same as a JSON array of objects.
std::string VersionsToJson(const std::vector<VersionInfo>& versions);

}  // namespace samatthana::db

#endif  // SAMATTHANA_DB_STORE_H_
