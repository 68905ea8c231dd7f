#include "ingest/pdf/duplicate_words.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace samatthana::ingest {
namespace {

constexpr double kAcross = 0.1;  // of the font size, along the line
constexpr double kUpDown = 0.2;  // of the font size, across it

bool SameWordAgain(const PdfWord& a, const PdfWord& b) {
  const double across = kAcross * a.font_size;
  const double up_down = kUpDown * a.font_size;
  return std::fabs(a.x0 - b.x0) < across && std::fabs(a.x1 - b.x1) < across &&
         std::fabs(a.top - b.top) < up_down && std::fabs(a.bottom - b.bottom) < up_down &&
         a.text == b.text;
}

}  // namespace

int DropDuplicateWords(std::vector<PdfWord>* words) {
  std::vector<PdfWord>& w = *words;
  if (w.size() < 2) return 0;
  // By left edge: a copy's left edge is within `kAcross` of the original's,
  // so each word is compared only with the few that start about where it does.
  std::vector<size_t> by_x(w.size());
  std::iota(by_x.begin(), by_x.end(), 0);
  std::sort(by_x.begin(), by_x.end(), [&](size_t a, size_t b) { return w[a].x0 < w[b].x0; });
  std::vector<bool> dropped(w.size(), false);
  int count = 0;
  for (size_t i = 0; i < by_x.size(); ++i) {
    const PdfWord& a = w[by_x[i]];
    for (size_t j = i + 1; j < by_x.size() && w[by_x[j]].x0 - a.x0 < kAcross * a.font_size; ++j) {
      const size_t later = std::max(by_x[i], by_x[j]);
      if (dropped[later] || dropped[std::min(by_x[i], by_x[j])]) continue;
      if (SameWordAgain(a, w[by_x[j]])) {
        dropped[later] = true;  // the first drawn stays
        ++count;
      }
    }
  }
  if (count == 0) return 0;
  size_t out = 0;
  for (size_t k = 0; k < w.size(); ++k) {
    if (dropped[k]) continue;
    if (out != k) w[out] = std::move(w[k]);
    ++out;
  }
  w.resize(out);
  return count;
}

}  // namespace samatthana::ingest
