#include "ingest/shape_marks.h"

#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <algorithm>
#include <cmath>

namespace samatthana::ingest {

MarginStrip RenderMarginStrip(const poppler::page& page, double x0, double x1) {
  MarginStrip strip;
  strip.x = static_cast<int>(std::floor(x0));
  int w = static_cast<int>(std::ceil(x1)) - strip.x;
  int h = static_cast<int>(std::ceil(page.page_rect().height()));
  if (w <= 0 || h <= 0) return strip;
  poppler::page_renderer renderer;
  poppler::image img = renderer.render_page(&page, 72, 72, strip.x, 0, w, h);
  if (!img.is_valid() || img.format() != poppler::image::format_argb32) return strip;
  strip.width = img.width();
  strip.height = img.height();
  strip.dark.assign(static_cast<size_t>(strip.width) * static_cast<size_t>(strip.height), 0);
  const auto* data = reinterpret_cast<const unsigned char*>(img.const_data());
  for (int y = 0; y < strip.height; ++y) {
    const unsigned char* row = data + static_cast<ptrdiff_t>(y) * img.bytes_per_row();
    for (int x = 0; x < strip.width; ++x) {
      const unsigned char* px = row + static_cast<ptrdiff_t>(x) * 4;  // B, G, R, A
      strip.dark[static_cast<size_t>(y) * static_cast<size_t>(strip.width) +
                 static_cast<size_t>(x)] = px[0] < 160 && px[1] < 160 && px[2] < 160;
    }
  }
  return strip;
}

int MarkShapeBullets(const MarginStrip& strip, PageLines* lines) {
  if (strip.dark.empty() || lines->lines.empty()) return 0;
  double left = lines->lines.front().x0;
  for (const VisualLine& l : lines->lines) left = std::min(left, l.x0);
  int found = 0;
  for (VisualLine& l : lines->lines) {
    if (l.starts_with_bullet || l.x0 <= left + 0.5 * l.height) continue;
    // Inside the line's band (away from the lines above and below) and left
    // of its text with a little air.
    int y0 = std::max(0, static_cast<int>(l.top + 0.2 * l.height));
    int y1 = std::min(strip.height, static_cast<int>(l.bottom - 0.2 * l.height));
    int x1 = std::min(strip.width, static_cast<int>(l.x0 - 0.15 * l.height) - strip.x);
    bool ink = false;
    for (int y = y0; y < y1 && !ink; ++y) {
      const uint8_t* row = strip.dark.data() + static_cast<ptrdiff_t>(y) * strip.width;
      ink = std::find(row, row + std::max(0, x1), 1) != row + std::max(0, x1);
    }
    if (ink) {
      l.shape_mark = true;
      ++found;
    }
  }
  return found;
}

}  // namespace samatthana::ingest
