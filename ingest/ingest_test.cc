#include "ingest/ingest.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace samatthana::ingest {
namespace {

Result<Document> Read(std::string name, std::string bytes) {
  return ReadDocumentFromBytes(std::move(name), std::move(bytes), ReadOptions{});
}

TEST(Ingest, DetectsFormatFromBytesNotName) {
  auto html = Read("catalogue.txt", "<!DOCTYPE html><p>ชื่อ ก</p>");
  ASSERT_TRUE(html.ok());
  EXPECT_EQ(html->format, Format::kHtml);
  auto text = Read("catalogue.html", "ชื่อ ก\n- ข\n");
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(text->format, Format::kText);
  EXPECT_EQ(text->lines.size(), 2u);
}

TEST(Ingest, RecordsSizeAndSha256) {
  auto doc = Read("a.txt", "abc");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->size, 3u);
  EXPECT_EQ(doc->sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Ingest, EmptyFileIsRefused) {
  auto doc = Read("empty.txt", "");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().ToString(), "empty.txt: empty file");
}

TEST(Ingest, NonPdfNamedPdfIsRefused) {
  auto doc = Read("report.pdf", "ชื่อ ก\n");
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().message().find("not a PDF"), std::string::npos);
}

TEST(Ingest, BinaryGarbageNamedHtmlIsRefused) {
  std::string garbage;
  for (int i = 0; i < 512; ++i) garbage.push_back(static_cast<char>((i * 97 + 13) & 0xFF));
  auto doc = Read("page.html", garbage);
  ASSERT_FALSE(doc.ok());
  EXPECT_GE(doc.status().location().offset, 0);
}

TEST(Ingest, FileSizeLimit) {
  ReadOptions small;
  small.max_file_bytes = 10;
  auto doc = ReadDocumentFromBytes("big.txt", std::string(11, 'a'), small);
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().message().find("--max-file-size"), std::string::npos);
}

TEST(Ingest, MissingFileAndDirectory) {
  auto missing = ReadDocument("/nonexistent/x.txt", {});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().ToString(), "/nonexistent/x.txt: no such file");
  auto dir = ReadDocument(std::filesystem::temp_directory_path(), {});
  ASSERT_FALSE(dir.ok());
}

TEST(Ingest, ReadsTheBundledCatalogue) {
  auto doc = ReadDocument(std::string(SAMATTHANA_FIXTURES) + "/cpd-competencies.txt", {});
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->format, Format::kHtmlFragments);
  EXPECT_EQ(doc->encoding, "UTF-8");
  EXPECT_EQ(doc->lines.front().text, "คำอธิบายรายละเอียด");
  EXPECT_EQ(doc->lines.front().line, 5);
}

}  // namespace
}  // namespace samatthana::ingest
