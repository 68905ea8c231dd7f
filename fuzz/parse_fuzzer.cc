// Fuzz target: the parser on arbitrary lines with arbitrary structure flags.
#include <cstddef>
#include <cstdint>
#include <string>

#include "ingest/ingest.h"
#include "parse/parse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace samatthana;
  ingest::Document doc;
  doc.path = "fuzz";
  // Each line's first byte picks its flags; the rest is its text.
  std::string text(reinterpret_cast<const char*>(data), size);
  size_t start = 0;
  int number = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) {
      unsigned char flags = static_cast<unsigned char>(text[start]);
      ingest::Line line;
      line.text = text.substr(start + 1, end - start - 1);
      line.line = ++number;
      line.page = flags & 0x80 ? number / 10 + 1 : 0;
      line.starts_item = flags & 1;
      line.continues = flags & 2;
      line.join_tight = flags & 4;
      doc.lines.push_back(std::move(line));
    }
    start = end + 1;
  }
  (void)parse::ParseDocument(&doc, {.strict = (size & 1) != 0});
  return 0;
}
