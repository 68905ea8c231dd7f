// Fuzz target: bytes of a text or HTML file through ingest and parse.
#include <cstddef>
#include <cstdint>
#include <string>

#include "ingest/ingest.h"
#include "parse/parse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace samatthana;
  ingest::ReadOptions options;
  options.isolate = false;  // in this process, where the fuzzer sees coverage and stalls
  options.max_file_bytes = 1 << 20;
  options.max_html_depth = 256;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  // The name only matters for ".pdf"; both paths are worth covering.
  Result<ingest::Document> doc =
      ingest::ReadDocumentFromBytes(size % 2 ? "fuzz.html" : "fuzz.txt", std::move(bytes), options);
  if (doc.ok()) (void)parse::ParseDocument(&*doc, {});
  return 0;
}
