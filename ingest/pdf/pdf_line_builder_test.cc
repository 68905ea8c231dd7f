#include "ingest/pdf/pdf_line_builder.h"

#include <gtest/gtest.h>

namespace samatthana::ingest {
namespace {

// A word at `x`, glyphs `advance` wide except marks (zero width), on the line at `top`.
PdfWord W(std::u32string text, double x, double top = 100, double advance = 10) {
  PdfWord w;
  w.text = text;
  w.x0 = x;
  w.top = top;
  w.bottom = top + 20;
  double pen = x;
  for (char32_t c : text) {
    bool mark = c == U'\u0E48' || c == U'\u0E49' || c == U'\u0E31' || c == U'\u0E35' ||
                c == U'\u0E38' || c == U'\u0E37' || c == U'\u0E4D';
    w.left.push_back(pen);
    if (!mark) pen += advance;
    w.right.push_back(pen);
  }
  w.x1 = pen;
  return w;
}

std::vector<std::string> LineTexts(const PageLines& p) {
  std::vector<std::string> out;
  for (const VisualLine& l : p.lines) out.push_back(l.text);
  return out;
}

TEST(PdfLineBuilder, WordsOnOneBaselineMakeOneLine) {
  PdfLineBuilder b;
  PageLines p = b.Build(1, 595, 842, {W(U"ก", 70), W(U"ข", 85), W(U"ค", 70, 130)});
  EXPECT_EQ(LineTexts(p), (std::vector<std::string>{"ก ข", "ค"}));
  EXPECT_DOUBLE_EQ(p.lines[0].x0, 70);
  EXPECT_DOUBLE_EQ(p.lines[0].x1, 95);
}

TEST(PdfLineBuilder, StrayGlyphsJoinTheirLineWhateverPopplersOrder) {
  PdfLineBuilder b;
  // The end of the first line comes last, as Poppler's blocks can order it.
  PageLines p = b.Build(1, 595, 842, {W(U"ก", 70), W(U"ค", 70, 130), W(U"ข", 80)});
  EXPECT_EQ(LineTexts(p), (std::vector<std::string>{"กข", "ค"}));
}

// `word` with its NIKHAHITs marked as read from their font.
PdfWord RepairedNikhahit(PdfWord word) {
  word.repaired.assign(word.text.size(), false);
  for (size_t i = 0; i < word.text.size(); ++i) word.repaired[i] = word.text[i] == U'\u0E4D';
  return word;
}

TEST(PdfLineBuilder, ARepairedNikhahitAndSaraAaAreSaraAm) {
  // Word draws "ต่ำ" as ต, the tone, NIKHAHIT and SARA AA.
  PdfLineBuilder b;
  PageLines p =
      b.Build(1, 595, 842,
              {RepairedNikhahit(W(U"ต\u0E4Dาแหน่ง", 100)), RepairedNikhahit(W(U"ต่\u0E4Dา", 200))});
  EXPECT_EQ(LineTexts(p), (std::vector<std::string>{"ตำแหน่ง ต่ำ"}));
  EXPECT_TRUE(p.lines[0].repaired);
}

TEST(PdfLineBuilder, ARepairedSaraAaAfterNikhahitIsSaraAm) {
  // The text layer read NIKHAHIT right and this SARA AA as SARA AM.
  PdfWord w = W(U"ส\u0E4Dานัก", 100);
  w.repaired = {false, false, true, false, false, false};
  PdfLineBuilder b;
  PageLines p = b.Build(1, 595, 842, {w});
  EXPECT_EQ(LineTexts(p), (std::vector<std::string>{"สำนัก"}));
}

TEST(PdfLineBuilder, ANikhahitTheTextLayerReadIsLeftToTheNormalizer) {
  PdfLineBuilder b;
  PageLines p = b.Build(1, 595, 842, {W(U"ต\u0E4Dา", 100)});
  EXPECT_EQ(LineTexts(p), (std::vector<std::string>{"ต\u0E4Dา"}));
  EXPECT_FALSE(p.lines[0].repaired);
}

TEST(PdfLineBuilder, MarksDrawnApartOffTheLineGoBackToIt) {
  // "หน้า": the tone mark drawn on its own, 9pt above the line; its box is
  // off the line's band, and it has no width.
  PdfLineBuilder b;
  PdfWord tone = W(U"\u0E49", 120, 91);
  PageLines p = b.Build(1, 595, 842, {W(U"หนา", 100), tone, W(U"ข", 100, 140)});
  EXPECT_EQ(LineTexts(p), (std::vector<std::string>{"หน้า", "ข"}));
}

TEST(PdfLineBuilder, MarksAloneFarFromAnyLineStayApart) {
  PdfLineBuilder b;
  PageLines p = b.Build(1, 595, 842, {W(U"หนา", 100), W(U"\u0E49\u0E49", 300, 160, 10)});
  ASSERT_EQ(p.lines.size(), 1u);  // the marks alone have no width: invisible
  EXPECT_EQ(p.lines[0].text, "หนา");
}

TEST(PdfLineBuilder, DisplacedMarkGoesBackToItsBase) {
  // "ทั่ว": Poppler reports ทั, then ว, then the tone mark drawn just right of
  // ท's end (it sits on MAI HAN-AKAT), as separate words sorted by x.
  PdfLineBuilder b;
  PdfWord th = W(U"ทั", 100);     // ท 100-110, ั at 110
  PdfWord wo = W(U"ว", 109.98);  // ว starts where ท ends
  PdfWord tone = W(U"่", 110.5);  // the tone, drawn a little right of ท's end
  PageLines p = b.Build(1, 595, 842, {th, wo, tone});
  EXPECT_EQ(LineTexts(p), (std::vector<std::string>{"ทั่ว"}));
}

// A word in a monospaced font: every character has a cell `cell` wide; a
// mark's cell is its base's, and SARA AM's box spans its letter's cell and
// the next, as LibreOffice sets Tlwg Typo.
PdfWord Mono(std::u32string text, double x, double cell = 9) {
  PdfWord w;
  w.text = text;
  w.x0 = x;
  w.top = 100;
  w.bottom = 120;
  double pen = x, base = x;
  for (char32_t c : text) {
    bool mark = c == U'\u0E48' || c == U'\u0E35' || c == U'\u0E31';
    if (mark) {
      w.left.push_back(base);
      w.right.push_back(base + cell);
    } else if (c == U'\u0E33') {
      w.left.push_back(base);
      w.right.push_back(base + 2 * cell);
      pen = base + 2 * cell;
    } else {
      base = pen;
      w.left.push_back(pen);
      pen += cell;
      w.right.push_back(pen);
    }
  }
  w.x1 = pen;
  return w;
}

TEST(PdfLineBuilder, MarksInTheirBasesCellInAMonospacedFont) {
  PdfLineBuilder b;
  // "ที่จำ": Poppler splits it into words at the marks; each part reaches
  // back over the cell of the letter before.
  PdfWord t = Mono(U"ท", 100), marks = Mono(U"ท\u0E35\u0E48", 100), cham = Mono(U"จำ", 109);
  marks.text = U"\u0E35\u0E48";
  marks.left.erase(marks.left.begin());
  marks.right.erase(marks.right.begin());
  PdfWord am = cham;  // SARA AM as a word of its own, over จ's cell
  am.text = U"\u0E33";
  am.left = {109};
  am.right = {127};
  cham.text = U"จ";
  cham.left.resize(1);
  cham.right = {118};
  cham.x1 = 118;
  PageLines p = b.Build(1, 595, 842, {t, marks, am, cham});
  EXPECT_EQ(LineTexts(p), (std::vector<std::string>{"ที่จำ"}));
}

TEST(PdfLineBuilder, MarksOnOneBaseInTypingOrder) {
  PdfLineBuilder b;
  // อ + MAI EK + SARA UEE as drawn; typed order is อ ื ่.
  PdfWord w = W(U"อ\u0E48\u0E37น", 100);
  PageLines p = b.Build(1, 595, 842, {w});
  EXPECT_EQ(LineTexts(p), (std::vector<std::string>{"อื่น"}));
}

TEST(PdfLineBuilder, SmallGapAfterAMarkIsNotASpace) {
  PdfLineBuilder b;
  std::vector<PdfWord> words;
  // Teach it the document's space: 5 points (0.25 of the height).
  for (int i = 0; i < 10; ++i) {
    words.push_back(W(U"กก", 70, 200 + 30 * i));
    words.push_back(W(U"ขข", 95, 200 + 30 * i));
  }
  // "แนวโน้" then "ม" 2 points later: a gap a mark left inside a word.
  words.push_back(W(U"แนวโน้", 70));
  words.push_back(W(U"ม", 122));
  PageLines p = b.Build(1, 595, 842, words);
  EXPECT_EQ(p.lines.front().text, "แนวโน้ม");
  EXPECT_EQ(p.lines[1].text, "กก ขข");
}

// A typed list: more items than word spaces, each mark set 14 points
// before its text. Those gaps are the list's indent; the spaces between
// words stay spaces.
TEST(PdfLineBuilder, TheGapAfterAListMarkIsNotLearntAsASpace) {
  PdfLineBuilder b;
  std::vector<PdfWord> words;
  double top = 100;
  for (int i = 0; i < 12; ++i) {
    words.push_back(W(i % 2 ? U"-" : U"2.", 70, top += 30));
    words.push_back(W(U"ข้อ", i % 2 ? 94 : 104, top));
  }
  words.push_back(W(U"ระดับ", 70, top += 30));
  words.push_back(W(U"๕:", 115, top));
  PageLines p = b.Build(1, 595, 842, words);
  EXPECT_EQ(p.lines.back().text, "ระดับ ๕:");
}

TEST(PdfLineBuilder, LeadingBulletAndFirstWordWidth) {
  PdfLineBuilder b;
  PageLines p = b.Build(1, 595, 842, {W(U"\uF0B7", 70), W(U"การคิด", 88)});
  ASSERT_EQ(p.lines.size(), 1u);
  EXPECT_TRUE(p.lines[0].starts_with_bullet);
  EXPECT_DOUBLE_EQ(p.lines[0].text_x0, 88);
  // "การคิด" is two words to the dictionary: "การ" is the first, 30 points.
  EXPECT_NEAR(p.lines[0].first_word_width, 30, 0.01);
}

TEST(PdfLineBuilder, ALeadingDashApartFromTheTextIsABullet) {
  PdfLineBuilder b;
  PageLines p = b.Build(1, 595, 842,
                        {W(U"\u2013", 70), W(U"การคิด", 88), W(U"-", 70, 130), W(U"๑๒", 85, 130),
                         W(U"-", 110, 130), W(U"-5", 70, 160)});
  ASSERT_EQ(p.lines.size(), 3u);
  EXPECT_TRUE(p.lines[0].starts_with_bullet);  // "– การคิด"
  EXPECT_DOUBLE_EQ(p.lines[0].text_x0, 88);
  EXPECT_FALSE(p.lines[1].starts_with_bullet);  // "- ๑๒ -": a page number
  EXPECT_FALSE(p.lines[2].starts_with_bullet);  // "-5"
}

TEST(PdfLineBuilder, ALeadingNumberApartFromTheTextIsAListMark) {
  PdfLineBuilder b;
  PageLines p = b.Build(1, 595, 842,
                        {W(U"12.", 70), W(U"การคิด", 110), W(U"๓)", 70, 130), W(U"ข้อ", 100, 130),
                         W(U"2.5", 70, 160), W(U"ล้าน", 105, 160)});
  ASSERT_EQ(p.lines.size(), 3u);
  EXPECT_TRUE(p.lines[0].starts_with_bullet);  // "12. การคิด"
  EXPECT_DOUBLE_EQ(p.lines[0].text_x0, 110);
  EXPECT_TRUE(p.lines[1].starts_with_bullet);   // "๓) ข้อ"
  EXPECT_FALSE(p.lines[2].starts_with_bullet);  // "2.5 ล้าน": a number, not a mark
}

TEST(PdfLineBuilder, InvisibleTextIsDropped) {
  PdfLineBuilder b;
  PdfWord ghost = W(U"ที่", 225, 778, 0);
  PageLines p = b.Build(1, 595, 842, {W(U"ก", 70), ghost});
  EXPECT_EQ(LineTexts(p), (std::vector<std::string>{"ก"}));
}

}  // namespace
}  // namespace samatthana::ingest
