#include "ingest/child_reader.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <vector>

namespace samatthana::ingest {
namespace {

ChildLimits Limits(int stall_seconds = 30) {
  return {.reader = "the test reader", .stall_seconds = stall_seconds, .max_memory_bytes = 0};
}

TEST(ChildReader, TheChildsDocumentComesBack) {
  auto work = [](const ProgressCallback&) -> Result<Document> {
    Document doc;
    doc.pages = 2;
    doc.lines.push_back({.text = "ก", .page = 1});
    doc.lines.push_back({.text = "ข", .page = 2});
    return doc;
  };
  Result<Document> doc = ReadInChild("f.pdf", Limits(), work, nullptr);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->lines.size(), 2u);
  EXPECT_EQ(doc->lines[1].text, "ข");
}

TEST(ChildReader, TheChildsErrorComesBack) {
  auto work = [](const ProgressCallback&) -> Result<Document> {
    return Status::InvalidInput({"f.pdf", 4}, "damaged PDF: the page cannot be read");
  };
  Result<Document> doc = ReadInChild("f.pdf", Limits(), work, nullptr);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().ToString(), "f.pdf: page 4: damaged PDF: the page cannot be read");
}

TEST(ChildReader, ProgressReachesThisProcess) {
  auto work = [](const ProgressCallback& progress) -> Result<Document> {
    for (int i = 1; i <= 3; ++i) progress("f.pdf", i, 3);
    return Document{};
  };
  std::vector<int> seen;
  ProgressCallback progress = [&](const std::string& file, int done, int total) {
    EXPECT_EQ(file, "f.pdf");
    EXPECT_EQ(total, 3);
    seen.push_back(done);
  };
  ASSERT_TRUE(ReadInChild("f.pdf", Limits(), work, progress).ok());
  EXPECT_EQ(seen, (std::vector<int>{1, 2, 3}));
}

TEST(ChildReader, ThisProcessWorksWhileTheChildReads) {
  auto work = [](const ProgressCallback&) -> Result<Document> {
    Document doc;
    doc.pages = 3;
    return doc;
  };
  int runs = 0;
  ParentWork meanwhile = [&]() -> Status {
    ++runs;
    return Status::OK();
  };
  Result<Document> doc = ReadInChild("f.pdf", Limits(), work, nullptr, meanwhile);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->pages, 3);
  EXPECT_EQ(runs, 1);
}

TEST(ChildReader, ThisProcesssFailureIsTheReadsFailure) {
  auto work = [](const ProgressCallback&) -> Result<Document> { return Document{}; };
  ParentWork meanwhile = []() -> Status { return Status::IoError({"f.pdf"}, "read failed"); };
  Result<Document> doc = ReadInChild("f.pdf", Limits(), work, nullptr, meanwhile);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().ToString(), "f.pdf: read failed");
}

// A reader stuck in a loop (as Poppler is on some files) is stopped at the
// limit; the answer says so in one line.
TEST(ChildReader, AStalledReaderIsStoppedAtTheLimit) {
  auto work = [](const ProgressCallback&) -> Result<Document> {
    volatile uint64_t spin = 0;
    for (;;) spin = spin + 1;
  };
  Result<Document> doc = ReadInChild("loop.pdf", Limits(1), work, nullptr);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().ToString(),
            "loop.pdf: the test reader did not finish in 1 s (a damaged or hostile file)");
}

TEST(ChildReader, ASleepingReaderIsStoppedToo) {
  auto work = [](const ProgressCallback&) -> Result<Document> {
    for (;;) ::pause();
  };
  Result<Document> doc = ReadInChild("wait.pdf", Limits(1), work, nullptr);
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().message().find("did not finish in 1 s"), std::string::npos);
}

TEST(ChildReader, ACrashIsAnErrorNotTheEndOfThisProcess) {
  // SIGILL (what a trap instruction raises), not SIGSEGV: AddressSanitizer
  // turns a SIGSEGV into an abort of its own, SIGILL it leaves alone.
  auto work = [](const ProgressCallback&) -> Result<Document> {
    ::raise(SIGILL);
    return Document{};
  };
  Result<Document> doc = ReadInChild("crash.pdf", Limits(), work, nullptr);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), Status::Code::kInvalidInput);
  EXPECT_NE(doc.status().ToString().find("crash.pdf: the test reader crashed (signal 4"),
            std::string::npos)
      << doc.status().ToString();
}

TEST(ChildReader, AReaderThatNeedsTooMuchMemoryIsRefused) {
#if defined(__SANITIZE_ADDRESS__)
  GTEST_SKIP() << "sanitizer builds run without a memory limit";
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  GTEST_SKIP() << "sanitizer builds run without a memory limit";
#endif
#endif
  auto work = [](const ProgressCallback&) -> Result<Document> {
    std::vector<char> big(size_t{1} << 31, 'x');  // 2 GiB, over the limit below
    Document doc;
    doc.pages = big[12345];
    return doc;
  };
  ChildLimits limits = Limits();
  limits.max_memory_bytes = size_t{512} << 20;
  Result<Document> doc = ReadInChild("big.pdf", limits, work, nullptr);
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().message().find("--max-memory"), std::string::npos)
      << doc.status().ToString();
}

}  // namespace
}  // namespace samatthana::ingest
