// SHA-256 of a file's bytes, as lowercase hex: how the database recognizes a
// file it has already ingested.
#ifndef SAMATTHANA_INGEST_DIGEST_H_
#define SAMATTHANA_INGEST_DIGEST_H_

#include <nettle/sha2.h>

#include <string>
#include <string_view>

namespace samatthana::ingest {

std::string Sha256Hex(std::string_view bytes);

// SHA-256 over bytes that arrive in pieces (a file read in chunks).
class Sha256 {
 public:
  Sha256();
  void Update(std::string_view bytes);
  // Lowercase hex. Call once.
  std::string HexDigest();

 private:
  sha256_ctx ctx_;
};

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_DIGEST_H_
