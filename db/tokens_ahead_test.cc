#include "db/tokens_ahead.h"

#include <gtest/gtest.h>

#include <string>

#include "db/statement.h"
#include "normalize/word_breaker.h"

namespace samatthana::db {
namespace {

const std::vector<std::string>& Texts() {
  static const std::vector<std::string> texts = {
      "แยกแยะปัญหาออกเป็นรายการอย่างง่าย บนกฎพื้นฐานหรือสามัญสำนึกที่มี", "ตรวจสอบงานก่อนส่งผู้บังคับบัญชา ๒๕๖๖",
      "ใช้ข้อมูลที่มีอยู่จากสหกรณ์ Synergy",
      "ตรวจสอบงานก่อนส่งผู้บังคับบัญชา ๒๕๖๖",  // twice: worked out once
      "กำหนดเป้าหมาย"};
  return texts;
}

std::vector<std::string_view> Views() { return {Texts().begin(), Texts().end()}; }

bool Same(const std::vector<Token>& a, const std::vector<Token>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].key != b[i].key || a[i].begin != b[i].begin || a[i].end != b[i].end) return false;
  }
  return true;
}

TEST(TokensAhead, GivesEachTextTheTokensTheTokenizerWouldMake) {
  normalize::WordBreaker breaker;
  // Asked for in order, backwards, and again: each way meets the other
  // thread somewhere else.
  for (int pass = 0; pass < 3; ++pass) {
    TokensAhead ahead(Views());
    std::vector<std::string> order = Texts();
    if (pass == 1) std::reverse(order.begin(), order.end());
    for (int round = 0; round < (pass == 2 ? 2 : 1); ++round) {
      for (const std::string& t : order) {
        const std::vector<Token>* got = ahead.Find(t);
        ASSERT_NE(got, nullptr) << t;
        EXPECT_FALSE(got->empty());
        EXPECT_TRUE(Same(*got, StoredTextTokens(&breaker, t))) << t;
      }
    }
  }
}

TEST(TokensAhead, KnowsOnlyItsOwnTexts) {
  TokensAhead ahead(Views());
  EXPECT_EQ(ahead.Find("ดาราศาสตร์"), nullptr);
  EXPECT_EQ(ahead.Find(""), nullptr);
}

TEST(TokensAhead, IsTheTokenizersOnlyOnItsOwnThreadAndWhileItLives) {
  EXPECT_EQ(TokensAhead::Current(), nullptr);
  {
    TokensAhead outer(Views());
    EXPECT_EQ(TokensAhead::Current(), &outer);
    {
      TokensAhead inner({});
      EXPECT_EQ(TokensAhead::Current(), &inner);
    }
    EXPECT_EQ(TokensAhead::Current(), &outer);
    TokensAhead* elsewhere = &outer;
    std::thread([&] { elsewhere = TokensAhead::Current(); }).join();
    EXPECT_EQ(elsewhere, nullptr);
  }
  EXPECT_EQ(TokensAhead::Current(), nullptr);
}

// An index written with the tokens worked out ahead is the index written
// without them: the same words in the same rows, at the same places.
TEST(TokensAhead, TheIndexIsTheSameWithTokensWorkedOutAhead) {
  auto build = [](bool ahead_of_time) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open(":memory:", &db), SQLITE_OK);
    EXPECT_EQ(RegisterThaiTokenizer(db), SQLITE_OK);
    sqlite3_exec(db, "CREATE VIRTUAL TABLE t USING fts5(text, tokenize = 'thai')", nullptr, nullptr,
                 nullptr);
    sqlite3_exec(db, "CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')", nullptr, nullptr,
                 nullptr);
    {
      std::unique_ptr<TokensAhead> ahead;
      if (ahead_of_time) ahead = std::make_unique<TokensAhead>(Views());
      for (const std::string& row : Texts()) {
        Statement insert(db, "INSERT INTO t VALUES (?1)");
        insert.Bind(1, std::string_view(row)).Run();
      }
    }
    std::string index;
    {  // the statements are finalized before the connection closes
      Statement terms(db, "SELECT term, doc, offset FROM v ORDER BY doc, offset");
      while (terms.Step() == SQLITE_ROW) {
        index += terms.Text(0) + "@" + std::to_string(terms.Int(1)) + ":" +
                 std::to_string(terms.Int(2)) + " ";
      }
      Statement marked(db, "SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH 'สหกรณ์ OR 2566'");
      while (marked.Step() == SQLITE_ROW) index += "\n" + marked.Text(0);
    }
    EXPECT_EQ(sqlite3_close(db), SQLITE_OK);
    return index;
  };
  const std::string plain = build(false);
  EXPECT_NE(plain.find("[สหกรณ์]"), std::string::npos) << plain;
  EXPECT_NE(plain.find("[๒๕๖๖]"), std::string::npos) << plain;
  EXPECT_EQ(build(true), plain);
}

}  // namespace
}  // namespace samatthana::db
