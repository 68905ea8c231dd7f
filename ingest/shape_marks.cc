#include "ingest/shape_marks.h"

#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <algorithm>
#include <cmath>

namespace samatthana::ingest {

int FindShapeMarks(const poppler::page& page, PageLines* lines) {
  if (lines->lines.empty()) return 0;
  double left = lines->lines.front().x0;
  for (const VisualLine& l : lines->lines) left = std::min(left, l.x0);
  // Lines indented from the page's left edge, with no bullet character.
  double strip_right = left;
  std::vector<VisualLine*> candidates;
  for (VisualLine& l : lines->lines) {
    if (!l.starts_with_bullet && l.x0 > left + 0.5 * l.height) {
      candidates.push_back(&l);
      strip_right = std::max(strip_right, l.x0);
    }
  }
  if (candidates.empty()) return 0;

  // One strip from the margin to the deepest indent, the page's full height,
  // at 72 dpi: one pixel per point, so PDF coordinates index it directly.
  int x = static_cast<int>(std::floor(left));
  int w = static_cast<int>(std::ceil(strip_right)) - x;
  int h = static_cast<int>(std::ceil(lines->height));
  if (w <= 0 || h <= 0) return 0;
  poppler::page_renderer renderer;
  poppler::image img = renderer.render_page(&page, 72, 72, x, 0, w, h);
  if (!img.is_valid() || img.format() != poppler::image::format_argb32) return 0;

  const auto* data = reinterpret_cast<const unsigned char*>(img.const_data());
  const int stride = img.bytes_per_row();
  int found = 0;
  for (VisualLine* l : candidates) {
    // Inside the line's band (away from the lines above and below) and left
    // of its text with a little air.
    int y0 = std::max(0, static_cast<int>(l->top + 0.2 * l->height));
    int y1 = std::min(img.height(), static_cast<int>(l->bottom - 0.2 * l->height));
    int x1 = std::min(img.width(), static_cast<int>(l->x0 - 0.15 * l->height) - x);
    bool ink = false;
    for (int yy = y0; yy < y1 && !ink; ++yy) {
      const unsigned char* row = data + static_cast<ptrdiff_t>(yy) * static_cast<ptrdiff_t>(stride);
      for (int xx = 0; xx < x1; ++xx) {
        const unsigned char* px = row + xx * 4;  // B, G, R, A
        if (px[0] < 160 && px[1] < 160 && px[2] < 160) {
          ink = true;
          break;
        }
      }
    }
    if (ink) {
      l->shape_mark = true;
      ++found;
    }
  }
  return found;
}

}  // namespace samatthana::ingest
