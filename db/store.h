// Store: the catalogue database. Every ingested file becomes one version, with
// its source, its records and the warnings found while reading it. A version
// is written in one transaction and never changed or deleted afterwards.
// One Store is one SQLite connection: use it from one thread.
#ifndef SAMATTHANA_DB_STORE_H_
#define SAMATTHANA_DB_STORE_H_

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "base/status.h"
#include "parse/catalogue.h"

namespace samatthana::db {

// The file a version was read from.
struct SourceInfo {
  std::string path;
  std::string sha256;
  uint64_t size = 0;
  std::string format;
  std::string encoding;
  int pages = 0;
};

struct VersionInfo {
  int64_t id = 0;
  std::string label;
  std::string ingested_at;  // UTC, ISO 8601
  std::string title;
  SourceInfo source;
  CatalogueCounts counts;
  int warning_count = 0;
};

struct StoreOptions {
  // How long a writer waits for another writer before giving up.
  int busy_timeout_ms = 10000;
  // Open an existing database only; never create one.
  bool must_exist = false;
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
    const Catalogue* catalogue = nullptr;
    std::vector<Diagnostic> warnings;
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

  const std::string& path() const { return path_; }
  // The SQLite connection, for readers that run their own queries (search).
  sqlite3* handle() const { return db_; }

 private:
  Store(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  Status Exec(const char* sql, std::string_view doing);
  Status WriteRecords(int64_t version_id, const Catalogue& catalogue);
  Result<VersionInfo> LoadVersion(std::string_view where_clause, std::string_view arg);

  sqlite3* db_;
  std::string path_;
};

}  // namespace samatthana::db

#endif  // SAMATTHANA_DB_STORE_H_
