#include "ingest/pdf/repaired_glyphs.h"

#include <algorithm>
#include <cmath>

namespace samatthana::ingest {
namespace {

// Poppler places a character where the device was told its glyph stands:
// the same arithmetic on the same numbers.
constexpr double kSame = 1e-6;

}  // namespace

RepairedGlyphs::RepairedGlyphs(std::vector<RepairedGlyph> glyphs) : glyphs_(std::move(glyphs)) {
  std::sort(glyphs_.begin(), glyphs_.end(),
            [](const RepairedGlyph& a, const RepairedGlyph& b) { return a.x < b.x; });
}

RepairKind RepairedGlyphs::At(char32_t c, bool turned, double edge, double lo, double hi) const {
  if (turned) {  // rare: no index for it
    for (const RepairedGlyph& g : glyphs_) {
      if (g.c == c && std::fabs(g.y - edge) < kSame && g.x >= lo && g.x <= hi) return g.kind;
    }
    return RepairKind::kNone;
  }
  auto it = std::lower_bound(glyphs_.begin(), glyphs_.end(), edge - kSame,
                             [](const RepairedGlyph& g, double x) { return g.x < x; });
  for (; it != glyphs_.end() && it->x <= edge + kSame; ++it) {
    if (it->c == c && it->y >= lo && it->y <= hi) return it->kind;
  }
  return RepairKind::kNone;
}

}  // namespace samatthana::ingest
