// Throughput of the Thai normalizer and the item-mark splitter, in MB/s,
// over the lines of the bundled catalogue.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "normalize/normalize.h"

namespace {

std::vector<std::string> CorpusLines() {
  std::ifstream in(std::string(SAMATTHANA_FIXTURES) + "/cpd-competencies.txt");
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

// Lines as legacy fonts leave them: private-use marks and split sara am.
std::vector<std::string> LegacyLines() {
  std::vector<std::string> out = CorpusLines();
  for (std::string& l : out) {
    for (size_t at = l.find("ำ"); at != std::string::npos; at = l.find("ำ", at)) {
      l.replace(at, 3, "\u0E4D\u0E32");
    }
    for (size_t at = l.find("้"); at != std::string::npos; at = l.find("้", at)) {
      l.replace(at, 3, "\uF70B");
    }
  }
  return out;
}

void Run(benchmark::State& state, const std::vector<std::string>& lines,
         void (*work)(const std::string&)) {
  int64_t bytes = 0;
  for (const std::string& l : lines) bytes += static_cast<int64_t>(l.size());
  for (auto _ : state) {
    for (const std::string& l : lines) work(l);
  }
  state.SetBytesProcessed(state.iterations() * bytes);
}

void BM_NormalizeText(benchmark::State& state) {
  static const std::vector<std::string> lines = CorpusLines();
  Run(state, lines, [](const std::string& l) {
    benchmark::DoNotOptimize(samatthana::normalize::NormalizeText(l));
  });
}
BENCHMARK(BM_NormalizeText);

void BM_NormalizeLegacyText(benchmark::State& state) {
  static const std::vector<std::string> lines = LegacyLines();
  Run(state, lines, [](const std::string& l) {
    benchmark::DoNotOptimize(samatthana::normalize::NormalizeText(l));
  });
}
BENCHMARK(BM_NormalizeLegacyText);

void BM_SplitItemMarks(benchmark::State& state) {
  static const std::vector<std::string> lines = CorpusLines();
  Run(state, lines, [](const std::string& l) {
    benchmark::DoNotOptimize(samatthana::normalize::SplitItemMarks(l));
  });
}
BENCHMARK(BM_SplitItemMarks);

}  // namespace

BENCHMARK_MAIN();
