// Statement: a prepared SQLite statement with RAII, typed binds and reads, and
// SqliteStatus, which turns a SQLite result code into a Status a user can act on.
#ifndef SAMATTHANA_DB_STATEMENT_H_
#define SAMATTHANA_DB_STATEMENT_H_

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"

namespace samatthana::db {

// A failed SQLite call as a one-line Status naming the database file.
Status SqliteStatus(sqlite3* db, int rc, const std::string& path, std::string_view doing);

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // SQLITE_OK when the statement compiled.
  int prepare_rc() const { return prepare_rc_; }

  Statement& Bind(int index, int64_t value);
  Statement& Bind(int index, std::string_view value);
  Statement& Bind(int index, std::optional<int> value);
  Statement& BindOptional(int index, const std::optional<std::string>& value);  // NULL when empty
  Statement& BindOptional(int index, std::optional<double> value);              // NULL when empty
  Statement& BindNull(int index);

  // SQLITE_ROW, SQLITE_DONE or an error code.
  int Step();
  // Runs to completion: SQLITE_DONE or an error code. Resets for reuse.
  int Run();
  void Reset();

  int64_t Int(int column) const;
  double Double(int column) const;
  std::optional<double> OptionalDouble(int column) const;  // nullopt for NULL
  std::string Text(int column) const;
  bool IsNull(int column) const;

 private:
  sqlite3_stmt* stmt_ = nullptr;
  int prepare_rc_ = SQLITE_OK;
};

}  // namespace samatthana::db

#endif  // SAMATTHANA_DB_STATEMENT_H_
