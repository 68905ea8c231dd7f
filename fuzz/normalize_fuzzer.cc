// Fuzz target: every normalizer rule, item marks and the label patterns on
// arbitrary UTF-8 (and not-quite UTF-8).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/digits.h"
#include "normalize/normalize.h"
#include "parse/labels.h"
#include "parse/level_title.h"
#include "parse/name_parts.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace samatthana;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::string normalized = normalize::NormalizeText(text);
  // Normalizing is idempotent.
  if (normalize::NormalizeText(normalized) != normalized) __builtin_trap();
  static const parse::Labels labels;
  for (const normalize::ItemSegment& s : normalize::SplitItemMarks(normalized)) {
    (void)labels.MatchLevel(s.text);
    (void)labels.MatchName(s.text);
    (void)labels.MatchDefinition(s.text);
    (void)labels.MatchCategory(s.text);
    (void)labels.MatchHeadNumber(s.text);
    (void)labels.IsLeadIn(s.text);
    (void)parse::ReadLevelTitle(s.text);
    (void)parse::SplitName(s.text);
  }
  (void)normalize::LayoutKey(text);
  (void)ParseNumber(text);
  return 0;
}
