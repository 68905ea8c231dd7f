#include "base/status.h"

#include <gtest/gtest.h>

#include "base/result.h"

namespace samatthana {
namespace {

TEST(Location, NamesFileLinePageAndOffset) {
  EXPECT_EQ((Location{"a.txt", 0, 12}.ToString()), "a.txt:12");
  EXPECT_EQ((Location{"a.pdf", 3, 0}.ToString()), "a.pdf: page 3");
  EXPECT_EQ((Location{"a.pdf", 3, 4}.ToString()), "a.pdf: page 3, line 4");
  EXPECT_EQ((Location{"a.txt", 0, 0, 17}.ToString()), "a.txt: byte 17");
  EXPECT_EQ(Location{}.ToString(), "");
}

TEST(Status, FailureIsOneLineWithLocation) {
  Status s = Status::InvalidInput({"x.html", 0, 7}, "bad thing");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(s.ToString(), "x.html:7: bad thing");
  EXPECT_EQ(Status::NotFound("no version 9").ToString(), "no version 9");
  EXPECT_TRUE(Status::OK().ok());
}

TEST(Result, HoldsValueOrStatus) {
  Result<int> good = 42;
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(*good, 42);
  Result<int> bad = Status::Internal("boom");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "boom");
}

}  // namespace
}  // namespace samatthana
