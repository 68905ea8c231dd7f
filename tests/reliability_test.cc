// Reliability: database faults, a process killed mid-ingest, and two ingests
// at once. The database is never corrupted and never loses a version.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "tests/cli_runner.h"

namespace samatthana::testing {
namespace {

std::string IntegrityCheck(const std::string& db) {
  sqlite3* h = nullptr;
  sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* st = nullptr;
  std::string out = "cannot check";
  if (sqlite3_prepare_v2(h, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW) {
    out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
  }
  sqlite3_finalize(st);
  sqlite3_close(h);
  return out;
}

// A large catalogue: the bundled text many times over, names made unique.
std::string LargeCatalogue(const ScratchDir& dir, int copies) {
  std::string text = ReadFile(Fixture("cpd-competencies.txt"));
  std::string out;
  for (int k = 0; k < copies; ++k) {
    std::string copy = text;
    std::string tag = "ชื่อ ชุด" + std::to_string(k) + " ";
    for (size_t at = copy.find("ชื่อ "); at != std::string::npos;
         at = copy.find("ชื่อ ", at + tag.size())) {
      copy.replace(at, std::string("ชื่อ ").size(), tag);
    }
    out += copy + "\n\n\n";
  }
  std::string path = dir.File("large.txt");
  WriteFile(path, out);
  return path;
}

// Starts `samatthana args...` and returns its pid. `kill_at`, when given,
// names the moment at which the process kills itself (base/test_hook.h).
pid_t Spawn(const std::vector<std::string>& args, const char* kill_at = nullptr) {
  pid_t pid = fork();
  if (pid == 0) {
    std::vector<char*> argv;
    std::string bin = SAMATTHANA_BINARY;
    argv.push_back(bin.data());
    std::vector<std::string> copy = args;
    for (std::string& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    if (kill_at != nullptr) setenv("SAMATTHANA_TEST_KILL_AT", kill_at, 1);
    freopen("/dev/null", "w", stdout);
    freopen("/dev/null", "w", stderr);
    execv(bin.c_str(), argv.data());
    _exit(127);
  }
  return pid;
}

// An ingest killed at each moment of its write (after parsing, once the write
// lock is taken, halfway through the records, with every row written but not
// committed, just after the commit) leaves an intact database holding either
// nothing of the new version or all of it. The process kills itself at the
// named moment, so where it dies does not depend on the machine's speed.
TEST(Reliability, KilledIngestLeavesTheDatabaseIntact) {
  ScratchDir dir;
  std::string db = dir.File("c.db");
  ASSERT_EQ(
      RunCli({"ingest", "--db", db, "--label", "base", Fixture("cpd-competencies.txt")}).status, 0);
  std::string before = RunCli({"export", "--db", db, "--version", "base"}).out;
  std::string large = LargeCatalogue(dir, 4);

  for (const char* moment : {"parsed", "begun", "halfway", "written", "committed"}) {
    SCOPED_TRACE(moment);
    pid_t pid = Spawn({"ingest", "--db", db, "--label", "big", large}, moment);
    int status = 0;
    waitpid(pid, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << "status " << status;
    EXPECT_EQ(IntegrityCheck(db), "ok");
    EXPECT_EQ(RunCli({"export", "--db", db, "--version", "base"}).out, before);
    CliResult versions = RunCli({"versions", "--db", db, "--format", "json"});
    bool committed = std::string(moment) == "committed";
    EXPECT_EQ(versions.out.find("\"big\"") != std::string::npos, committed) << versions.out;
    if (committed) {
      EXPECT_NE(versions.out.find("\"competencies\": 76"), std::string::npos) << versions.out;
    }
  }
  // The next ingest after all that lands as usual.
  EXPECT_EQ(RunCli({"ingest", "--db", db, Fixture("cpd-competencies.pdf")}).status, 0);
  EXPECT_EQ(IntegrityCheck(db), "ok");
}

TEST(Reliability, TwoIngestsAtOnceBothLand) {
  ScratchDir dir;
  std::string db = dir.File("c.db");
  ASSERT_EQ(RunCli({"ingest", "--db", db, Fixture("cpd-competencies.txt")}).status, 0);
  std::string a = LargeCatalogue(dir, 20);
  std::string b = dir.File("other.pdf");
  std::filesystem::copy_file(Fixture("cpd-competencies.pdf"), b);
  pid_t p1 = Spawn({"ingest", "--db", db, a});
  pid_t p2 = Spawn({"ingest", "--db", db, b});
  int s1 = 0, s2 = 0;
  waitpid(p1, &s1, 0);
  waitpid(p2, &s2, 0);
  EXPECT_TRUE(WIFEXITED(s1) && WEXITSTATUS(s1) == 0);
  EXPECT_TRUE(WIFEXITED(s2) && WEXITSTATUS(s2) == 0);
  CliResult versions = RunCli({"versions", "--db", db, "--format", "json"});
  EXPECT_NE(versions.out.find("\"version\": 3"), std::string::npos) << versions.out;
  EXPECT_EQ(IntegrityCheck(db), "ok");
}

TEST(Reliability, LockedDatabaseWaitsThenFailsClearly) {
  ScratchDir dir;
  std::string db = dir.File("c.db");
  ASSERT_EQ(RunCli({"ingest", "--db", db, Fixture("cpd-competencies.txt")}).status, 0);
  // Another writer holds the write lock.
  sqlite3* other = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &other), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
  auto start = std::chrono::steady_clock::now();
  CliResult r =
      RunCli({"ingest", "--db", db, "--busy-timeout", "300", Fixture("cpd-competencies.pdf")});
  double waited = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(other);
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(LineCount(r.err), 1) << r.err;
  EXPECT_NE(r.err.find("busy"), std::string::npos) << r.err;
  EXPECT_GE(waited, 0.3);
  // Once the lock is gone the same ingest lands.
  EXPECT_EQ(RunCli({"ingest", "--db", db, Fixture("cpd-competencies.pdf")}).status, 0);
}

TEST(Reliability, UnwritablePathIsAClearError) {
  ScratchDir dir;
  std::string file = dir.File("plain");
  WriteFile(file, "x");
  CliResult r = RunCli({"ingest", "--db", file + "/c.db", Fixture("cpd-competencies.txt")});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(LineCount(r.err), 1) << r.err;
  EXPECT_NE(r.err.find("cannot open the database"), std::string::npos) << r.err;
}

TEST(Reliability, CorruptDatabaseIsRefusedAndLeftAsItWas) {
  ScratchDir dir;
  std::string db = dir.File("c.db");
  ASSERT_EQ(RunCli({"ingest", "--db", db, Fixture("cpd-competencies.txt")}).status, 0);
  std::string bytes = ReadFile(db);
  ASSERT_GT(bytes.size(), 20000u);
  // Scribble over the middle pages, keep the header.
  for (size_t i = 8192; i < 16384; ++i) bytes[i] = static_cast<char>(i * 7);
  WriteFile(db, bytes);
  CliResult r = RunCli({"ingest", "--db", db, Fixture("cpd-competencies.pdf")});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(LineCount(r.err), 1) << r.err;
  EXPECT_NE(r.err.find(db), std::string::npos) << r.err;
  EXPECT_EQ(ReadFile(db), bytes);
}

TEST(Reliability, NewerSchemaIsRefused) {
  ScratchDir dir;
  std::string db = dir.File("c.db");
  ASSERT_EQ(RunCli({"ingest", "--db", db, Fixture("cpd-competencies.txt")}).status, 0);
  sqlite3* h = nullptr;
  sqlite3_open(db.c_str(), &h);
  sqlite3_exec(h, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
  sqlite3_close(h);
  std::string before = ReadFile(db);
  CliResult r = RunCli({"ingest", "--db", db, Fixture("cpd-competencies.pdf")});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("newer"), std::string::npos) << r.err;
  EXPECT_EQ(ReadFile(db), before);
}

}  // namespace
}  // namespace samatthana::testing
