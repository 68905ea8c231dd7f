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

TEST(Ingest, APageTemplateIsReadAsAPageWithItsTables) {
  auto doc = Read("form.aspx",
                  "\xEF\xBB\xBF<%@ Page Language=\"C#\" %>\n"
                  "<asp:Content ID=\"C1\" runat=\"server\">\n"
                  "<p><b>1) การทำงานเป็นทีม</b></p>\n"
                  "<table>\n<tr><td colspan=\"2\"><b>ระดับสมรรถนะ</b</td></tr>\n"
                  "<tr><td>ระดับ 1</td><td>ระดับ 2</td></tr>\n"
                  "<tr><td><input type=\"checkbox\"> ช่วยงาน\nผู้อื่น</td><td></td></tr>\n"
                  "</table>\n</asp:Content>\n");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->format, Format::kHtml);
  ASSERT_EQ(doc->lines.size(), 2u);
  EXPECT_EQ(doc->lines[0].text, "1) การทำงานเป็นทีม");
  EXPECT_EQ(doc->lines[0].line, 3);
  EXPECT_EQ(doc->lines[1].table, 0);
  ASSERT_EQ(doc->tables.size(), 1u);
  const Table& table = doc->tables[0];
  EXPECT_EQ(table.rows, 3);
  EXPECT_EQ(table.columns, 2);
  ASSERT_EQ(table.cells.size(), 5u);
  EXPECT_EQ(table.cells[4].column, 1);
  EXPECT_TRUE(table.cells[4].lines.empty());
  ASSERT_EQ(table.cells[3].lines.size(), 1u);
  EXPECT_TRUE(table.cells[3].lines[0].starts_item);
  EXPECT_EQ(table.cells[3].lines[0].text, "ช่วยงาน ผู้อื่น");
}

TEST(Ingest, RecordsSizeAndSha256) {
  auto doc = Read("a.txt", "abc");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->size, 3u);
  EXPECT_EQ(doc->sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

// A PDF on disk is hashed while the reader's child reads it; the digest is
// the file's, with the reader isolated in a child process or not.
TEST(Ingest, APdfFileIsHashedWhileItIsRead) {
  const std::string path = std::string(SAMATTHANA_FIXTURES) + "/pdf/furniture.pdf";
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (bool isolate : {true, false}) {
    ReadOptions options;
    options.isolate = isolate;
    auto doc = ReadDocument(path, options);
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    EXPECT_EQ(doc->sha256, ReadDocumentFromBytes(path, bytes, options)->sha256);
    EXPECT_EQ(doc->sha256.size(), 64u);
    EXPECT_EQ(doc->size, bytes.size());
  }
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

std::string DocxFixture(const std::string& name) {
  std::ifstream in(std::string(SAMATTHANA_FIXTURES) + "/docx/" + name, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

TEST(Ingest, OfficeDocumentsAreToldFromTheirBytesNotTheirName) {
  auto docx = Read("catalogue.pdf", DocxFixture("tables.docx"));
  ASSERT_TRUE(docx.ok()) << docx.status().ToString();
  EXPECT_EQ(docx->format, Format::kDocx);
  EXPECT_EQ(FormatName(docx->format), "docx");
  EXPECT_EQ(docx->tables.size(), 1u);
  auto odt = Read("catalogue.txt", DocxFixture("tables.odt"));
  ASSERT_TRUE(odt.ok()) << odt.status().ToString();
  EXPECT_EQ(odt->format, Format::kOdt);
}

TEST(Ingest, ReadsAWordDocumentFromAFile) {
  auto doc = ReadDocument(std::string(SAMATTHANA_FIXTURES) + "/docx/cpd-competencies.docx", {});
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->format, Format::kDocx);
  EXPECT_EQ(doc->lines.front().text, "คำอธิบายรายละเอียด");
  EXPECT_TRUE(doc->lines.front().style.bold);
  EXPECT_TRUE(doc->lines.front().style.centered);
  EXPECT_EQ(doc->sha256.size(), 64u);
}

TEST(Ingest, LegacyOfficeFilesAreRefusedWithWhatToDo) {
  auto doc = Read("catalogue.doc", DocxFixture("bad/legacy.doc"));
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().ToString(),
            "catalogue.doc: a Word 97-2003 document (.doc): save it as .docx in Word or "
            "LibreOffice");
  // A password-protected .docx is an OLE2 file holding an encrypted package.
  std::string locked("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  for (char c : std::string("EncryptedPackage")) locked += std::string{c, '\0'};
  auto encrypted = Read("locked.docx", locked);
  ASSERT_FALSE(encrypted.ok());
  EXPECT_NE(encrypted.status().message().find("password-protected"), std::string::npos);
}

}  // namespace
}  // namespace samatthana::ingest
