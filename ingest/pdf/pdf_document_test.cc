#include "ingest/pdf/pdf_document.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "ingest/pdf/pdf_test_util.h"

namespace samatthana::ingest {
namespace {

std::string Utf8(const std::u32string& text) {
  std::string out;
  for (char32_t c : text) {
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

std::string OnePagePdf(const std::string& content) { return MinimalPdf({content}); }

// The page's words top to bottom (they come in the order they are drawn).
std::string PageText(PdfDocument* pdf) {
  std::vector<PdfWord> words = pdf->ReadPage(0).words;
  std::stable_sort(words.begin(), words.end(),
                   [](const PdfWord& a, const PdfWord& b) { return a.top < b.top; });
  std::string all;
  for (const PdfWord& w : words) all += Utf8(w.text) + " ";
  return all;
}

TEST(PdfDocument, CharactersClippedAwayAreNotText) {
  // Text inside a clipping rectangle (y 100..500), a line whose glyphs only
  // reach into it from above the clip's top edge (a line a browser moved to
  // the next page), and a line wholly outside it.
  std::string bytes = OnePagePdf(
      "q 0 100 612 400 re W n "
      "BT /F1 12 Tf 72 300 Td (inside) Tj ET "
      "BT /F1 12 Tf 72 499 Td (straddling) Tj ET "
      "BT /F1 12 Tf 72 700 Td (outside) Tj ET Q "
      "BT /F1 12 Tf 72 740 Td (unclipped) Tj ET");
  PdfDocument::OpenResult result;
  std::unique_ptr<PdfDocument> pdf = PdfDocument::OpenBytes(bytes, "", &result);
  ASSERT_NE(pdf, nullptr);
  EXPECT_EQ(PageText(pdf.get()), "unclipped inside ");
}

TEST(PdfDocument, GlyphsWithoutACharacterAreKeptAsShapes) {
  // Code 1 has no glyph name in the standard encoding: no character, as a
  // bullet from a symbol font without its character map.
  std::string bytes =
      MinimalPdf({"BT /F1 12 Tf 60 700 Td (\\001) Tj ET "
                  "BT /F1 12 Tf 72 700 Td (item) Tj ET"});
  PdfDocument::OpenResult result;
  std::unique_ptr<PdfDocument> pdf = PdfDocument::OpenBytes(bytes, "", &result);
  ASSERT_NE(pdf, nullptr);
  PdfPage page = pdf->ReadPage(0);
  ASSERT_EQ(page.shapes.size(), 1u);
  EXPECT_NEAR(page.shapes[0].x0, 60, 0.01);
  EXPECT_LT(page.shapes[0].top, 792 - 700);  // above the baseline
  EXPECT_GT(page.shapes[0].bottom, 792 - 700 - 12);
}

TEST(PdfDocument, ShapesClippedAwayAreNotKept) {
  std::string bytes = OnePagePdf(
      "q 0 100 612 400 re W n 0 g 60 300 4 4 re f 60 700 4 4 re f Q "
      "BT /F1 12 Tf 72 300 Td (item) Tj ET");
  PdfDocument::OpenResult result;
  std::unique_ptr<PdfDocument> pdf = PdfDocument::OpenBytes(bytes, "", &result);
  ASSERT_NE(pdf, nullptr);
  PdfPage page = pdf->ReadPage(0);
  ASSERT_EQ(page.shapes.size(), 1u);
  EXPECT_NEAR(page.shapes[0].top, 792 - 304, 0.01);  // y downwards
}

TEST(PdfDocument, ReadsWordsWithTheEdgesOfEveryCharacter) {
  std::string bytes = FixtureBytes("pdf/shape-bullets.pdf");
  PdfDocument::OpenResult result;
  std::unique_ptr<PdfDocument> pdf = PdfDocument::OpenBytes(bytes, "", &result);
  ASSERT_NE(pdf, nullptr);
  EXPECT_EQ(result, PdfDocument::OpenResult::kOk);
  ASSERT_EQ(pdf->pages(), 1);
  PdfPage page = pdf->ReadPage(0);
  ASSERT_TRUE(page.readable);
  EXPECT_NEAR(page.width, 420, 0.1);  // the fixture is A5, in points
  EXPECT_NEAR(page.height, 595, 0.1);
  std::string all;
  for (const PdfWord& w : page.words) {
    ASSERT_EQ(w.left.size(), w.text.size());
    ASSERT_EQ(w.right.size(), w.text.size());
    EXPECT_LT(w.x0, w.x1);
    EXPECT_LT(w.top, w.bottom);
    for (size_t i = 0; i < w.text.size(); ++i) {
      EXPECT_GE(w.left[i], w.x0 - 0.5);
      EXPECT_LE(w.right[i], w.x1 + 0.5);
    }
    all += Utf8(w.text);
  }
  // Logical order: Thai vowels and marks after their consonant.
  EXPECT_NE(all.find("เชื่อมโยงข้อมูล"), std::string::npos) << all;
  EXPECT_FALSE(pdf->ReadPage(1).readable);
}

TEST(PdfDocument, KeepsTheSmallShapesLeftOfListItems) {
  std::string bytes = FixtureBytes("pdf/shape-bullets.pdf");
  PdfDocument::OpenResult result;
  std::unique_ptr<PdfDocument> pdf = PdfDocument::OpenBytes(bytes, "", &result);
  ASSERT_NE(pdf, nullptr);
  PdfPage page = pdf->ReadPage(0);
  // Three list items, three discs; each sits in the band of a word to its right.
  ASSERT_EQ(page.shapes.size(), 3u);
  for (const PdfShape& s : page.shapes) {
    EXPECT_LT(s.x1 - s.x0, 10);
    bool beside_text = false;
    for (const PdfWord& w : page.words) {
      beside_text |= s.top < w.bottom && s.bottom > w.top && s.x1 < w.x0;
    }
    EXPECT_TRUE(beside_text);
  }
}

TEST(PdfDocument, TextBulletsAreNotShapes) {
  std::string bytes = FixtureBytes("renderings/cpd-competencies.browser-bullets.pdf");
  PdfDocument::OpenResult result;
  std::unique_ptr<PdfDocument> pdf = PdfDocument::OpenBytes(bytes, "", &result);
  ASSERT_NE(pdf, nullptr);
  size_t shapes = 0;
  for (int i = 0; i < pdf->pages(); ++i) shapes += pdf->ReadPage(i).shapes.size();
  EXPECT_EQ(shapes, 0u);
}

TEST(PdfDocument, EncryptedDocumentsOpenOnlyWithTheirPassword) {
  std::string bytes = FixtureBytes("bad/encrypted.pdf");
  PdfDocument::OpenResult result;
  EXPECT_EQ(PdfDocument::OpenBytes(bytes, "", &result), nullptr);
  EXPECT_EQ(result, PdfDocument::OpenResult::kLocked);
  EXPECT_EQ(PdfDocument::OpenBytes(bytes, "wrong", &result), nullptr);
  EXPECT_EQ(result, PdfDocument::OpenResult::kLocked);
  std::unique_ptr<PdfDocument> pdf = PdfDocument::OpenBytes(bytes, "samatthana", &result);
  ASSERT_NE(pdf, nullptr);
  EXPECT_EQ(result, PdfDocument::OpenResult::kOk);
  EXPECT_FALSE(pdf->ReadPage(0).words.empty());
}

TEST(PdfDocument, DamagedAndMissingFilesDoNotOpen) {
  PdfDocument::OpenResult result;
  EXPECT_EQ(PdfDocument::OpenBytes("%PDF-1.4\nnothing here\n%%EOF\n", "", &result), nullptr);
  EXPECT_EQ(result, PdfDocument::OpenResult::kDamaged);
  EXPECT_EQ(PdfDocument::OpenFile("/nonexistent/file.pdf", "", &result), nullptr);
  EXPECT_EQ(result, PdfDocument::OpenResult::kDamaged);
}

TEST(PdfDocument, OpensFromDiskAsFromMemory) {
  std::string path = std::string(SAMATTHANA_FIXTURES) + "/cpd-competencies.pdf";
  std::string bytes = FixtureBytes("cpd-competencies.pdf");
  PdfDocument::OpenResult result;
  std::unique_ptr<PdfDocument> from_disk = PdfDocument::OpenFile(path, "", &result);
  std::unique_ptr<PdfDocument> from_memory = PdfDocument::OpenBytes(bytes, "", &result);
  ASSERT_NE(from_disk, nullptr);
  ASSERT_NE(from_memory, nullptr);
  ASSERT_EQ(from_disk->pages(), from_memory->pages());
  PdfPage a = from_disk->ReadPage(from_disk->pages() / 2);
  PdfPage b = from_memory->ReadPage(from_memory->pages() / 2);
  ASSERT_EQ(a.words.size(), b.words.size());
  ASSERT_FALSE(a.words.empty());
  EXPECT_EQ(a.words.back().text, b.words.back().text);
}

// Content streams lost to damage: the objects the pages name are not where
// the cross-reference says. Poppler complains only about the first; each
// page is still known for what it is, not taken for a blank page.
TEST(PdfDocument, EveryPageWhoseContentIsLostIsUnreadable) {
  std::string bytes =
      MinimalPdf({"BT /F1 12 Tf 72 700 Td (one) Tj ET", "BT /F1 12 Tf 72 700 Td (two) Tj ET",
                  "BT /F1 12 Tf 72 700 Td (three) Tj ET"});
  for (const char* object : {"\n7 0 obj", "\n9 0 obj"}) {  // pages 2 and 3's contents
    size_t at = bytes.find(object);
    ASSERT_NE(at, std::string::npos);
    bytes.replace(at + 1, 8, "xx x xxx");
  }
  PdfDocument::OpenResult opened;
  std::unique_ptr<PdfDocument> pdf = PdfDocument::OpenBytes(bytes, "", &opened);
  ASSERT_NE(pdf, nullptr);
  EXPECT_TRUE(pdf->ReadPage(0).readable);
  EXPECT_FALSE(pdf->ReadPage(1).readable);
  EXPECT_FALSE(pdf->ReadPage(2).readable);
}

TEST(PdfDocument, APageWithoutContentIsBlankNotLost) {
  std::string bytes = MinimalPdf({""});
  size_t at = bytes.find(" /Contents 5 0 R");
  ASSERT_NE(at, std::string::npos);
  bytes.replace(at, 16, std::string(16, ' '));  // same length: the offsets hold
  PdfDocument::OpenResult opened;
  std::unique_ptr<PdfDocument> pdf = PdfDocument::OpenBytes(bytes, "", &opened);
  ASSERT_NE(pdf, nullptr);
  PdfPage page = pdf->ReadPage(0);
  EXPECT_TRUE(page.readable);
  EXPECT_TRUE(page.words.empty());
}

}  // namespace
}  // namespace samatthana::ingest
