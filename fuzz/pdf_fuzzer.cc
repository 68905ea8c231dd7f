// Fuzz target: bytes of a PDF through Poppler and the PDF line extraction.
#include <cstddef>
#include <cstdint>
#include <string>

#include "ingest/ingest.h"
#include "parse/parse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace samatthana;
  ingest::ReadOptions options;
  options.isolate = false;  // in this process, where the fuzzer sees coverage and stalls
  options.max_pages = 20;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  Result<ingest::Document> doc =
      ingest::ReadDocumentFromBytes("fuzz.pdf", std::move(bytes), options);
  if (doc.ok()) (void)parse::ParseDocument(&*doc, {});
  return 0;
}
