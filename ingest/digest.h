// SHA-256 of a file's bytes, as lowercase hex: how the database recognizes a
// file it has already ingested.
#ifndef SAMATTHANA_INGEST_DIGEST_H_
#define SAMATTHANA_INGEST_DIGEST_H_

#include <string>
#include <string_view>

namespace samatthana::ingest {

std::string Sha256Hex(std::string_view bytes);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_DIGEST_H_
