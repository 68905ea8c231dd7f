// Fuzz target: bytes of a Word or OpenDocument file through the zip reader,
// libxml2 and the office body readers, then the parser.
#include <cstddef>
#include <cstdint>
#include <string>

#include "ingest/ingest.h"
#include "parse/parse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace samatthana;
  ingest::ReadOptions options;
  options.max_file_bytes = 1 << 20;  // parts inflate to at most 32 MiB
  options.max_html_depth = 256;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  Result<ingest::Document> doc =
      ingest::ReadDocumentFromBytes("fuzz.docx", std::move(bytes), options);
  if (doc.ok()) (void)parse::ParseDocument(&*doc, {});
  return 0;
}
