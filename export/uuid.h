// Name-based UUIDs (RFC 4122 section 4.3, version 5): the same namespace and
// name always give the same UUID, so identifiers derived from stable ids stay
// the same across versions, renderings and machines.
#ifndef SAMATTHANA_EXPORT_UUID_H_
#define SAMATTHANA_EXPORT_UUID_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"

namespace samatthana::exports {

// A UUID as its 16 bytes in network order.
using Uuid = std::array<uint8_t, 16>;

// The namespace of every UUID samatthana derives
// (83c26c73-1981-4a5a-bbc0-a70ce8cb0273, drawn at random once). Changing it
// changes every exported CASE identifier, so it must never change.
inline constexpr Uuid kSamatthanaNamespace = {0x83, 0xc2, 0x6c, 0x73, 0x19, 0x81, 0x4a, 0x5a,
                                              0xbb, 0xc0, 0xa7, 0x0c, 0xe8, 0xcb, 0x02, 0x73};

// Parses the 8-4-4-4-12 hexadecimal form ("6ba7b810-9dad-11d1-80b4-00c04fd430c8",
// either case). Returns nullopt for anything else.
std::optional<Uuid> ParseUuid(std::string_view text);

// The 8-4-4-4-12 form in lower case, as CASE's UUID pattern requires.
std::string FormatUuid(const Uuid& uuid);

// The version 5 UUID of `name` (its UTF-8 bytes) in `name_space`: SHA-1 over
// the namespace bytes and the name, truncated to 16 bytes, with the version
// and variant bits set. Fails only when libcrypto cannot compute SHA-1.
Result<Uuid> UuidV5(const Uuid& name_space, std::string_view name);

}  // namespace samatthana::exports

#endif  // SAMATTHANA_EXPORT_UUID_H_
