#include "ingest/pdf/font_truth.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

namespace samatthana::ingest {
namespace {

// The subset fonts fixtures/make_damaged_pdfs.py embeds: Garuda, its digits
// with the ASCII ones drawn as Thai digits, and Garuda without cmap or
// glyph names.
std::unique_ptr<FontTruth> Font(const std::string& name) {
  std::ifstream in(std::string(SAMATTHANA_FIXTURES) + "/pdf/" + name, std::ios::binary);
  std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)),
                                   std::istreambuf_iterator<char>());
  return FontTruth::Read(std::move(bytes));
}

TEST(CharForGlyphName, ReadsUniNamesAglNamesAndVariants) {
  EXPECT_EQ(CharForGlyphName("uni0E4D"), U'\u0E4D');
  EXPECT_EQ(CharForGlyphName("nikhahitthai"), U'\u0E4D');
  EXPECT_EQ(CharForGlyphName("saraamthai"), U'\u0E33');
  EXPECT_EQ(CharForGlyphName("khomutthai"), U'\u0E5B');
  EXPECT_EQ(CharForGlyphName("uni0E48.small"), U'\u0E48');
  EXPECT_EQ(CharForGlyphName("four"), U'4');
  EXPECT_EQ(CharForGlyphName("uF70A"), U'\uF70A');
}

TEST(CharForGlyphName, NamesThatSayNothingAreNothing) {
  EXPECT_EQ(CharForGlyphName("glyph00285"), 0u);
  EXPECT_EQ(CharForGlyphName("uni0e4d"), 0u);  // the AGL asks for upper-case hex
  EXPECT_EQ(CharForGlyphName(".notdef"), 0u);
  EXPECT_EQ(CharForGlyphName(""), 0u);
}

TEST(FontTruth, CmapNamesTheCharacterOfEachGlyph) {
  std::unique_ptr<FontTruth> font = Font("garuda.ttf");
  ASSERT_NE(font, nullptr);
  EXPECT_TRUE(font->names_glyphs());
  unsigned nikhahit = font->GlyphOf(U'\u0E4D');
  ASSERT_NE(nikhahit, 0u);
  EXPECT_EQ(font->CharsOf(nikhahit), std::u32string(U"\u0E4D"));
  // A legacy glyph is named by its private-use codepoint.
  unsigned low_mai_ek = font->GlyphOf(U'\uF70A');
  ASSERT_NE(low_mai_ek, 0u);
  EXPECT_EQ(font->CharsOf(low_mai_ek), std::u32string(U"\uF70A"));
}

TEST(FontTruth, DigitsDrawnWithThaiDigitOutlinesAreTheSame) {
  std::unique_ptr<FontTruth> font = Font("garuda-digits-without-8.ttf");
  ASSERT_NE(font, nullptr);
  unsigned four = font->GlyphOf(U'4');
  unsigned thai_four = font->GlyphOf(U'\u0E54');
  ASSERT_NE(four, 0u);
  ASSERT_NE(thai_four, 0u);
  EXPECT_NE(four, thai_four);
  EXPECT_TRUE(font->SameOutline(four, thai_four));
  EXPECT_FALSE(font->SameOutline(four, font->GlyphOf(U'\u0E55')));
  EXPECT_NE(font->OutlineHash(four), 0u);
  EXPECT_EQ(font->OutlineHash(four), font->OutlineHash(thai_four));
  EXPECT_NE(font->OutlineHash(four), font->OutlineHash(font->GlyphOf(U'5')));
}

TEST(FontTruth, EmptyGlyphsHaveNoOutline) {
  std::unique_ptr<FontTruth> font = Font("garuda.ttf");
  ASSERT_NE(font, nullptr);
  unsigned space = font->GlyphOf(U' ');
  ASSERT_NE(space, 0u);
  EXPECT_FALSE(font->SameOutline(space, space));
  EXPECT_EQ(font->OutlineHash(space), 0u);
  GlyphBox box = font->BoxOf(space);
  EXPECT_TRUE(box.empty);
  EXPECT_GT(box.advance, 0);
}

TEST(FontTruth, AFontWithoutCmapOrNamesSaysNothingButItsBoxes) {
  std::unique_ptr<FontTruth> font = Font("garuda-unnamed.ttf");
  ASSERT_NE(font, nullptr);
  EXPECT_FALSE(font->names_glyphs());
  EXPECT_EQ(font->GlyphOf(U'\u0E32'), 0u);
  ASSERT_GT(font->glyph_count(), 40u);
  for (unsigned gid = 0; gid < font->glyph_count(); ++gid) {
    EXPECT_TRUE(font->CharsOf(gid).empty()) << gid;
  }
  // Some glyph has ink above the baseline and an advance.
  GlyphBox box = font->BoxOf(font->glyph_count() - 1);
  EXPECT_FALSE(box.empty);
  EXPECT_GT(box.y_max, box.y_min);
}

TEST(FontTruth, BytesThatAreNoFontAreRefused) {
  EXPECT_EQ(FontTruth::Read({'n', 'o', 't', ' ', 'a', ' ', 'f', 'o', 'n', 't'}), nullptr);
  EXPECT_EQ(FontTruth::Read({}), nullptr);
}

}  // namespace
}  // namespace samatthana::ingest
