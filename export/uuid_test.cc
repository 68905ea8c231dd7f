#include "export/uuid.h"

#include <gtest/gtest.h>

namespace samatthana::exports {
namespace {

// RFC 4122 appendix C: the DNS and URL name spaces.
const Uuid kDns = *ParseUuid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
const Uuid kUrl = *ParseUuid("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

std::string V5(const Uuid& name_space, std::string_view name) {
  Result<Uuid> uuid = UuidV5(name_space, name);
  EXPECT_TRUE(uuid.ok()) << uuid.status().ToString();
  return uuid.ok() ? FormatUuid(*uuid) : "";
}

TEST(Uuid, V5MatchesKnownVectors) {
  // What Python's uuid.uuid5 gives; the first is the example in its documentation.
  EXPECT_EQ(V5(kDns, "python.org"), "886313e1-3b8a-5372-9b90-0c9aee199e5d");
  EXPECT_EQ(V5(kDns, "www.example.com"), "2ed6657d-e927-568b-95e1-2665a8aea6a2");
}

TEST(Uuid, V5HashesTheUtf8BytesOfThaiNames) {
  EXPECT_EQ(V5(kUrl, "สมรรถนะ"), "8adf8351-2552-50a2-863c-6a75067fd94d");
}

TEST(Uuid, V5SetsVersionAndVariantBits) {
  for (std::string_view name : {"", "c-831f30707004", "i-6bd3314d518c", "ก"}) {
    Result<Uuid> uuid = UuidV5(kSamatthanaNamespace, name);
    ASSERT_TRUE(uuid.ok());
    EXPECT_EQ((*uuid)[6] >> 4, 5) << name;
    EXPECT_EQ((*uuid)[8] >> 6, 2) << name;
  }
}

TEST(Uuid, V5DependsOnNamespaceAndName) {
  EXPECT_EQ(V5(kSamatthanaNamespace, "c-831f30707004"), "73c1d52c-b5f0-57a6-aefb-34714a504244");
  EXPECT_NE(V5(kSamatthanaNamespace, "c-831f30707004"), V5(kDns, "c-831f30707004"));
  EXPECT_NE(V5(kSamatthanaNamespace, "c-831f30707004"), V5(kSamatthanaNamespace, "c-831f30707005"));
}

TEST(Uuid, SamatthanaNamespaceNeverChanges) {
  EXPECT_EQ(FormatUuid(kSamatthanaNamespace), "83c26c73-1981-4a5a-bbc0-a70ce8cb0273");
}

TEST(Uuid, ParseAndFormatRoundTripInLowerCase) {
  std::optional<Uuid> uuid = ParseUuid("6BA7B810-9DAD-11D1-80B4-00C04FD430C8");
  ASSERT_TRUE(uuid.has_value());
  EXPECT_EQ(FormatUuid(*uuid), "6ba7b810-9dad-11d1-80b4-00c04fd430c8");
  EXPECT_EQ((*uuid)[0], 0x6b);
  EXPECT_EQ((*uuid)[15], 0xc8);
}

TEST(Uuid, ParseRejectsMalformedText) {
  EXPECT_FALSE(ParseUuid(""));
  EXPECT_FALSE(ParseUuid("6ba7b810-9dad-11d1-80b4-00c04fd430c"));    // short
  EXPECT_FALSE(ParseUuid("6ba7b810-9dad-11d1-80b4-00c04fd430c8a"));  // long
  EXPECT_FALSE(ParseUuid("6ba7b8109dad-11d1-80b4-00c04fd430c8-"));   // dash misplaced
  EXPECT_FALSE(ParseUuid("6ba7b810-9dad-11d1-80b4-00c04fd430cg"));   // not hex
  EXPECT_FALSE(ParseUuid("{ba7b810-9dad-11d1-80b4-00c04fd430c8"));
}

}  // namespace
}  // namespace samatthana::exports
