// DocumentCodec: a Document (or the Status that stands instead of one) as
// bytes and back, to carry what a reader in a child process found to the
// process that started it (see child_reader.h). The encoding is private to
// one build of samatthana: both ends are always the same binary.
#ifndef SAMATTHANA_INGEST_DOCUMENT_CODEC_H_
#define SAMATTHANA_INGEST_DOCUMENT_CODEC_H_

#include <string>
#include <string_view>

#include "base/result.h"
#include "ingest/document.h"

namespace samatthana::ingest {

std::string EncodeDocument(const Document& doc);
std::string EncodeStatus(const Status& status);

// Decodes what EncodeDocument or EncodeStatus wrote. Bytes that are not one
// whole encoding give an internal error.
Result<Document> DecodeDocument(std::string_view bytes);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_DOCUMENT_CODEC_H_
