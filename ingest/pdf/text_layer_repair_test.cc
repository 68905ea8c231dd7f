#include "ingest/pdf/text_layer_repair.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

namespace samatthana::ingest {
namespace {

std::unique_ptr<FontTruth> RepairFont(const std::string& name) {
  std::ifstream in(std::string(SAMATTHANA_FIXTURES) + "/pdf/" + name, std::ios::binary);
  std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)),
                                   std::istreambuf_iterator<char>());
  return FontTruth::Read(std::move(bytes));
}

// Garuda cut down, its cmap and glyph names kept; the unnamed one has the
// same glyphs in the same order, and neither cmap nor names.
class TextLayerRepair : public ::testing::Test {
 protected:
  void SetUp() override {
    named_ = RepairFont("garuda.ttf");
    unnamed_ = RepairFont("garuda-unnamed.ttf");
    ASSERT_NE(named_, nullptr);
    ASSERT_NE(unnamed_, nullptr);
  }
  // A code (the glyph id, as Word's Identity-H fonts have it) read as `text`.
  CodeReading Read(char32_t glyph_of, std::u32string text) const {
    unsigned gid = named_->GlyphOf(glyph_of);
    EXPECT_NE(gid, 0u) << static_cast<unsigned>(glyph_of);
    return {gid, gid, std::move(text)};
  }
  // Every Thai letter and mark of the font read right.
  std::vector<CodeReading> RightReadings() const {
    std::vector<CodeReading> codes;
    for (char32_t c = 0x0E01; c <= 0x0E5B; ++c) {
      if (named_->GlyphOf(c) != 0) codes.push_back(Read(c, std::u32string(1, c)));
    }
    return codes;
  }

  std::unique_ptr<FontTruth> named_;
  std::unique_ptr<FontTruth> unnamed_;
};

TEST_F(TextLayerRepair, ATextLayerThatAgreesWithTheFontNeedsNothing) {
  std::vector<CodeReading> codes = RightReadings();
  codes.push_back(Read(U'\uF70A', U"\u0E48"));        // a legacy glyph read as its standard mark
  codes.push_back(Read(U'\u0E33', U"\u0E4D\u0E32"));  // one glyph, two characters
  codes.push_back(Read(U',', U"?"));                  // not Thai: left as read
  EXPECT_TRUE(FontRepair::Plan(*named_, codes).empty());
}

TEST_F(TextLayerRepair, NikhahitReadAsASpaceIsNikhahit) {
  std::vector<CodeReading> codes = RightReadings();
  CodeReading nikhahit = Read(U'\u0E4D', U" ");
  codes.push_back(nikhahit);
  FontRepair plan = FontRepair::Plan(*named_, codes);
  const GlyphRepair* fix = plan.Find(nikhahit.code);
  ASSERT_NE(fix, nullptr);
  EXPECT_EQ(fix->c, U'\u0E4D');
  EXPECT_EQ(fix->kind, RepairKind::kSaraAm);
  EXPECT_EQ(plan.Find(Read(U'\u0E01', U"").code), nullptr);  // ก was read right
}

TEST_F(TextLayerRepair, SaraAaReadAsSaraAmIsSaraAa) {
  CodeReading aa = Read(U'\u0E32', U"\u0E33");
  FontRepair plan = FontRepair::Plan(*named_, {aa});
  ASSERT_NE(plan.Find(aa.code), nullptr);
  EXPECT_EQ(plan.Find(aa.code)->c, U'\u0E32');
  EXPECT_EQ(plan.Find(aa.code)->kind, RepairKind::kSaraAm);
}

TEST_F(TextLayerRepair, AMarkTheTextLayerLostIsReadFromTheFont) {
  CodeReading mai_tho = Read(U'\u0E49', U"");
  FontRepair plan = FontRepair::Plan(*named_, {mai_tho});
  ASSERT_NE(plan.Find(mai_tho.code), nullptr);
  EXPECT_EQ(plan.Find(mai_tho.code)->c, U'\u0E49');
  EXPECT_EQ(plan.Find(mai_tho.code)->kind, RepairKind::kThaiMark);
}

TEST_F(TextLayerRepair, AsciiDigitDrawnWithAThaiDigitOutlineIsTheThaiDigit) {
  // A subset whose ASCII digits are drawn with its Thai digits' outlines.
  std::unique_ptr<FontTruth> font = RepairFont("garuda-digits-without-8.ttf");
  ASSERT_NE(font, nullptr);
  unsigned four = font->GlyphOf(U'4'), thai_five = font->GlyphOf(U'\u0E55');
  FontRepair plan =
      FontRepair::Plan(*font, {{four, four, U"4"}, {thai_five, thai_five, U"\u0E55"}});
  ASSERT_NE(plan.Find(four), nullptr);
  EXPECT_EQ(plan.Find(four)->c, U'\u0E54');
  EXPECT_EQ(plan.Find(four)->kind, RepairKind::kThaiDigit);
  EXPECT_EQ(plan.Find(thai_five), nullptr);
}

