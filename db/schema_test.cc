#include "db/schema.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>

#include "db/store.h"
#include "db/test_util.h"

namespace samatthana::db {
namespace {

sqlite3* OpenRaw(const std::string& path) {
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  return db;
}

TEST(Schema, NewFileIsMigratedToTheLatestVersion) {
  TempDir dir;
  sqlite3* db = OpenRaw(dir.File("a.db"));
  ASSERT_TRUE(Migrate(db, "a.db").ok());
  EXPECT_EQ(SchemaVersion(db), kSchemaVersion);
  // Running again is a no-op.
  ASSERT_TRUE(Migrate(db, "a.db").ok());
  EXPECT_EQ(SchemaVersion(db), kSchemaVersion);
  sqlite3_close(db);
}

TEST(Schema, EachStepMovesOneVersion) {
  TempDir dir;
  sqlite3* db = OpenRaw(dir.File("a.db"));
  for (int v = 1; v <= kSchemaVersion; ++v) {
    ASSERT_TRUE(Migrate(db, "a.db", v).ok());
    EXPECT_EQ(SchemaVersion(db), v);
  }
  sqlite3_close(db);
}

// The schema's SQL as SQLite keeps it, one object a line, sorted.
std::string SchemaSql(sqlite3* db) {
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY name",
                     -1, &st, nullptr);
  std::string out;
  while (sqlite3_step(st) == SQLITE_ROW) {
    for (int k = 0; k < 3; ++k) {
      out += reinterpret_cast<const char*>(sqlite3_column_text(st, k));
      out += k < 2 ? " " : "\n";
    }
  }
  sqlite3_finalize(st);
  return out;
}

std::string FrozenVersionOne(const TempDir& dir) {
  std::string path = dir.File("v1.db");
  std::ifstream in(SAMATTHANA_FIXTURES "/db/schema-v1.db", std::ios::binary);
  std::ofstream(path, std::ios::binary) << in.rdbuf();
  return path;
}

// fixtures/db/schema-v1.db was written by the first release's schema, and
// holds one version. A shipped migration must never change: a new file
// taken to version 1 today has exactly the schema that file has.
TEST(Schema, VersionOneIsTheSchemaThatShipped) {
  TempDir dir;
  sqlite3* frozen = OpenRaw(FrozenVersionOne(dir));
  ASSERT_EQ(SchemaVersion(frozen), 1);
  sqlite3* fresh = OpenRaw(dir.File("fresh.db"));
  ASSERT_TRUE(Migrate(fresh, "fresh.db", 1).ok());
  EXPECT_EQ(SchemaSql(fresh), SchemaSql(frozen));
  // Taken on to the latest schema, both end the same.
  ASSERT_TRUE(Migrate(frozen, "v1.db").ok());
  ASSERT_TRUE(Migrate(fresh, "fresh.db").ok());
  EXPECT_EQ(SchemaSql(fresh), SchemaSql(frozen));
  sqlite3_close(frozen);
  sqlite3_close(fresh);
}

TEST(Schema, DataWrittenAtVersionOneSurvivesEveryMigration) {
  TempDir dir;
  std::string path = FrozenVersionOne(dir);
  // Opening it with this samatthana takes it to the latest schema...
  auto store = Store::Open(path, {});
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  // ... with every record intact, and the search index built over them.
  auto cat = (*store)->LoadCatalogue(1);
  ASSERT_TRUE(cat.ok());
  ASSERT_EQ(cat->competencies.size(), 1u);
  EXPECT_EQ(cat->competencies[0].name, "การคิดวิเคราะห์");
  EXPECT_EQ(cat->competencies[0].name_en, std::nullopt);  // added by a later schema
  EXPECT_EQ(cat->competencies[0].levels[0].indicators[0].text, "แยกแยะปัญหาบนกฎพื้นฐานหรือสามัญสำนึกที่มี");
  auto warnings = (*store)->LoadWarnings(1);
  ASSERT_TRUE(warnings.ok());
  ASSERT_EQ(warnings->size(), 1u);
  EXPECT_EQ((*warnings)[0].where.line, 7);
  auto hits = (*store)->FindText({.match = "\"สามัญสำนึก\"", .version_id = 1});
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].record_id, "i-1");
  store->reset();
  sqlite3* db = OpenRaw(path);
  EXPECT_EQ(SchemaVersion(db), kSchemaVersion);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db,
                               "SELECT indicator_text, competency_code FROM indicator_flat "
                               "WHERE version_label = '2566'",
                               -1, &st, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_type(st, 1), SQLITE_NULL);
  sqlite3_finalize(st);
  sqlite3_close(db);
}

TEST(Schema, NewerSchemaIsRefused) {
  TempDir dir;
  sqlite3* db = OpenRaw(dir.File("a.db"));
  ASSERT_TRUE(Migrate(db, "a.db").ok());
  sqlite3_exec(db, ("PRAGMA user_version = " + std::to_string(kSchemaVersion + 1)).c_str(), nullptr,
               nullptr, nullptr);
  Status s = Migrate(db, "a.db");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("newer"), std::string::npos) << s.ToString();
  sqlite3_close(db);
}

TEST(Schema, ForeignSqliteFileIsRefusedAndUntouched) {
  TempDir dir;
  sqlite3* db = OpenRaw(dir.File("other.db"));
  sqlite3_exec(db, "CREATE TABLE notes(x); INSERT INTO notes VALUES (1);", nullptr, nullptr,
               nullptr);
  Status s = Migrate(db, "other.db");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("not a samatthana database"), std::string::npos);
  EXPECT_EQ(SchemaVersion(db), 0);
  sqlite3_close(db);
}

TEST(Schema, NotADatabaseIsAClearError) {
  TempDir dir;
  std::string path = dir.File("notes.db");
  std::ofstream(path) << "this is a text file, not a database, and it is long enough to matter";
  auto store = Store::Open(path, {});
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().ToString().find("not a samatthana database"), std::string::npos)
      << store.status().ToString();
}

}  // namespace
}  // namespace samatthana::db
