// Fuzz target: every normalizer rule, item marks and heading recognition on
// arbitrary UTF-8 (and not-quite UTF-8).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/digits.h"
#include "normalize/normalize.h"
#include "parse/heading.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace samatthana;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::string normalized = normalize::NormalizeText(text);
  // Normalizing is idempotent.
  if (normalize::NormalizeText(normalized) != normalized) __builtin_trap();
  for (const normalize::ItemSegment& s : normalize::SplitItemMarks(normalized)) {
    (void)parse::RecognizeHeading(s.text);
    (void)parse::ReadLevelTitle(s.text);
  }
  (void)normalize::LayoutKey(text);
  (void)ParseNumber(text);
  return 0;
}
