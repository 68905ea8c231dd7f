#include "db/thai_tokenizer.h"

#include <gtest/gtest.h>

#include "db/statement.h"

namespace samatthana::db {
namespace {

TEST(ThaiTokenizer, SplitsThaiIntoDictionaryWords) {
  EXPECT_EQ(ThaiTokens("แยกแยะปัญหาบนกฎพื้นฐานหรือสามัญสำนึกที่มี"),
            (std::vector<std::string>{"แยกแยะ", "ปัญหา", "บน", "กฎ", "พื้น", "ฐาน", "หรือ", "สามัญสำนึก",
                                      "ที่", "มี"}));
}

TEST(ThaiTokenizer, NormalizesWhatItIndexes) {
  // Legacy glyph + split sara am, Thai digits, upper-case Latin.
  EXPECT_EQ(ThaiTokens("ก\u0E4D\u0E32หนด ๒๕๖๖ Synergy"),
            (std::vector<std::string>{"กำหนด", "2566", "synergy"}));
  EXPECT_TRUE(ThaiTokens(" , - ").empty());
}

// Through SQLite: an FTS5 table using the tokenizer finds words inside
// unspaced Thai, which the built-in unicode61 tokenizer cannot.
class Fts : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(sqlite3_open(":memory:", &db_), SQLITE_OK);
    ASSERT_EQ(RegisterThaiTokenizer(db_), SQLITE_OK);
    Exec("CREATE VIRTUAL TABLE t USING fts5(text, tokenize = 'thai')");
    Exec("CREATE VIRTUAL TABLE u USING fts5(text, tokenize = 'unicode61')");
    for (const char* row : {"แยกแยะปัญหาออกเป็นรายการอย่างง่าย บนกฎพื้นฐานหรือสามัญสำนึกที่มี",
                            "ตรวจสอบงานก่อนส่งผู้บังคับบัญชา", "ใช้ข้อมูลที่มีอยู่จากสหกรณ์"}) {
      Statement a(db_, "INSERT INTO t VALUES (?1)");
      a.Bind(1, std::string_view(row)).Run();
      Statement b(db_, "INSERT INTO u VALUES (?1)");
      b.Bind(1, std::string_view(row)).Run();
    }
  }
  void TearDown() override { sqlite3_close(db_); }
  void Exec(const char* sql) {
    ASSERT_EQ(sqlite3_exec(db_, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db_);
  }
  int Count(const char* table, const char* query) {
    Statement st(db_,
                 std::string("SELECT count(*) FROM ") + table + " WHERE " + table + " MATCH ?1");
    st.Bind(1, std::string_view(query));
    return st.Step() == SQLITE_ROW ? static_cast<int>(st.Int(0)) : -1;
  }
  sqlite3* db_ = nullptr;
};

TEST_F(Fts, FindsAWordInsideRunningThai) {
  EXPECT_EQ(Count("t", "\"สามัญสำนึก\""), 1);
  EXPECT_EQ(Count("t", "\"ผู้บังคับบัญชา\""), 1);
  EXPECT_EQ(Count("t", "\"สหกรณ์\""), 1);
  EXPECT_EQ(Count("t", "\"ที่มี\""), 2);  // a phrase of two words, in two rows
  EXPECT_EQ(Count("u", "\"สามัญสำนึก\""), 0) << "unicode61 sees one token per phrase";
}

TEST_F(Fts, UnknownWordFindsNothing) { EXPECT_EQ(Count("t", "\"ดาราศาสตร์\""), 0); }

}  // namespace
}  // namespace samatthana::db
