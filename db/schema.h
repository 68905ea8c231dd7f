// Schema: the catalogue database's tables and the migrations that build them.
// PRAGMA user_version holds the schema version; each migration takes the
// database one version up inside its own transaction, so a database written
// by any earlier samatthana opens in this one.
#ifndef SAMATTHANA_DB_SCHEMA_H_
#define SAMATTHANA_DB_SCHEMA_H_

#include <sqlite3.h>

#include <string>

#include "base/status.h"

namespace samatthana::db {

inline constexpr int kSchemaVersion = 4;
// PRAGMA application_id: "SAMT", so other tools (and we) can tell our files.
inline constexpr int kApplicationId = 0x53414D54;

// Brings the database up to `target` (default: the latest). Refuses a
// database from a newer schema and a SQLite file that belongs to something else.
Status Migrate(sqlite3* db, const std::string& path, int target = kSchemaVersion);

// The schema version the file is at (0 for a new, empty file).
int SchemaVersion(sqlite3* db);

}  // namespace samatthana::db

#endif  // SAMATTHANA_DB_SCHEMA_H_
