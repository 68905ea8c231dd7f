// Bad input: one clear line on stderr naming the file, exit 1, and the
// database exactly as it was (or still absent).
#include <gtest/gtest.h>

#include <filesystem>

#include "ingest/docx/zip_test_util.h"
#include "tests/cli_runner.h"

namespace samatthana::testing {
namespace {

struct BadInput {
  std::string name;     // test name
  std::string file;     // file name to write
  std::string content;  // its bytes
  std::string expect;   // a phrase the error must contain
  std::vector<std::string> extra_args = {};
};

void PrintTo(const BadInput& c, std::ostream* os) { *os << c.name; }

std::string Garbage(size_t n) {
  std::string s;
  uint32_t x = 12345;
  for (size_t i = 0; i < n; ++i) {
    x = x * 1103515245 + 12345;
    s.push_back(static_cast<char>(x >> 24));
  }
  return s;
}

std::string DeepHtml(int depth) {
  std::string s = "<html><body>";
  for (int i = 0; i < depth; ++i) s += "<div>";
  return s + "ชื่อ ก";
}

std::string DeepDocx(int depth) {
  std::string s;
  for (int i = 0; i < depth; ++i) s += "<w:sdt><w:sdtContent>";
  return s;
}

std::string HalfOf(const std::string& fixture) {
  std::string bytes = ReadFile(Fixture(fixture));
  return bytes.substr(0, bytes.size() / 2);
}

// A form whose field tree repeats each kid twice, 26 levels deep: 2.5 KB
// that stands for 2^26 widgets. Poppler walks them all (pdftotext never
// returns); the reader must stop at its time limit.
std::string ExponentialFieldTree() {
  constexpr int kDepth = 26;
  std::vector<std::string> objects = {"<< /Type /Catalog /Pages 3 0 R /AcroForm 2 0 R >>",
                                      "<< /Fields [4 0 R] /NeedAppearances true >>",
                                      "<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
                                      "",  // 4: the root field, below
                                      "<< /Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] >>"};
  int node = 4;
  int parent = 0;
  for (int k = 0; k < kDepth; ++k) {
    int kid = k == 0 ? 6 : node + 1;
    std::string field =
        "<< /Kids [" + std::to_string(kid) + " 0 R " + std::to_string(kid) + " 0 R]";
    if (parent > 0) field += " /Parent " + std::to_string(parent) + " 0 R";
    field += " >>";
    if (node == 4) {
      objects[3] = field;
    } else {
      objects.push_back(field);
    }
    parent = node;
    node = kid;
  }
  objects.push_back("<< /Type /Annot /Subtype /Widget /FT /Tx /T (leaf) /Rect [0 0 1 1] /Parent " +
                    std::to_string(parent) + " 0 R >>");
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t offset : offsets) {
    std::string n = std::to_string(offset);
    pdf += std::string(10 - n.size(), '0') + n + " 00000 n \n";
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

std::vector<BadInput> Cases() {
  return {
      {"EncryptedPdf", "locked.pdf", ReadFile(Fixture("bad/encrypted.pdf")), "--password"},
      {"EncryptedPdfWrongPassword",
       "locked.pdf",
       ReadFile(Fixture("bad/encrypted.pdf")),
       "does not open it",
       {"--password", "guess"}},
      {"ScannedPdf", "scan.pdf", ReadFile(Fixture("bad/scanned.pdf")), "OCR"},
      {"ScanWithOcrNever",
       "scan.pdf",
       ReadFile(Fixture("ocr/scan.pdf")),
       "run OCR first",
       {"--ocr", "never"}},
      {"TruncatedPdf", "half.pdf", HalfOf("cpd-competencies.pdf"), "truncated"},
      {"DamagedPdf", "damaged.pdf", "%PDF-1.7\n1 0 obj <<\n%%EOF\n", "damaged"},
      {"PdfThatStallsItsReader",
       "fields.pdf",
       ExponentialFieldTree(),
       "the PDF reader did not finish in 2 s (a damaged or hostile file)",
       {"--time-limit", "2"}},
      {"HtmlNamedPdf", "page.pdf", ReadFile(Fixture("renderings/cpd-competencies.page.html")),
       "not a PDF"},
      {"Empty", "empty.txt", "", "empty file"},
      {"InvalidInEveryEncoding", "bad.txt", "ชื่อ ก\n\xFF\xFE\xFD ", "byte 17"},
      {"NoCompetencies", "notes.txt", "บันทึกการประชุม\n- ก\n", "no competencies found"},
      {"BinaryNamedHtml", "page.html", Garbage(4096), "byte"},
      {"TextNamedPdf", "catalogue.pdf", "ชื่อ ก\nคำจำกัดความ: ข\n", "not a PDF"},
      {"NulBytes", "nul.txt", std::string("ชื่อ ก\n\0\0\0", 20), "binary data"},
      {"OverlongLine",
       "long.txt",
       "ชื่อ " + std::string(5000, 'a'),
       "--max-line-length",
       {"--max-line-length", "1000"}},
      {"DeepHtml", "deep.html", DeepHtml(100000), "--max-html-depth"},
      {"WordDoc", "catalogue.doc", ReadFile(Fixture("docx/bad/legacy.doc")),
       "save it as .docx in Word or LibreOffice"},
      {"TruncatedDocx", "half.docx", ReadFile(Fixture("docx/bad/truncated.docx")),
       "damaged or hostile .docx: the zip archive does not open"},
      {"ZipNotADocument", "catalogue.docx", ReadFile(Fixture("docx/bad/not-a-document.zip")),
       "a zip archive that is not a Word or OpenDocument text document"},
      {"DocxWithoutText", "empty.docx",
       ingest::testing::MakeDocx("<w:p><w:r><w:t> </w:t></w:r></w:p>"), "no text in the document"},
      {"DocxMalformedXml", "broken.docx", ingest::testing::MakeDocx("<w:p><w:r></w:p>"),
       "damaged or hostile .docx: word/document.xml: line 1:"},
      {"DocxNestedTooDeep", "deep.docx", ingest::testing::MakeDocx(DeepDocx(100000)),
       "word/document.xml nests deeper than 512 elements (raise the limit with --max-html-depth)"},
  };
}

void ExpectRefused(const BadInput& c) {
  ScratchDir dir;
  std::string db = dir.File("c.db");
  std::string bad = dir.File(c.file);
  WriteFile(bad, c.content);

  // Into no database: none is created.
  std::vector<std::string> args = {"ingest", "--db", db};
  args.insert(args.end(), c.extra_args.begin(), c.extra_args.end());
  args.push_back(bad);
  CliResult r = RunCli(args);
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_EQ(LineCount(r.err), 1) << r.err;
  EXPECT_NE(r.err.find(bad), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(c.expect), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_FALSE(std::filesystem::exists(db));

  // Into a database that holds a version: byte for byte the same afterwards.
  ASSERT_EQ(RunCli({"ingest", "--db", db, Fixture("cpd-competencies.txt")}).status, 0);
  std::string before = ReadFile(db);
  r = RunCli(args);
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_EQ(ReadFile(db), before);
  EXPECT_FALSE(std::filesystem::exists(db + "-wal") && !ReadFile(db + "-wal").empty());
}

class BadInputTest : public ::testing::TestWithParam<BadInput> {};

TEST_P(BadInputTest, OneLineExitOneDatabaseUnchanged) { ExpectRefused(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Files, BadInputTest, ::testing::ValuesIn(Cases()),
                         [](const auto& info) { return info.param.name; });

// Made here rather than in Cases(): a zip bomb takes a moment to build, and
// Cases() runs in every test's process.
TEST(BadInput, DocxZipBomb) {
  const std::string paragraph = "<w:p><w:r><w:t>ชื่อ ก</w:t></w:r></w:p>";
  std::string body;
  body.reserve((65u << 20) + paragraph.size());
  while (body.size() < (65u << 20)) body += paragraph;
  std::string bomb = ingest::testing::MakeDocx(body);
  ASSERT_LT(bomb.size(), 1u << 20);
  ExpectRefused({"DocxZipBomb", "bomb.docx", bomb,
                 "damaged or hostile .docx: word/document.xml inflates past 64 MiB"});
}

TEST(BadInput, ZipWithTooManyEntries) {
  std::vector<std::pair<std::string, std::string>> entries = {{"word/document.xml", ""}};
  for (int i = 1; i < 10001; ++i) entries.emplace_back("word/media/" + std::to_string(i), "");
  ExpectRefused({"ZipWithTooManyEntries", "many.docx", ingest::testing::MakeZip(entries),
                 "damaged or hostile .docx: the zip archive has 10001 entries"});
}

TEST(BadInput, MissingFile) {
  ScratchDir dir;
  CliResult r = RunCli({"ingest", "--db", dir.File("c.db"), dir.File("nope.txt")});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "samatthana: error: " + dir.File("nope.txt") + ": no such file\n");
}

TEST(BadInput, StrictRefusesAnomaliesAndWritesNothing) {
  ScratchDir dir;
  std::string f = dir.File("gap.txt");
  WriteFile(f, "ชื่อ ก\nคำจำกัดความ: ข\nระดับที่ ๐: ศูนย์\nระดับที่ ๒: สอง\n- ข้อ\n");
  CliResult lenient = RunCli({"ingest", "--db", dir.File("a.db"), f});
  EXPECT_EQ(lenient.status, 0);
  EXPECT_NE(lenient.err.find("warning: " + f + ":1: \"ก\" has no level 1"), std::string::npos)
      << lenient.err;
  CliResult strict = RunCli({"ingest", "--db", dir.File("b.db"), "--strict", f});
  EXPECT_EQ(strict.status, 1);
  EXPECT_NE(strict.err.find("refused under --strict"), std::string::npos) << strict.err;
  EXPECT_FALSE(std::filesystem::exists(dir.File("b.db")));
}

TEST(BadInput, UsageErrorsExitTwo) {
  EXPECT_EQ(RunCli({"ingest"}).status, 2);
  EXPECT_EQ(RunCli({"frobnicate"}).status, 2);
  EXPECT_EQ(RunCli({"export", "--format", "yaml"}).status, 2);
}

}  // namespace
}  // namespace samatthana::testing
