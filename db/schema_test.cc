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

TEST(Schema, DataWrittenAtVersionOneSurvivesEveryMigration) {
  TempDir dir;
  std::string path = dir.File("old.db");
  sqlite3* db = OpenRaw(path);
  // A database as the first schema left it, with one version in it.
  ASSERT_TRUE(Migrate(db, path, 1).ok());
  ASSERT_EQ(sqlite3_exec(db, R"sql(
    INSERT INTO source_file VALUES (1, 'c.txt', 'abc', 10, 'text', 'UTF-8', NULL);
    INSERT INTO catalogue_version VALUES (1, '2566', 1, 'พจนานุกรม', '2026-01-01T00:00:00Z', 1, 1, 1, 0);
    INSERT INTO competency VALUES (1, 1, 'c-1', 1, 'การคิดวิเคราะห์', 'หมวด', 'นิยาม', 3, NULL);
    INSERT INTO level VALUES (1, 1, 'c-1.l1', 1, 1, 'ระดับหนึ่ง', NULL, 'ระดับหนึ่ง', 4, NULL);
    INSERT INTO indicator VALUES (1, 1, 'i-1', 1, 'แยกแยะปัญหาบนกฎพื้นฐานหรือสามัญสำนึกที่มี', 5, NULL);
  )sql", nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  sqlite3_close(db);

  // Opening it with this samatthana takes it to the latest schema...
  auto store = Store::Open(path, {});
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ(SchemaVersion((*store)->handle()), kSchemaVersion);
  // ... with every record intact, and the search index built over them.
  auto cat = (*store)->LoadCatalogue(1);
  ASSERT_TRUE(cat.ok());
  EXPECT_EQ(cat->competencies[0].levels[0].indicators[0].text,
            "แยกแยะปัญหาบนกฎพื้นฐานหรือสามัญสำนึกที่มี");
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2((*store)->handle(),
                               "SELECT count(*) FROM record_text WHERE record_text MATCH "
                               "'\"สามัญสำนึก\"'",
                               -1, &st, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), 1);
  sqlite3_finalize(st);
  ASSERT_EQ(sqlite3_prepare_v2((*store)->handle(),
                               "SELECT indicator_text FROM indicator_flat WHERE version_label = '2566'",
                               -1, &st, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  sqlite3_finalize(st);
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
