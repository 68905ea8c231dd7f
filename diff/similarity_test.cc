#include "diff/similarity.h"

#include <gtest/gtest.h>

namespace samatthana::diff {
namespace {

TEST(Similarity, IdenticalUpToLayout) {
  EXPECT_DOUBLE_EQ(Similarity(Profile("ระบุเหตุ และผล ๑"), Profile("ระบุเหตุและผล 1")), 1.0);
}

TEST(Similarity, OneWordChangedStaysHigh) {
  double s = Similarity(Profile("เชื่อมโยงข้อมูล แนวโน้ม และความไม่ครบถ้วนของข้อมูลได้"),
                        Profile("เชื่อมโยงข้อมูล แนวโน้ม และความไม่สมบูรณ์ของข้อมูลได้"));
  EXPECT_GT(s, 0.7);
  EXPECT_LT(s, 1.0);
}

TEST(Similarity, UnrelatedTextsAreFarApart) {
  EXPECT_LT(Similarity(Profile("ตรวจสอบงานก่อนส่งผู้บังคับบัญชา"), Profile("สืบเสาะหาข้อมูลจากอินเทอร์เน็ต")),
            0.3);
}

TEST(Similarity, ProfileOfSeveralTexts) {
  EXPECT_DOUBLE_EQ(Similarity(ProfileOf({"กขค", "งจ"}), Profile("กขคงจ")), 1.0 * 2 * 3 / 7);
}

TEST(Similarity, EmptyTexts) {
  EXPECT_DOUBLE_EQ(Similarity(Profile(""), Profile("")), 1.0);
  EXPECT_DOUBLE_EQ(Similarity(Profile(""), Profile("กข")), 0.0);
}

}  // namespace
}  // namespace samatthana::diff
