#include "db/schema.h"

#include <gtest/gtest.h>

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
