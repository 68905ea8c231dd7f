#include "ingest/pdf/line_joiner.h"

#include <gtest/gtest.h>

#include "ingest/pdf/pdf_test_util.h"

namespace samatthana::ingest {
namespace {

// A line of body text: left edge, right edge, top; 20 points high, 30 apart.
VisualLine L(std::string text, double x0, double x1, double top, double first_word = 40) {
  VisualLine l;
  l.text = std::move(text);
  l.page = 1;
  l.x0 = l.text_x0 = x0;
  l.x1 = x1;
  l.top = top;
  l.bottom = top + 20;
  l.height = 20;
  l.first_word_width = first_word;
  return l;
}

// `l` opened with a list mark; its text starts at `text_x0`.
VisualLine Bulleted(VisualLine l, double text_x0) {
  l.starts_with_bullet = true;
  l.text_x0 = text_x0;
  return l;
}

std::vector<std::string> Flags(const std::vector<Line>& lines) {
  std::vector<std::string> out;
  for (const Line& l : lines) {
    out.push_back(std::string(l.starts_item ? "I" : ".") +
                  (l.continues ? (l.join_tight ? "T" : "C") : ".") + " " + l.text);
  }
  return out;
}

// Joins `lines`, alone on an A4 page.
std::vector<Line> JoinA4(std::vector<VisualLine> lines) {
  PageLines p;
  p.page = 1;
  p.width = 595;
  p.height = 842;
  p.lines = std::move(lines);
  std::vector<PageLines> pages = {std::move(p)};
  return JoinLines(&pages);
}

// Joins `lines` after `fillers` full lines that fix the margins at 70 and
// 520 (the left one against a stray line further out where there are 100).
std::vector<Line> Join(std::vector<VisualLine> lines, int fillers = 30) {
  for (int i = 0; i < fillers; ++i) {
    lines.insert(lines.begin(), L("เต็ม", 70, 520, -5000.0 + 30 * i));
  }
  std::vector<Line> out = JoinA4(std::move(lines));
  return std::vector<Line>(out.begin() + fillers, out.end());
}

TEST(LineJoiner, FullLineContinuesShortLineEnds) {
  auto got = Join({L("ก", 70, 515, 100), L("ข", 70, 300, 130), L("ค", 70, 515, 160)});
  EXPECT_EQ(Flags(got), (std::vector<std::string>{".. ก", ".T ข", ".. ค"}));
}

TEST(LineJoiner, TheNextWordWouldHaveFit) {
  // 60 points left at the end, the next line's first word is 40 wide: the
  // line ended by choice.
  auto got = Join({L("ก", 70, 460, 100), L("ข", 70, 300, 130, 40)});
  EXPECT_FALSE(got[1].continues);
  got = Join({L("ก", 70, 460, 100), L("ข", 70, 300, 130, 70)});
  EXPECT_TRUE(got[1].continues);
}

TEST(LineJoiner, ThaiJoinsTightLatinWithASpace) {
  auto got = Join({L("ความเข้า", 70, 515, 100), L("ใจ", 70, 200, 130), L("the", 70, 515, 160),
                   L("end", 70, 200, 190)});
  EXPECT_TRUE(got[1].join_tight);
  EXPECT_TRUE(got[3].continues);
  EXPECT_FALSE(got[3].join_tight);
}

TEST(LineJoiner, BulletsIndentsAndSpacingStartParagraphs) {
  VisualLine bullet = Bulleted(L("\uF0B7 ข้อ", 70, 515, 160), 88);
  auto got = Join({L("ระดับที่ ๑: ชื่อ", 70, 515, 100), L("ต่อ", 90, 515, 130),  // deeper indent
                   bullet,                                                 // a bullet
                   L("ข้อต่อ", 88, 515, 190),   // the item's wrapped line, at its text
                   L("ห่าง", 88, 300, 260)});  // after a blank space
  EXPECT_EQ(Flags(got), (std::vector<std::string>{".. ระดับที่ ๑: ชื่อ", "I. ต่อ", ".. \uF0B7 ข้อ",
                                                  ".T ข้อต่อ", "I. ห่าง"}));
}

TEST(LineJoiner, ShapeBulletStartsAnItemEvenAfterAFullLine) {
  VisualLine second = L("สอง", 90, 300, 130);
  second.shape_mark = true;
  auto got = Join({L("หนึ่ง", 90, 515, 100), second});
  EXPECT_FALSE(got[1].continues);
  EXPECT_TRUE(got[1].starts_item);
}

TEST(LineJoiner, BoldHeadingAtAPageTopStartsAnElement) {
  // The page ends on a full line; the next page opens with a bold line that
  // fills the measure as well.
  VisualLine last = L("ท้ายหน้า", 70, 515, 800);
  VisualLine head = L("ชื่อสมรรถนะ", 85, 505, 60);
  head.page = 2;
  head.bold = true;
  VisualLine body = L("เนื้อความ", 70, 300, 90);
  body.page = 2;
  auto got = Join({last, head, body});
  EXPECT_FALSE(got[1].continues);
  EXPECT_TRUE(got[1].style.bold);
  EXPECT_TRUE(got[1].style.centered);
  EXPECT_FALSE(got[2].continues) << "body text after a heading is another element";
  EXPECT_FALSE(got[2].style.bold);
}

// A bold centred heading too long for one line: its second line is centred
// under the first and goes on with it. Two short centred lines (a title
// block broken by hand) stay apart, and so does the body after them.
TEST(LineJoiner, ACentredHeadingWrapsOntoACentredLine) {
  auto bold = [](std::string text, double x0, double x1, double top, double first_word) {
    VisualLine l = L(std::move(text), x0, x1, top, first_word);
    l.bold = true;
    return l;
  };
  // The measure is 70..520, centred on 295.
  auto got = Join({bold("ชื่อยาวมาก", 80, 510, 100, 60), bold("ต่อท้าย", 200, 390, 130, 60),
                   L("เนื้อความ", 70, 300, 160)});
  EXPECT_EQ(Flags(got), (std::vector<std::string>{".. ชื่อยาวมาก", ".T ต่อท้าย", ".. เนื้อความ"}));
  EXPECT_TRUE(got[1].style.centered);
  got = Join({bold("หัวเรื่อง", 200, 390, 100, 60), bold("ประเภท", 220, 370, 130, 60)});
  EXPECT_FALSE(got[1].continues) << "the first line had room for the next word";
  // A nearly full item line and a nearly full line at the margin under it
  // share a centre by chance: the second is not centred.
  got = Join({L("ข้อ", 89, 502, 100, 60), L("หัวหน้าหน้า", 71, 505, 130, 60)});
  EXPECT_FALSE(got[1].continues);
  // A centred name and its English gloss, wrapped to about one width.
  got = Join({bold("การแก้ไขปัญหา", 90, 500, 100, 60), bold("(Creative Problem)", 84, 506, 130, 60)});
  EXPECT_TRUE(got[1].continues);
  // A breaker that breaks only at spaces sets a Thai phrase with none wider
  // than the measure, out past both margins, under its label: a wrap.
  got = Join({bold("ชื่อ", 280, 310, 100, 60), bold("การสั่งการตามอำนาจหน้าที่", 50, 540, 130, 40)}, 120);
  EXPECT_TRUE(got[1].continues);
}

// A heading in a larger type wraps at its own, wider pitch.
TEST(LineJoiner, ALargerHeadingWrapsAtItsOwnPitch) {
  auto big = [](std::string text, double x1, double top, double first_word) {
    VisualLine l = L(std::move(text), 70, x1, top, first_word);
    l.height = 30;
    l.bottom = top + 30;
    l.font_size = 30;
    return l;
  };
  std::vector<VisualLine> lines;
  double top = 100;
  for (int i = 0; i < 30; ++i) {
    VisualLine l = L("เนื้อ", 70, 520, top += 30);
    l.font_size = 20;
    lines.push_back(l);
  }
  lines.push_back(big("ก.1 หัวเรื่องยาว", 450, top += 60, 100));
  lines.push_back(big("ต่อ", 200, top += 45, 100));
  PageLines p;
  p.page = 1;
  p.width = 595;
  p.height = 842 * 3;
  p.lines = lines;
  std::vector<PageLines> pages = {p};
  std::vector<Line> got = JoinLines(&pages);
  EXPECT_TRUE(got.back().continues);
}

TEST(LineJoiner, ALargerLineIsAHeading) {
  VisualLine head = L("หัวเรื่อง", 70, 300, 100);
  head.font_size = 24;
  VisualLine body = L("เนื้อความ", 70, 300, 140);
  body.font_size = 20;
  auto got = Join({head, body});
  EXPECT_TRUE(got[0].style.heading);
  EXPECT_FALSE(got[1].style.heading);
}

// Paragraphs a tenth of the font size apart: after three paragraph ends
// that show the step, a paragraph whose last line is full ends all the same.
TEST(LineJoiner, ParagraphSpacingEndsAParagraphAfterAFullLine) {
  std::vector<VisualLine> lines;
  double top = 100;
  for (int k = 0; k < 4; ++k) {
    lines.push_back(L("ยาว", 70, 515, top));
    lines.push_back(L("สั้น", 70, 200, top += 30));
    top += 32;  // 1.6 of the size, where wraps step 1.5
  }
  lines.push_back(L("เต็ม", 70, 515, top));
  lines.push_back(L("ใหม่", 70, 515, top += 32));
  lines.push_back(L("ต่อ", 70, 200, top += 30));
  auto got = Join(lines);
  EXPECT_TRUE(got[1].continues);
  EXPECT_FALSE(got[2].continues);
  EXPECT_TRUE(got[2].after_gap);
  EXPECT_FALSE(got[9].continues) << "a full line, then the paragraph step";
  EXPECT_TRUE(got[9].after_gap);
  EXPECT_TRUE(got[10].continues);
  EXPECT_FALSE(got[10].after_gap);
}

// A typed list: text bullets, hanging indents, lines broken by hand well
// short of the margin. The unmarked lines under an item's text go on with
// it; the next bullet and a line back at the margin do not.
TEST(LineJoiner, HardBreaksUnderAHangingItemContinueIt) {
  auto item = [](std::string text, double top) {
    return Bulleted(L(std::move(text), 70, 350, top), 90);
  };
  auto got =
      Join({item("- หนึ่ง", 100), L("ต่อหนึ่ง", 90, 300, 130), L("อีก", 90, 250, 160), item("- สอง", 190),
            L("ต่อสอง", 90, 280, 220), item("- สาม", 250), L("ระดับต่อไป", 70, 300, 280)});
  EXPECT_EQ(Flags(got), (std::vector<std::string>{".. - หนึ่ง", ".T ต่อหนึ่ง", ".T อีก", ".. - สอง",
                                                  ".T ต่อสอง", ".. - สาม", ".. ระดับต่อไป"}));
}

// Hanging items whose wraps start under their text: a full item line
// followed by a line back under the bullet (a heading, the next field) does
// not go on with the item.
TEST(LineJoiner, ALineBackUnderAHangingBulletIsNew) {
  auto item = [](std::string text, double x1, double top) {
    return Bulleted(L(std::move(text), 70, x1, top), 90);
  };
  auto got = Join({item("- หนึ่ง", 515, 100), L("ต่อหนึ่ง", 90, 300, 130), item("- สอง", 515, 160),
                   L("ต่อสอง", 90, 280, 190), item("- สาม", 515, 220), L("หมวด", 70, 300, 250)});
  EXPECT_EQ(Flags(got), (std::vector<std::string>{".. - หนึ่ง", ".T ต่อหนึ่ง", ".. - สอง", ".T ต่อสอง",
                                                  ".. - สาม", ".. หมวด"}));
}

// Hanging items broken by a breaker that breaks only at spaces: each item's
// first line ends with room for the next line's first word (40) but not for
// its first space-delimited piece (`chunk`). Then a paragraph at the margin
// whose line ends as short before a long piece, and one cut inside a
// syllable (it ends with a leading vowel).
std::vector<Line> JoinSpaceBroken(double chunk) {
  std::vector<VisualLine> lines;
  double top = 100;
  for (int k = 0; k < 6; ++k) {
    lines.push_back(Bulleted(L("- ข้อ", 70, 420, top += 30), 90));
    VisualLine wrap = L("ต่อข้อ", 90, 300, top += 30);
    wrap.first_chunk_width = chunk;
    lines.push_back(wrap);
  }
  lines.push_back(L("ระดับ", 70, 430, top += 30));
  VisualLine rest = L("ชื่อระดับยาว", 70, 300, top += 30);
  rest.first_chunk_width = chunk;
  lines.push_back(rest);
  lines.push_back(L("คำตัดกลางไ", 70, 420, top += 30));
  VisualLine cut = L("ด้", 70, 100, top += 30);
  cut.first_chunk_width = chunk;
  lines.push_back(cut);
  return Join(lines, 2);
}

TEST(LineJoiner, ABreakerThatBreaksAtSpacesIsLearntFromItsItems) {
  std::vector<Line> got = JoinSpaceBroken(150);
  ASSERT_EQ(got.size(), 16u);
  EXPECT_TRUE(got[1].continues);
  // The line ended short because the piece after it did not fit: a wrap at
  // a space, so the two join with one.
  EXPECT_TRUE(got[13].continues);
  EXPECT_FALSE(got[13].join_tight);
  // A piece cut inside a syllable joins tight.
  EXPECT_TRUE(got[15].continues);
  EXPECT_TRUE(got[15].join_tight);
  // Where the next pieces are no wider than their first words, nothing says
  // the breaker broke at spaces: a line with room for the next word ended.
  got = JoinSpaceBroken(40);
  EXPECT_FALSE(got[13].continues);
}

// Hanging items on a scan: the bullets at 70, their wrapped lines at 90.
// The last item's text edge was measured at 83 (a misread first letter)
// and its bullet at 67; its wrapped line at 89.
std::vector<Line> JoinScannedItems(float confidence) {
  std::vector<VisualLine> lines;
  double top = 100;
  for (int k = 0; k < 4; ++k) {
    lines.push_back(Bulleted(L("- ข้อ", 70, 515, top += 30), 90));
    lines.push_back(L("ต่อข้อ", 90, 300, top += 30));
  }
  lines.push_back(Bulleted(L("- ข้อ", 67, 400, top += 30), 83));
  lines.push_back(L("ไว้", 89, 120, top += 30));
  for (VisualLine& l : lines) l.confidence = confidence;
  return Join(lines, 2);
}

TEST(LineJoiner, OnAScanAnItemIsHeldToTheDocumentsEdges) {
  std::vector<Line> got = JoinScannedItems(90);
  EXPECT_TRUE(got.back().continues);
  // In a text layer edges are exact: the line does not start under the
  // item's text, and the item ended with room to spare.
  got = JoinScannedItems(-1);
  EXPECT_FALSE(got.back().continues);
}

// One field a line: few paragraphs wrap, so most lines end far short of the
// margin. The one wrapped line says where the margin is; a line ending well
// before it was ended by its writer, however long it is beside the others.
TEST(LineJoiner, TheFurthestLineBoundsTheMarginWhereFewWrap) {
  std::vector<VisualLine> lines;
  double top = 100;
  for (int i = 0; i < 40; ++i) lines.push_back(L("สั้น", 70, i % 2 ? 300 : 440, top += 30));
  lines.push_back(L("ยาวเต็ม", 70, 520, top += 30));
  lines.push_back(L("ต่อ", 70, 200, top += 30));
  lines.push_back(L("ระดับ", 70, 440, top += 30));
  lines.push_back(L("ข้อ", 70, 300, top += 30, 40));
  std::vector<Line> got = JoinA4(std::move(lines));
  ASSERT_EQ(got.size(), 44u);
  EXPECT_TRUE(got[41].continues);
  EXPECT_FALSE(got[43].continues);
}

// The one line that wrapped stopped a word short of the margin: with no
// other line near it, the margin mirrors the left one (595 - 70).
TEST(LineJoiner, WithHardlyAnyLineNearTheEdgeTheMarginIsMirrored) {
  std::vector<VisualLine> lines;
  double top = 100;
  for (int i = 0; i < 40; ++i) lines.push_back(L("สั้น", 70, 300, top += 30));
  lines.push_back(L("ยาว", 70, 500, top += 30));
  lines.push_back(L("ต่อ", 70, 200, top += 30, 60));
  lines.push_back(L("ระดับ", 70, 470, top += 30));
  lines.push_back(L("ข้อ", 70, 300, top += 30, 40));
  std::vector<Line> got = JoinA4(std::move(lines));
  ASSERT_EQ(got.size(), 44u);
  EXPECT_TRUE(got[41].continues);
  EXPECT_FALSE(got[43].continues);
}

// A Thai official document's margins: 3 cm left, 2 cm right. Three wrapped
// lines run past the left margin mirrored (595 - 85): the margin is at
// least as far as they reach, and the word after a line ending at 496
// would have fit there.
TEST(LineJoiner, LinesPastTheMirroredMarginMoveIt) {
  std::vector<VisualLine> lines;
  double top = 100;
  for (int i = 0; i < 40; ++i) lines.push_back(L("สั้น", 85, 300, top += 30));
  for (double end : {526.0, 528.0, 530.0}) {
    lines.push_back(L("ยาว", 85, end, top += 30));
    lines.push_back(L("ต่อ", 85, 200, top += 30, 60));
  }
  lines.push_back(L("ระดับ", 85, 496, top += 30));
  lines.push_back(L("ข้อ", 85, 300, top += 30, 20));
  std::vector<Line> got = JoinA4(std::move(lines));
  ASSERT_EQ(got.size(), 48u);
  EXPECT_TRUE(got[41].continues);
  EXPECT_TRUE(got[45].continues);
  EXPECT_FALSE(got[47].continues);
}

// Paragraphs spaced apart, few of them wrapped, many ending on a full
// line: the step still tells a paragraph's end from a wrap.
TEST(LineJoiner, ParagraphSpacingIsLearntWhereManyEndsAreFull) {
  std::vector<VisualLine> lines;
  double top = 100;
  for (int k = 0; k < 3; ++k) {
    lines.push_back(L("ยาว", 70, 515, top += 50));
    lines.push_back(L("ต่อ", 70, 200, top += 30));
  }
  for (int k = 0; k < 6; ++k) {
    lines.push_back(L("เต็ม", 70, 515, top += 50));
    lines.push_back(L("สั้น", 70, 200, top += 50));
  }
  auto got = Join(lines);
  EXPECT_TRUE(got[1].continues);
  for (size_t i = 7; i < got.size(); i += 2) {
    EXPECT_FALSE(got[i].continues) << i;
    EXPECT_TRUE(got[i].after_gap) << i;
  }
}

// "- " typed before an item's text hangs it by less than half the size.
TEST(LineJoiner, ANarrowHangStillHangs) {
  auto item = [](std::string text, double top) {
    return Bulleted(L(std::move(text), 70, 300, top), 79);
  };
  auto got = Join({item("- หนึ่ง", 100), L("ต่อหนึ่ง", 79, 200, 130), item("- สอง", 160),
                   L("ต่อสอง", 79, 200, 190), item("- สาม", 220), L("ต่อสาม", 79, 200, 250)});
  EXPECT_EQ(Flags(got), (std::vector<std::string>{".. - หนึ่ง", ".T ต่อหนึ่ง", ".. - สอง", ".T ต่อสอง",
                                                  ".. - สาม", ".T ต่อสาม"}));
}

TEST(LineJoiner, HardBreaksAreNewParagraphsWhereItemsAreNotMarked) {
  auto got = Join({L("หนึ่ง", 90, 350, 100), L("สอง", 90, 300, 130)});
  EXPECT_FALSE(got[1].continues);
}

TEST(LineJoiner, ParagraphRunsOverAPageBreak) {
  // A printed paragraph of the bundled catalogue's shape that wraps and goes
  // on after a page break.
  Result<Document> doc = ReadPdf(FixtureBytes("pdf/wraps.pdf"));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  const std::vector<Line>& lines = doc->lines;
  ASSERT_GT(lines.size(), 10u);
  EXPECT_EQ(lines.front().text, "ชื่อ การทดสอบ");
  EXPECT_FALSE(lines[1].continues);  // the definition starts
  size_t first_on_page_two = 0;
  for (size_t i = 2; i + 1 < lines.size(); ++i) {
    EXPECT_TRUE(lines[i].continues) << i << " " << lines[i].text;
    EXPECT_TRUE(lines[i].join_tight) << i << " " << lines[i].text;
    if (lines[i].page == 2 && first_on_page_two == 0) first_on_page_two = i;
  }
  EXPECT_GT(first_on_page_two, 0u);
  EXPECT_FALSE(lines.back().continues);
  EXPECT_EQ(lines.back().text, "ระดับที่ ๑: ท้าย");
}

}  // namespace
}  // namespace samatthana::ingest
