#include "db/schema.h"

#include "db/statement.h"
#include "db/thai_tokenizer.h"

namespace samatthana::db {
namespace {

// Migration N takes the schema from version N-1 to N. Never edit one that
// has shipped: add the next.
constexpr const char* kMigrations[] = {
    // 1: sources, versions, records with provenance.
    R"sql(
CREATE TABLE source_file (
  id        INTEGER PRIMARY KEY,
  path      TEXT NOT NULL,
  sha256    TEXT NOT NULL UNIQUE,
  size      INTEGER NOT NULL,
  format    TEXT NOT NULL,
  encoding  TEXT,
  pages     INTEGER
);
CREATE TABLE catalogue_version (
  id               INTEGER PRIMARY KEY,
  label            TEXT NOT NULL UNIQUE,
  source_file_id   INTEGER NOT NULL REFERENCES source_file(id),
  title            TEXT NOT NULL,
  ingested_at      TEXT NOT NULL,
  competency_count INTEGER NOT NULL,
  level_count      INTEGER NOT NULL,
  indicator_count  INTEGER NOT NULL,
  warning_count    INTEGER NOT NULL
);
CREATE TABLE competency (
  id          INTEGER PRIMARY KEY,
  version_id  INTEGER NOT NULL REFERENCES catalogue_version(id),
  stable_id   TEXT NOT NULL,
  ordinal     INTEGER NOT NULL,
  name        TEXT NOT NULL,
  category    TEXT NOT NULL,
  definition  TEXT NOT NULL,
  source_line INTEGER,
  source_page INTEGER,
  UNIQUE (version_id, ordinal),
  UNIQUE (version_id, stable_id)
);
CREATE TABLE level (
  id            INTEGER PRIMARY KEY,
  competency_id INTEGER NOT NULL REFERENCES competency(id),
  stable_id     TEXT NOT NULL,
  position      INTEGER NOT NULL,
  level         INTEGER NOT NULL,
  title         TEXT NOT NULL,
  builds_on     INTEGER,
  summary       TEXT NOT NULL,
  source_line   INTEGER,
  source_page   INTEGER,
  UNIQUE (competency_id, position)
);
CREATE TABLE indicator (
  id          INTEGER PRIMARY KEY,
  level_id    INTEGER NOT NULL REFERENCES level(id),
  stable_id   TEXT NOT NULL,
  ordinal     INTEGER NOT NULL,
  text        TEXT NOT NULL,
  source_line INTEGER,
  source_page INTEGER,
  UNIQUE (level_id, ordinal)
);
CREATE TABLE ingest_warning (
  id          INTEGER PRIMARY KEY,
  version_id  INTEGER NOT NULL REFERENCES catalogue_version(id),
  source_line INTEGER,
  source_page INTEGER,
  message     TEXT NOT NULL
);
CREATE INDEX competency_by_version ON competency(version_id);
CREATE INDEX level_by_competency ON level(competency_id);
CREATE INDEX indicator_by_level ON indicator(level_id);
)sql",
    // 2: full-text search over every record's text (Thai word tokenizer; each
    // row names its record by kind and row id), and views for consumers that
    // read the database directly.
    R"sql(
CREATE VIRTUAL TABLE record_text USING fts5(
  text, kind UNINDEXED, version_id UNINDEXED, record UNINDEXED, tokenize = 'thai');
INSERT INTO record_text (text, kind, version_id, record)
  SELECT name, 'competency', version_id, id FROM competency
  UNION ALL SELECT definition, 'definition', version_id, id FROM competency WHERE definition <> ''
  UNION ALL SELECT l.title, 'level', c.version_id, l.id
    FROM level l JOIN competency c ON c.id = l.competency_id
  UNION ALL SELECT i.text, 'indicator', c.version_id, i.id
    FROM indicator i JOIN level l ON l.id = i.level_id JOIN competency c ON c.id = l.competency_id;
CREATE VIEW indicator_flat AS
  SELECT v.id AS version_id, v.label AS version_label,
         c.stable_id AS competency_id, c.ordinal AS competency_ordinal, c.name AS competency_name,
         c.category AS category, l.stable_id AS level_id, l.level AS level, l.title AS level_title,
         i.stable_id AS indicator_id, i.ordinal AS indicator_ordinal, i.text AS indicator_text,
         i.source_line AS source_line, i.source_page AS source_page
  FROM indicator i JOIN level l ON l.id = i.level_id JOIN competency c ON c.id = l.competency_id
  JOIN catalogue_version v ON v.id = c.version_id;
CREATE VIEW latest_version AS
  SELECT * FROM catalogue_version ORDER BY id DESC LIMIT 1;
)sql",
    // 3: a competency's English name and the code its source gives it
    // ("ACH"); NULL where the source has none.
    R"sql(
ALTER TABLE competency ADD COLUMN name_en TEXT;
ALTER TABLE competency ADD COLUMN code TEXT;
DROP VIEW indicator_flat;
CREATE VIEW indicator_flat AS
  SELECT v.id AS version_id, v.label AS version_label,
         c.stable_id AS competency_id, c.ordinal AS competency_ordinal, c.name AS competency_name,
         c.category AS category, l.stable_id AS level_id, l.level AS level, l.title AS level_title,
         i.stable_id AS indicator_id, i.ordinal AS indicator_ordinal, i.text AS indicator_text,
         i.source_line AS source_line, i.source_page AS source_page,
         c.name_en AS competency_name_en, c.code AS competency_code
  FROM indicator i JOIN level l ON l.id = i.level_id JOIN competency c ON c.id = l.competency_id
  JOIN catalogue_version v ON v.id = c.version_id;
)sql",
    // 4: what OCR read: how many pages of the source and with what mean
    // confidence, and each record's lowest line confidence (NULL for text the
    // file itself held).
    R"sql(
