// The PDF reader on text layers that lie: the fixtures of
// fixtures/make_damaged_pdfs.py set one text in one font, with a right and
// with damaged ToUnicode maps.
#include <gtest/gtest.h>

#include <filesystem>

#include "ingest/pdf/pdf_extractor.h"
#include "ingest/pdf/pdf_test_util.h"

namespace samatthana::ingest {
namespace {

std::vector<std::string> LayerTexts(const Document& doc) {
  std::vector<std::string> out;
  for (const Line& l : doc.lines) out.push_back(l.text);
  return out;
}

std::string RepairWarning(const Document& doc) {
  for (const Diagnostic& w : doc.warnings) {
    if (w.message.rfind("repaired ", 0) == 0) return w.message;
  }
  return "";
}

Document Read(const std::string& fixture, ReadOptions options = {}) {
  Result<Document> doc = ReadPdf(FixtureBytes(fixture), options);
  EXPECT_TRUE(doc.ok()) << fixture << ": " << doc.status().ToString();
  return doc.ok() ? *doc : Document{};
}

TEST(PdfTextLayer, TheCleanFixtureReadsAsItsPage) {
  Document clean = Read("pdf/text-layer-clean.pdf");
  EXPECT_EQ(LayerTexts(clean), (std::vector<std::string>{
                                   "ตำแหน่งงานประจำสำนักงาน",
                                   "ข้อ ๑๘ อำนาจหน้าที่ของผู้อำนวยการ",
                                   "มาตรา ๕๔ ค่าใช้จ่ายจำนวน ๑,๒๕๐ บาท",
                                   "น้ำใจ ค้ำประกัน ต่ำกว่า ทำงานร่วมกัน",
                                   "Version 2.5 (2024)",
                               }));
  EXPECT_EQ(RepairWarning(clean), "");
  for (const Line& l : clean.lines) EXPECT_FALSE(l.repaired) << l.text;
}

TEST(PdfTextLayer, LostSaraAmIsReadFromTheFont) {
  // Without repair the damage shows: NIKHAHIT was read as a space.
  ReadOptions raw;
  raw.repair_text_layer = false;
  EXPECT_EQ(Read("pdf/text-layer-lost-sara-am.pdf", raw).lines.at(0).text, "ตาแหน่งงานประจาสานักงาน");

  Document clean = Read("pdf/text-layer-clean.pdf");
  Document doc = Read("pdf/text-layer-lost-sara-am.pdf");
  EXPECT_EQ(LayerTexts(doc), LayerTexts(clean));
  EXPECT_EQ(RepairWarning(doc),
            "repaired 10 characters whose text layer disagreed with the font (sara am)");
  std::vector<bool> repaired;
  for (const Line& l : doc.lines) repaired.push_back(l.repaired);
  EXPECT_EQ(repaired, (std::vector<bool>{true, true, true, true, false}));
}

TEST(PdfTextLayer, SwappedSaraAaAndSaraAmAreReadFromTheFont) {
  ReadOptions raw;
  raw.repair_text_layer = false;
  EXPECT_EQ(Read("pdf/text-layer-swapped-sara-am.pdf", raw).lines.at(0).text,
            "ตำแหน่งงำนประจำสำนักงำน");
  Document doc = Read("pdf/text-layer-swapped-sara-am.pdf");
  EXPECT_EQ(LayerTexts(doc), LayerTexts(Read("pdf/text-layer-clean.pdf")));
  EXPECT_NE(RepairWarning(doc).find("(sara am)"), std::string::npos) << RepairWarning(doc);
}

TEST(PdfTextLayer, AsciiDigitsDrawnAsThaiDigitsReadAsThePageShows) {
  Document doc = Read("pdf/text-layer-thai-digit-font.pdf");
  // The English line's digits are Helvetica's own: left as they are.
  EXPECT_EQ(LayerTexts(doc), LayerTexts(Read("pdf/text-layer-clean.pdf")));
  EXPECT_EQ(RepairWarning(doc),
            "repaired 7 characters whose text layer disagreed with the font (Thai digits)");
}

TEST(PdfTextLayer, AnUnnamedFontIsRepairedByItsGlyphBoxes) {
  Document doc = Read("pdf/text-layer-unnamed-sara-am.pdf");
  EXPECT_EQ(LayerTexts(doc), LayerTexts(Read("pdf/text-layer-clean.pdf")));
  EXPECT_NE(RepairWarning(doc).find("(sara am)"), std::string::npos) << RepairWarning(doc);
}

TEST(PdfTextLayer, ToneMarksDrawnOffTheirLineGoBackToTheirLetters) {
  Document doc = Read("pdf/text-layer-detached-marks.pdf");
  EXPECT_EQ(LayerTexts(doc),
            (std::vector<std::string>{"หน้า ๑", "ผู้ว่าการ", "ตำแหน่งงานประจำสำนักงาน"}));
  EXPECT_EQ(RepairWarning(doc), "");
}

TEST(PdfTextLayer, UnderOcrNeverAGarbageTextLayerIsRefusedNamingItsPages) {
  Document doc;
  ReadOptions never;
  never.ocr = OcrMode::kNever;
  Status s =
      ExtractPdfLines(FixtureBytes("pdf/text-layer-garbage.pdf"), "garbage.pdf", never, &doc);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.ToString(),
            "garbage.pdf: pages 1-2: the text layer does not decode to readable text (a wrong "
            "ToUnicode map); OCR it (--ocr auto)");
  EXPECT_EQ(doc.unreadable_pages, (std::vector<int>{1, 2}));
}

TEST(PdfTextLayer, GarbagePagesAreReadByOcrAndTheRestFromTheirTextLayer) {
  Document doc = Read("pdf/text-layer-garbage.pdf");
  EXPECT_EQ(doc.unreadable_pages, (std::vector<int>{1, 2}));
  EXPECT_EQ(doc.ocr_pages, 2);
  std::string ocr_text;
  for (const Line& l : doc.lines) {
    // Page 3's English text layer is right, and read as it is.
    EXPECT_EQ(l.confidence >= 0, l.page <= 2) << l.page << ": " << l.text;
    if (l.page != 1) continue;
    for (char c : l.text) {
      if (c != ' ') ocr_text += c;  // OCR may space a Thai line otherwise
    }
    ocr_text += "\n";
  }
  EXPECT_NE(ocr_text.find("ประจำสำนักงาน"), std::string::npos) << ocr_text;
  EXPECT_NE(ocr_text.find("อำนาจหน้าที่"), std::string::npos) << ocr_text;
}

TEST(PdfTextLayer, AnEnglishOrNumbersOnlyPageIsNotRefused) {
  Result<Document> doc = ReadPdf(MinimalPdf(
      {"BT /F1 12 Tf 72 700 Td (Annex: the English summary of this notice) Tj ET "
       "BT /F1 12 Tf 72 680 Td (Fees: 1,250 baht, payable within 30 days) Tj ET",
       "BT /F1 12 Tf 72 700 Td (1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20) Tj ET"}));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_TRUE(doc->unreadable_pages.empty());
}

// Every PDF the corpus tests read has a right text layer: nothing in them
// may be repaired, and nothing refused.
TEST(PdfTextLayer, RightTextLayersAreNeverRepaired) {
  namespace fs = std::filesystem;
  std::vector<std::string> pdfs = {"cpd-competencies.pdf", "pdf/furniture.pdf", "pdf/wraps.pdf",
                                   "pdf/shape-bullets.pdf", "pdf/text-layer-clean.pdf"};
  for (const auto& e : fs::directory_iterator(std::string(SAMATTHANA_FIXTURES) + "/renderings")) {
    if (e.path().extension() == ".pdf")
      pdfs.push_back("renderings/" + e.path().filename().string());
  }
  for (const std::string& pdf : pdfs) {
    Document doc = Read(pdf);
    EXPECT_EQ(RepairWarning(doc), "") << pdf;
    for (const Line& l : doc.lines) EXPECT_FALSE(l.repaired) << pdf << ": " << l.text;
  }
}

}  // namespace
}  // namespace samatthana::ingest
