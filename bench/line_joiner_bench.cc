// Throughput of the PDF line builder and line joiner, in MB of text per
// second, over the pages of the bundled office PDF (read once with Poppler).
#include <benchmark/benchmark.h>
#include <poppler-document.h>
#include <poppler-page.h>

#include <memory>
#include <string>
#include <vector>

#include "ingest/line_joiner.h"
#include "ingest/pdf_line_builder.h"

namespace {

using samatthana::ingest::PageLines;
using samatthana::ingest::PdfWord;

struct Page {
  double width, height;
  std::vector<PdfWord> words;
};

const std::vector<Page>& Pages() {
  static const std::vector<Page> pages = [] {
    std::vector<Page> out;
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(
        std::string(SAMATTHANA_FIXTURES) + "/cpd-competencies.pdf"));
    for (int i = 0; doc && i < doc->pages(); ++i) {
      std::unique_ptr<poppler::page> page(doc->create_page(i));
      Page p{page->page_rect().width(), page->page_rect().height(), {}};
      for (const poppler::text_box& box : page->text_list()) {
        PdfWord w;
        poppler::rectf bb = box.bbox();
        w.x0 = bb.x();
        w.x1 = bb.x() + bb.width();
        w.top = bb.y();
        w.bottom = bb.y() + bb.height();
        poppler::ustring u = box.text();
        for (size_t k = 0; k < u.size(); ++k) {
          poppler::rectf cb = box.char_bbox(k);
          w.text.push_back(u[k]);
          w.left.push_back(cb.x());
          w.right.push_back(cb.x() + cb.width());
        }
        p.words.push_back(std::move(w));
      }
      out.push_back(std::move(p));
    }
    return out;
  }();
  return pages;
}

int64_t TextBytes(const std::vector<PageLines>& built) {
  int64_t n = 0;
  for (const PageLines& p : built) {
    for (const auto& l : p.lines) n += static_cast<int64_t>(l.text.size());
  }
  return n;
}

std::vector<PageLines> Build() {
  samatthana::ingest::PdfLineBuilder builder;
  std::vector<PageLines> out;
  int n = 0;
  for (const Page& p : Pages()) out.push_back(builder.Build(++n, p.width, p.height, p.words));
  return out;
}

void BM_PdfLineBuilder(benchmark::State& state) {
  int64_t bytes = TextBytes(Build());
  for (auto _ : state) benchmark::DoNotOptimize(Build());
  state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_PdfLineBuilder);

void BM_LineJoiner(benchmark::State& state) {
  const std::vector<PageLines> built = Build();
  int64_t bytes = TextBytes(built);
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<PageLines> pages = built;
    state.ResumeTiming();
    benchmark::DoNotOptimize(samatthana::ingest::JoinLines(&pages));
  }
  state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_LineJoiner);

}  // namespace

BENCHMARK_MAIN();
