#include "ingest/text/detect.h"

#include <gtest/gtest.h>

namespace samatthana::ingest {
namespace {

TEST(FormatDetector, PdfByHeader) {
  EXPECT_TRUE(LooksLikePdf("%PDF-1.7\n..."));
  EXPECT_TRUE(LooksLikePdf(std::string(100, ' ') + "%PDF-1.4"));
  EXPECT_FALSE(LooksLikePdf("ระดับที่ ๑: %PDF"));
}

TEST(FormatDetector, ZipAndOle2ByMagic) {
  EXPECT_TRUE(LooksLikeZip(std::string("PK\x03\x04\x14\x00", 6)));
  EXPECT_TRUE(LooksLikeZip(std::string("PK\x05\x06", 4)));  // an empty archive
  EXPECT_FALSE(LooksLikeZip("PK and more text"));
  EXPECT_TRUE(LooksLikeOle2(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00", 9)));
  EXPECT_FALSE(LooksLikeOle2("\xD0\xCF\x11\xE0"));
}

TEST(FormatDetector, WholePage) {
  EXPECT_EQ(DetectMarkup("<!DOCTYPE html><html><body>x</body></html>"), Format::kHtml);
  EXPECT_EQ(DetectMarkup("\n  <!-- saved -->\n<HTML lang=th><p>x"), Format::kHtml);
  EXPECT_EQ(DetectMarkup("<body><p>x</p>"), Format::kHtml);
}

TEST(FormatDetector, APageTemplateWithServerDirectivesIsAPage) {
  // An ASP.NET page saved as found: directives and template tags, then the
  // page's markup without <html> or <body>.
  std::string page =
      "\xEF\xBB\xBF<%@ Page Title=\"\" Language=\"C#\" AutoEventWireup=\"true\" %>\n"
      "<asp:Content ID=\"Content1\" ContentPlaceHolderID=\"head\" runat=\"server\">\n"
      "</asp:Content>\n"
      "<asp:Content ID=\"Content2\" runat=\"server\">\n"
      "  <p align=\"center\"><b>แบบประเมินสมรรถนะ</b></p>\n"
      "  <br />\n"
      "  <table border=\"1\">\n"
      "    <tr><td><b>ระดับ 1</b></td><td><b>ระดับ 2</b></td></tr>\n"
      "    <tr><td>ทำงานให้ดี</td>\n"
      "        <td>ทำงานได้ตาม\n"
      "        เป้าหมาย</td></tr>\n"
      "  </table>\n"
      "</asp:Content>\n";
  EXPECT_EQ(DetectMarkup(page), Format::kHtml);
  EXPECT_EQ(DetectMarkup("<?php include 'a.php'; ?>\n<!-- x -->\n<div><p>ก</p><p>ข</p><br></div>"),
            Format::kHtml);
  EXPECT_EQ(DetectMarkup("<%@ page language=\"java\" %>\n<!DOCTYPE html>\nก"), Format::kHtml);
}

TEST(FormatDetector, DirectivesBeforeTextWithFewTagsAreNoPage) {
  EXPECT_EQ(DetectMarkup("<%@ Page %>\nชื่อ ก\nคำจำกัดความ ข\n<p>ระดับที่ 1: ค</p>\n- ง\n- จ\n"),
            Format::kHtmlFragments);
  // Markup pasted into text, without directives, is still fragments.
  EXPECT_EQ(DetectMarkup("<p>ก</p><p>ข</p>\n<table><tr><td>ค</td></tr></table>"),
            Format::kHtmlFragments);
}

TEST(FormatDetector, FragmentsInText) {
  EXPECT_EQ(DetectMarkup("ชื่อ ก\n<p>ระดับที่ ๑: x</p> <ul style=\"x\">● a"), Format::kHtmlFragments);
  EXPECT_EQ(DetectMarkup("ก&nbsp;ข"), Format::kHtmlFragments);
}

TEST(FormatDetector, PlainText) {
  EXPECT_EQ(DetectMarkup("ชื่อ ก\n- a < b and c > d\n"), Format::kText);
  EXPECT_EQ(DetectMarkup("A & B"), Format::kText);
}

}  // namespace
}  // namespace samatthana::ingest