// The codes of a digits-only subset, each read as its own ASCII digit.
std::vector<CodeReading> AsciiDigits(const FontTruth& font) {
  std::vector<CodeReading> codes;
  for (char32_t d = U'0'; d <= U'9'; ++d) {
    unsigned gid = font.GlyphOf(d);
    if (gid != 0) codes.push_back({gid, gid, std::u32string(1, d)});
  }
  return codes;
}

TEST_F(TextLayerRepair, DigitsOfOneSetAreThaiWhenTheOnesThatCanBeComparedAre) {
  // A subset that dropped ๘ (its outline and cmap entry) but kept the others.
  std::unique_ptr<FontTruth> font = RepairFont("garuda-digits-without-8.ttf");
  ASSERT_NE(font, nullptr);
  FontRepair plan = FontRepair::Plan(*font, AsciiDigits(*font));
  const GlyphRepair* eight = plan.Find(font->GlyphOf(U'8'));
  ASSERT_NE(eight, nullptr);
  EXPECT_EQ(eight->c, U'\u0E58');
}

TEST_F(TextLayerRepair, AnotherFontOfTheDocumentTellsDigitsASubsetCannot) {
  // A subset that kept no Thai digit: alone it says nothing; the other
  // subset of the same font, in the same document, has them.
  std::unique_ptr<FontTruth> font = RepairFont("garuda-digits-ascii-only.ttf");
  ASSERT_NE(font, nullptr);
  std::vector<CodeReading> codes = AsciiDigits(*font);
  EXPECT_TRUE(FontRepair::Plan(*font, codes).empty());
  ThaiDigitOutlines document;
  AddThaiDigitOutlines(*named_, &document);
  EXPECT_EQ(document.size(), 10u);
  int asked = 0;
  FontRepair plan = FontRepair::Plan(*font, codes, [&]() -> const ThaiDigitOutlines& {
    ++asked;
    return document;
  });
  EXPECT_EQ(asked, 1);
  for (const CodeReading& r : codes) {
    ASSERT_NE(plan.Find(r.code), nullptr) << static_cast<char>(r.text[0]);
    EXPECT_EQ(plan.Find(r.code)->c, 0x0E50 + (r.text[0] - U'0'));
  }
}

TEST_F(TextLayerRepair, AsciiDigitsOfAnotherShapeStayAscii) {
  // Garuda's ASCII digits are not its Thai digits: its own glyphs tell, and
  // the document's other fonts are never asked.
  int asked = 0;
  ThaiDigitOutlines document;
  AddThaiDigitOutlines(*named_, &document);
  FontRepair plan =
      FontRepair::Plan(*named_, AsciiDigits(*named_), [&]() -> const ThaiDigitOutlines& {
        ++asked;
        return document;
      });
  EXPECT_TRUE(plan.empty());
  EXPECT_EQ(asked, 0);
}

TEST_F(TextLayerRepair, AnUnnamedFontTellsSaraAmFromSaraAaByItsBox) {
  std::vector<CodeReading> codes = RightReadings();
  for (CodeReading& r : codes) {
    if (r.text == U"\u0E32") r.text = U"\u0E33";  // every SARA AA read as SARA AM
  }
  FontRepair plan = FontRepair::Plan(*unnamed_, codes);
  unsigned aa = named_->GlyphOf(U'\u0E32'), am = named_->GlyphOf(U'\u0E33');
  ASSERT_NE(plan.Find(aa), nullptr);
  EXPECT_EQ(plan.Find(aa)->c, U'\u0E32');
  EXPECT_EQ(plan.Find(am), nullptr);  // SARA AM's own glyph was read right
  EXPECT_EQ(plan.Find(named_->GlyphOf(U'\u0E01')), nullptr);
}

TEST_F(TextLayerRepair, AnUnnamedFontReadRightNeedsNothing) {
  EXPECT_TRUE(FontRepair::Plan(*unnamed_, RightReadings()).empty());
}

TEST(RepairSummary, CountsAndNamesTheKinds) {
  RepairCounts counts{};
  EXPECT_EQ(RepairSummary(counts), "");
  counts[static_cast<size_t>(RepairKind::kSaraAm)] = 1200;
  counts[static_cast<size_t>(RepairKind::kThaiDigit)] = 34;
  EXPECT_EQ(RepairSummary(counts),
            "repaired 1,234 characters whose text layer disagreed with the font (sara am, Thai "
            "digits)");
  RepairCounts one{};
  one[static_cast<size_t>(RepairKind::kThaiMark)] = 1;
  EXPECT_EQ(RepairSummary(one),
            "repaired 1 character whose text layer disagreed with the font (marks)");
}

}  // namespace
}  // namespace samatthana::ingest
