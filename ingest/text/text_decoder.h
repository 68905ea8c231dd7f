// TextDecoder: turns the bytes of a text or HTML file into UTF-8, detecting
// the encoding: a byte order mark (UTF-8, UTF-16), valid UTF-8, or Thai
// Windows-874 (a superset of TIS-620). Never substitutes U+FFFD: bytes that
// are invalid in every candidate are an error naming the byte offset.
#ifndef SAMATTHANA_INGEST_TEXT_DECODER_H_
#define SAMATTHANA_INGEST_TEXT_DECODER_H_

#include <string>
#include <string_view>

#include "base/result.h"

namespace samatthana::ingest {

struct DecodedText {
  std::string utf8;
  std::string encoding;
};

Result<DecodedText> DecodeText(std::string_view bytes, const std::string& file);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_TEXT_DECODER_H_
