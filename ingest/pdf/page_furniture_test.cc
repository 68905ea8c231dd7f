#include "ingest/pdf/page_furniture.h"

#include <gtest/gtest.h>

#include "ingest/pdf/pdf_test_util.h"

namespace samatthana::ingest {
namespace {

VisualLine At(std::string text, double top) {
  VisualLine l;
  l.text = std::move(text);
  l.top = top;
  l.bottom = top + 20;
  l.height = 20;
  return l;
}

PageLines Page(int n, std::vector<VisualLine> lines) {
  PageLines p;
  p.page = n;
  p.width = 595;
  p.height = 842;
  p.lines = std::move(lines);
  return p;
}

std::vector<std::string> Texts(const PageLines& p) {
  std::vector<std::string> out;
  for (const VisualLine& l : p.lines) out.push_back(l.text);
  return out;
}

TEST(PageFurniture, MaskDigitsMakesPageNumbersAlike) {
  EXPECT_EQ(MaskDigits("- ๑๒ -"), MaskDigits("- 13 -"));
  EXPECT_EQ(MaskDigits("หน้า 7"), "หน้า#");
  EXPECT_NE(MaskDigits("ระดับที่ ๑"), MaskDigits("ระดับที่ ๑ และ"));
}

TEST(PageFurniture, RepeatedHeaderAndPageNumbersGo) {
  std::vector<PageLines> pages;
  const char* body[] = {"หนึ่ง", "สอง", "สาม", "สี่"};
  for (int n = 1; n <= 4; ++n) {
    pages.push_back(Page(n, {At("คู่มือสมรรถนะ", 40), At(body[n - 1], 80), At("ต่อ", 110),
                             At("- " + std::to_string(n) + " -", 780)}));
  }
  // The header and the page numbers; "ต่อ" repeats too, but it is not among
  // the two topmost lines of any page.
  EXPECT_EQ(RemovePageFurniture(&pages), 8);
  EXPECT_EQ(Texts(pages[2]), (std::vector<std::string>{"สาม", "ต่อ"}));
}

TEST(PageFurniture, OcrReadingsOfOneHeaderAreOneLine) {
  // OCR reads the header a little differently on each page; each reading
  // alone is on too few pages.
  const char* header[] = {"คู่มือสมรรถนะ กรมส่งเสริมสหกรณ์", "คูมือสมรรถนะ กรมส่งเสริมสหกรณ์",
                          "คู่มือสมรรถนะ. กรมส่งเสริมสหกรณ์", "คู่มือสมรรถนะ กรมส่งเสรีมสหกรณ์"};
  const char* body[] = {"หนึ่ง", "สอง", "สาม", "สี่"};
  std::vector<PageLines> pages;
  for (int n = 1; n <= 4; ++n) {
    pages.push_back(Page(n, {At(header[n - 1], 40), At(body[n - 1], 80), At("ต่อ", 110)}));
    for (VisualLine& l : pages.back().lines) l.confidence = 90;
  }
  EXPECT_EQ(RemovePageFurniture(&pages), 4);
  EXPECT_EQ(Texts(pages[1]), (std::vector<std::string>{"สอง", "ต่อ"}));
}

// OCR misread page 5's number beyond matching ("- ญ-" for "- 6 -", "win 6"
// for "หน้า 6"): the reading stands where the numbers stand, or ends with the
// number the numbering gives page 5. A line of the text layer there, or a
// wide line of another number, is body text.
TEST(PageFurniture, APageNumberOcrMisreadStillGoes) {
  auto document = [](const std::string& footer, const std::string& footer_5, double x0, double x1,
                     float confidence) {
    std::vector<PageLines> pages;
    const char* words[] = {"หนึ่ง", "สอง", "สาม", "สี่",  "ห้า",   "หก",
                           "เจ็ด", "แปด", "เก้า", "สิบ", "สิบเอ็ด"};
    for (int n = 1; n <= 11; ++n) {
      VisualLine foot = At(n == 5 ? footer_5 : footer + std::to_string(n + 1), 780);
      foot.x0 = n == 5 ? x0 : 270;
      foot.x1 = n == 5 ? x1 : 320;
      const std::string body = words[n - 1];
      pages.push_back(Page(n, {At(body, 80), At(body + " ต่อ", 110), foot}));
      for (VisualLine& l : pages.back().lines) l.confidence = n == 5 ? confidence : 90;
    }
    return pages;
  };
  std::vector<PageLines> pages = document("- ", "- ญ-", 272, 318, 66);
  EXPECT_EQ(RemovePageFurniture(&pages), 11);
  EXPECT_EQ(Texts(pages[4]), (std::vector<std::string>{"ห้า", "ห้า ต่อ"}));
  pages = document("หน้า ", "win 6", 60, 110, 66);  // elsewhere, but numbered
  EXPECT_EQ(RemovePageFurniture(&pages), 11);
  pages = document("หน้า ", "ข้อความที่ยาวกว่า 9", 70, 520, 66);
  EXPECT_EQ(RemovePageFurniture(&pages), 10);
  pages = document("- ", "- ญ-", 272, 318, -1);
  EXPECT_EQ(RemovePageFurniture(&pages), 10);
}

// A page number in a small type that OCR read differently on every page:
// no reading is on enough pages, but they stand at one place, and the most
// repeated holds a number. Short lines at one place that hold none are not
// taken for it.
TEST(PageFurniture, SmallPageNumbersOcrReadEveryWayStandAtOnePlace) {
  auto document = [](const std::vector<std::string>& footers) {
    std::vector<PageLines> pages;
    const char* words[] = {"หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า", "สิบ"};
    for (int n = 1; n <= 10; ++n) {
      VisualLine foot = At(footers[static_cast<size_t>(n - 1)], 780);
      foot.x0 = 290 + n % 3;
      foot.x1 = 305 - n % 2;
      const std::string body = words[n - 1];
      pages.push_back(Page(n, {At(body, 80), At(body + " ต่อ", 110), foot}));
      for (VisualLine& l : pages.back().lines) l.confidence = 90;
    }
    return pages;
  };
  std::vector<PageLines> pages = document(
      {"- 1 -", "-ee-", "- 3 -", "- og -", "- 5 -", "~lw-", "-7-", "- ao -", "- 9-", "-@-"});
  EXPECT_EQ(RemovePageFurniture(&pages), 10);
  pages = document(
      {"- a -", "-ee-", "- b -", "- og -", "- c -", "~lw-", "-d-", "- ao -", "- e-", "-@-"});
  EXPECT_EQ(RemovePageFurniture(&pages), 0);
}

TEST(PageFurniture, TextLayerHeadersMustMatchExactly) {
  const char* header[] = {"คู่มือสมรรถนะ กรมส่งเสริมสหกรณ์", "คูมือสมรรถนะ กรมส่งเสริมสหกรณ์",
                          "คู่มือสมรรถนะ. กรมส่งเสริมสหกรณ์", "คู่มือสมรรถนะ กรมส่งเสรีมสหกรณ์"};
  const char* body[] = {"หนึ่ง", "สอง", "สาม", "สี่"};
  std::vector<PageLines> pages;
  for (int n = 1; n <= 4; ++n)
    pages.push_back(Page(n, {At(header[n - 1], 40), At(body[n - 1], 80)}));
  EXPECT_EQ(RemovePageFurniture(&pages), 0);
}

TEST(PageFurniture, TextThatRepeatsAtAnotherHeightStays) {
  std::vector<PageLines> pages;
  for (int n = 1; n <= 4; ++n) {
    // The same line on every page, but never at the same height: body text.
    pages.push_back(Page(n, {At("ระดับที่ ๐: ไม่แสดง", 40 + 100 * n), At("x", 700)}));
  }
  RemovePageFurniture(&pages);
  EXPECT_EQ(Texts(pages[0]).front(), "ระดับที่ ๐: ไม่แสดง");
}

TEST(PageFurniture, LessThanHalfThePagesIsNotEnough) {
  std::vector<PageLines> pages;
  for (int n = 1; n <= 5; ++n) {
    const char* body[] = {"ก", "ข", "ค", "ง", "จ"};
    std::vector<VisualLine> lines = {At(body[n - 1], 300)};
    if (n <= 2) lines.insert(lines.begin(), At("หัวเรื่องสมรรถนะ", 40));
    pages.push_back(Page(n, lines));
  }
  EXPECT_EQ(RemovePageFurniture(&pages), 0);
}

TEST(PageFurniture, AHeaderAndFooterOnlyPageLosesBoth) {
  std::vector<PageLines> pages = {Page(1, {At("หัว", 40), At("ก", 100), At("- 1 -", 780)}),
                                  Page(2, {At("หัว", 40), At("- 2 -", 780)}),
                                  Page(3, {At("หัว", 40), At("ข", 100), At("- 3 -", 780)})};
  RemovePageFurniture(&pages);
  EXPECT_TRUE(pages[1].lines.empty());
}

TEST(PageFurniture, BodyTextABreakPutAtOneHeightStays) {
  // A short document laid out alike page after page: a line of its
  // repeating structure ends two of its three pages, and stands in the
  // body more often than that.
  std::vector<PageLines> pages = {
      Page(1, {At("ระดับที่ 1", 100), At("ข้อ", 130), At("ระดับที่ 1", 160), At("ระดับที่ 1", 780)}),
      Page(2, {At("ข้อ", 100), At("ระดับที่ 1", 130), At("ข้อ", 160), At("ระดับที่ 1", 780)}),
      Page(3, {At("ข้อ", 100)})};
  EXPECT_EQ(RemovePageFurniture(&pages), 0);
}

TEST(PageFurniture, ALineOpeningEverySectionOnANewPageStays) {
  // Four sections, each starting a page with the same two lines and running
  // onto a second page whose text begins at the same height.
  std::vector<PageLines> pages;
  for (int s = 0; s < 4; ++s) {
    const char* names[] = {"ก", "ข", "ค", "ง"};
    std::string name = names[s];
    pages.push_back(
        Page(2 * s + 1, {At("สมรรถนะที่จำเป็น", 40), At("สมรรถนะหลัก", 70), At("ชื่อ " + name, 100)}));
    pages.push_back(Page(2 * s + 2, {At("ต่อ " + name, 40), At("ข้อ " + name, 70)}));
  }
  EXPECT_EQ(RemovePageFurniture(&pages), 0);
  EXPECT_EQ(Texts(pages[2]).front(), "สมรรถนะที่จำเป็น");
}

TEST(PageFurniture, AHeaderMissingFromATitlePageStillGoes) {
  // The title page has text where the header stands on the other ten.
  std::vector<PageLines> pages = {Page(1, {At("พจนานุกรมสมรรถนะ", 42), At("ฉบับ", 300)})};
  const char* body[] = {"ก", "ข", "ค", "ง", "จ", "ฉ", "ช", "ซ", "ฌ", "ญ"};
  for (int n = 2; n <= 11; ++n) {
    pages.push_back(Page(n, {At("คู่มือสมรรถนะ", 40), At(body[n - 2], 80)}));
  }
  EXPECT_EQ(RemovePageFurniture(&pages), 10);
  EXPECT_EQ(Texts(pages[0]).front(), "พจนานุกรมสมรรถนะ");
}

TEST(PageFurniture, BrowserMarginBoxesInAPrintedPdf) {
  // Three pages printed by a browser: a running title and "- ๑ -" numbers
  // from the print margin boxes.
  Result<Document> doc = ReadPdf(FixtureBytes("pdf/furniture.pdf"));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->lines.size(), 3u);
  EXPECT_EQ(doc->lines[0].text, "หน้าที่ หนึ่ง ของเนื้อหา");
  EXPECT_EQ(doc->lines[2].page, 3);
}

}  // namespace
}  // namespace samatthana::ingest
