#include "ingest/text/text_decoder.h"

#include <gtest/gtest.h>

namespace samatthana::ingest {
namespace {

TEST(TextDecoder, Utf8WithAndWithoutBom) {
  auto plain = DecodeText("ระดับที่ ๑", "a.txt");
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain->encoding, "UTF-8");
  EXPECT_EQ(plain->utf8, "ระดับที่ ๑");
  auto bom = DecodeText("\xEF\xBB\xBFระดับ", "a.txt");
  ASSERT_TRUE(bom.ok());
  EXPECT_EQ(bom->utf8, "ระดับ");
}

TEST(TextDecoder, Utf16WithBom) {
  // "ก a" in UTF-16LE and UTF-16BE.
  auto le = DecodeText(std::string("\xFF\xFE\x01\x0E\x20\x00\x61\x00", 8), "a.txt");
  ASSERT_TRUE(le.ok());
  EXPECT_EQ(le->encoding, "UTF-16LE");
  EXPECT_EQ(le->utf8, "ก a");
  auto be = DecodeText(std::string("\xFE\xFF\x0E\x01\x00\x20\x00\x61", 8), "a.txt");
  ASSERT_TRUE(be.ok());
  EXPECT_EQ(be->encoding, "UTF-16BE");
  EXPECT_EQ(be->utf8, "ก a");
}

TEST(TextDecoder, Tis620AndWindows874) {
  // TIS-620 "สมรรถนะ" (0xCA 0xC1 0xC3 0xC3 0xB6 0xB9 0xD0), plus Windows-874's
  // ellipsis 0x85 which TIS-620 lacks.
  auto tis = DecodeText("\xCA\xC1\xC3\xC3\xB6\xB9\xD0\x85", "a.txt");
  ASSERT_TRUE(tis.ok());
  EXPECT_EQ(tis->encoding, "windows-874");
  EXPECT_EQ(tis->utf8, "สมรรถนะ\u2026");
}

TEST(TextDecoder, QuestionMarkBeforeThaiIsALostBullet) {
  // "? ก" at a line start and "ข? ค" between items: bullets an editor could
  // not store in Windows-874. A question mark before Latin text stays.
  auto t = DecodeText("? \xA1\n\xA2? \xA4\nwhy? no", "a.txt");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->utf8, "\u2022 ก\nข\u2022 ค\nwhy? no");
}

TEST(TextDecoder, InvalidEverywhereNamesTheByteOffset) {
  // 0xFF is invalid in UTF-8 and undefined in Windows-874.
  auto bad = DecodeText("abc\xE0\xB8\xFF", "bad.txt");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().location().offset, 5);
  EXPECT_NE(bad.status().ToString().find("bad.txt: byte 5"), std::string::npos)
      << bad.status().ToString();
}

TEST(TextDecoder, ControlCharactersAreBinary) {
  auto nul = DecodeText(std::string("ab\0cd", 5), "nul.txt");
  ASSERT_FALSE(nul.ok());
  EXPECT_EQ(nul.status().location().offset, 2);
  EXPECT_NE(nul.status().message().find("binary"), std::string::npos);
}

}  // namespace
}  // namespace samatthana::ingest