ALTER TABLE source_file ADD COLUMN ocr_pages INTEGER NOT NULL DEFAULT 0;
ALTER TABLE source_file ADD COLUMN ocr_confidence REAL;
ALTER TABLE competency ADD COLUMN confidence REAL;
ALTER TABLE level ADD COLUMN confidence REAL;
ALTER TABLE indicator ADD COLUMN confidence REAL;
)sql",
};

constexpr int kLatest = static_cast<int>(std::size(kMigrations));
static_assert(kLatest == kSchemaVersion, "add a migration when the schema version moves");

int QueryInt(sqlite3* db, const char* sql, int* rc_out) {
  Statement st(db, sql);
  if (st.prepare_rc() != SQLITE_OK) {
    *rc_out = st.prepare_rc();
    return 0;
  }
  int rc = st.Step();
  *rc_out = rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
  return rc == SQLITE_ROW ? static_cast<int>(st.Int(0)) : 0;
}

}  // namespace

int SchemaVersion(sqlite3* db) {
  int rc;
  return QueryInt(db, "PRAGMA user_version", &rc);
}

Status Migrate(sqlite3* db, const std::string& path, int target) {
  // Migrations that build the search index need its tokenizer.
  int rc = RegisterThaiTokenizer(db);
  if (rc != SQLITE_OK) return SqliteStatus(db, rc, path, "set up full-text search");
  int version = QueryInt(db, "PRAGMA user_version", &rc);
  if (rc != SQLITE_OK) return SqliteStatus(db, rc, path, "read the database");
  int app = QueryInt(db, "PRAGMA application_id", &rc);
  if (rc != SQLITE_OK) return SqliteStatus(db, rc, path, "read the database");
  int tables = QueryInt(db, "SELECT count(*) FROM sqlite_master", &rc);
  if (rc != SQLITE_OK) return SqliteStatus(db, rc, path, "read the database");

  if (app != kApplicationId && (app != 0 || tables > 0)) {
    return Status::Database({path}, "not a samatthana database: it belongs to another program");
  }
  if (version > kLatest) {
    return Status::Database({path}, "the database has schema version " + std::to_string(version) +
                                        ", newer than this samatthana understands (" +
                                        std::to_string(kLatest) + "); upgrade samatthana");
  }
  while (version < target && version < kLatest) {
    // Re-read the version under the write lock: another process may have
    // migrated the file while this one waited for it.
    rc = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) return SqliteStatus(db, rc, path, "upgrade the database schema");
    version = QueryInt(db, "PRAGMA user_version", &rc);
    std::string sql;
    if (rc == SQLITE_OK && version < target && version < kLatest) {
      sql = kMigrations[version];
      sql += "PRAGMA application_id = " + std::to_string(kApplicationId) + ";\n";
      sql += "PRAGMA user_version = " + std::to_string(version + 1) + ";\n";
    }
    if (rc == SQLITE_OK) rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK) rc = sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
      Status s = SqliteStatus(db, rc, path, "upgrade the database schema");
      sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
      return s;
    }
    version = QueryInt(db, "PRAGMA user_version", &rc);
    if (rc != SQLITE_OK) return SqliteStatus(db, rc, path, "read the database");
  }
  return Status::OK();
}

}  // namespace samatthana::db
