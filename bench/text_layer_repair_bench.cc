// What reading a PDF's glyphs from their fonts costs: the whole PDF read
// (Poppler, lines, furniture, joins) with the text layer repaired and read as
// it is, side by side. The PDF is $SAMATTHANA_BENCH_PDF, or the bundled
// office PDF; bench/run reads the ~500-page inputs through the CLI.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <string>

#include "ingest/pdf/pdf_extractor.h"

namespace {

std::string Path() {
  const char* given = std::getenv("SAMATTHANA_BENCH_PDF");
  return given ? given : std::string(SAMATTHANA_FIXTURES) + "/cpd-competencies.pdf";
}

void ReadPdf(benchmark::State& state, bool repair) {
  const std::string path = Path();
  std::ifstream in(path, std::ios::binary);
  in.seekg(-1024, std::ios::end);
  std::string tail(1024, '\0');
  in.read(tail.data(), 1024);
  samatthana::ingest::ReadOptions options;
  options.repair_text_layer = repair;
  for (auto _ : state) {
    samatthana::ingest::Document doc;
    samatthana::Status s = samatthana::ingest::ExtractPdfFile(path, tail, options, &doc);
    if (!s.ok()) state.SkipWithError(s.ToString().c_str());
    benchmark::DoNotOptimize(doc.lines.data());
  }
}

void BM_ReadPdfRepaired(benchmark::State& state) { ReadPdf(state, true); }
void BM_ReadPdfAsItIs(benchmark::State& state) { ReadPdf(state, false); }

// Alternated, so load from elsewhere on the machine falls on both alike. The
// CPU time counts both reader threads: on a busy machine it is the steadier
// of the two.
BENCHMARK(BM_ReadPdfAsItIs)->Unit(benchmark::kMillisecond)->UseRealTime()->MeasureProcessCPUTime();
BENCHMARK(BM_ReadPdfRepaired)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime();
BENCHMARK(BM_ReadPdfAsItIs)->Unit(benchmark::kMillisecond)->UseRealTime()->MeasureProcessCPUTime();
BENCHMARK(BM_ReadPdfRepaired)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime();

}  // namespace

BENCHMARK_MAIN();
