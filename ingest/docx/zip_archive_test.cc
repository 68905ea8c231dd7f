#include "ingest/docx/zip_archive.h"

#include <gtest/gtest.h>

#include "ingest/docx/office_reader.h"
#include "ingest/docx/office_test_util.h"
#include "ingest/docx/zip_test_util.h"

namespace samatthana::ingest {
namespace {

using testing::MakeZip;

TEST(ZipArchive, ReadsEntriesAndTellsAbsentOnes) {
  std::string bytes = MakeZip({{"a.txt", "สวัสดี"}});
  Result<ZipArchive> zip = ZipArchive::Open(bytes, "t.zip", "zip archive");
  ASSERT_TRUE(zip.ok()) << zip.status().ToString();
  EXPECT_TRUE(zip->Has("a.txt"));
  auto a = zip->Read("a.txt", 100);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(**a, "สวัสดี");
  auto b = zip->Read("b.txt", 100);
  ASSERT_TRUE(b.ok());
  EXPECT_FALSE(b->has_value());
}

TEST(ZipArchive, AnEntryPastItsLimitIsRefusedByName) {
  std::string bytes = MakeZip({{"word/document.xml", std::string(5000, ' ')}});
  Result<ZipArchive> zip = ZipArchive::Open(bytes, "bomb.docx", ".docx");
  ASSERT_TRUE(zip.ok());
  auto part = zip->Read("word/document.xml", 4096);
  ASSERT_FALSE(part.ok());
  EXPECT_EQ(part.status().ToString(),
            "bomb.docx: damaged or hostile .docx: word/document.xml inflates past 4096 bytes");
}

// A declared size can lie; the inflated bytes are counted as they come.
TEST(ZipArchive, ALyingDeclaredSizeDoesNotHelp) {
  std::string content(100000, 'x');
  std::string bytes = MakeZip({{"word/document.xml", content}});
  // The central directory's uncompressed size field, for the one entry,
  // rewritten to say 10 bytes.
  size_t central = bytes.rfind(std::string("PK\x01\x02", 4));
  ASSERT_NE(central, std::string::npos);
  bytes[central + 24] = 10;
  bytes[central + 25] = bytes[central + 26] = bytes[central + 27] = 0;
  Result<ZipArchive> zip = ZipArchive::Open(bytes, "liar.docx", ".docx");
  ASSERT_TRUE(zip.ok()) << zip.status().ToString();
  auto part = zip->Read("word/document.xml", 50000);
  ASSERT_FALSE(part.ok());
}

TEST(ZipArchive, TooManyEntries) {
  std::vector<std::pair<std::string, std::string>> entries;
  for (int i = 0; i <= kMaxZipEntries; ++i) entries.emplace_back(std::to_string(i), "");
  std::string bytes = MakeZip(entries);
  Result<ZipArchive> zip = ZipArchive::Open(bytes, "many.docx", ".docx");
  ASSERT_FALSE(zip.ok());
  EXPECT_EQ(zip.status().ToString(),
            "many.docx: damaged or hostile .docx: the zip archive has 10001 entries, more than "
            "the 10000 a document could need");
}

TEST(ZipArchive, TruncatedArchive) {
  std::string bytes = testing::FixtureBytes("bad/truncated.docx");
  ASSERT_FALSE(bytes.empty());
  Document doc;
  doc.path = "half.docx";
  Status s = ReadOfficeZip(bytes, {}, &doc);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind("damaged or hostile .docx: the zip archive does not open", 0), 0u)
      << s.message();
}

TEST(ZipArchive, PartLimitFollowsTheFileSizeLimit) {
  EXPECT_EQ(OfficePartLimit(ReadOptions{}), 64u << 20);
  ReadOptions small;
  small.max_file_bytes = 1 << 20;
  EXPECT_EQ(OfficePartLimit(small), 32u << 20);
}

TEST(ZipArchive, SizesForHumans) {
  EXPECT_EQ(SizeForHumans(64u << 20), "64 MiB");
  EXPECT_EQ(SizeForHumans(3u << 19), "1.5 MiB");
  EXPECT_EQ(SizeForHumans(300), "300 bytes");
}

}  // namespace
}  // namespace samatthana::ingest
