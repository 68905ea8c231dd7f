// Throughput of the PDF line builder and line joiner, in MB of text per
// second, over the pages of the bundled office PDF (read once with Poppler).
#include <benchmark/benchmark.h>

#include <memory>
#include <string>
#include <vector>

#include "ingest/pdf/line_joiner.h"
#include "ingest/pdf/pdf_document.h"
#include "ingest/pdf/pdf_line_builder.h"

namespace {

using samatthana::ingest::PageLines;
using samatthana::ingest::PdfDocument;
using samatthana::ingest::PdfPage;

const std::vector<PdfPage>& Pages() {
  static const std::vector<PdfPage> pages = [] {
    std::vector<PdfPage> out;
    PdfDocument::OpenResult result;
    std::unique_ptr<PdfDocument> doc = PdfDocument::OpenFile(
        std::string(SAMATTHANA_FIXTURES) + "/cpd-competencies.pdf", "", &result);
    for (int i = 0; doc && i < doc->pages(); ++i) out.push_back(doc->ReadPage(i));
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
  for (const PdfPage& p : Pages()) out.push_back(builder.Build(++n, p.width, p.height, p.words));
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
