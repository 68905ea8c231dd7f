#include "ingest/ocr/foreign_runs.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <string>

#include "base/char_classes.h"

namespace samatthana::ingest {
namespace {

// A Latin run of more symbols than this is a word meant as English.
constexpr int kMaxForeignSymbols = 3;
// A line is Thai when it has this many Thai symbols for each Latin one.
constexpr int kThaiPerLatin = 4;
// How far past its own box a run is read again, as a share of the line's
// height: Tesseract's boxes are estimates, and a mark may stand beyond.
constexpr double kRunMargin = 0.25;

enum class Script { kThai, kLatin, kOther };

Script ScriptOf(const std::string& text) {
  if (text.empty()) return Script::kOther;
  bool thai = true, latin = true;
  int32_t i = 0, n = static_cast<int32_t>(text.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, n, c);
    const auto u = static_cast<char32_t>(c);
    thai = thai && IsThai(u);
    latin = latin && c < 0x80 &&
            ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
  }
  return thai ? Script::kThai : latin ? Script::kLatin : Script::kOther;
}

bool IsLatinWord(const OcrWord& word) {
  return !word.symbols.empty() &&
         std::all_of(word.symbols.begin(), word.symbols.end(),
                     [](const OcrSymbol& s) { return ScriptOf(s.text) == Script::kLatin; });
}

float MeanConfidence(const std::vector<const OcrSymbol*>& symbols) {
  if (symbols.empty()) return 0;
  float sum = 0;
  for (const OcrSymbol* s : symbols) sum += s->confidence;
  return sum / static_cast<float>(symbols.size());
}

}  // namespace

std::vector<ForeignRun> FindForeignRuns(const OcrTextLine& line) {
  std::vector<ForeignRun> runs;
  int thai = 0, latin = 0;
  for (const OcrWord& w : line.words) {
    for (const OcrSymbol& s : w.symbols) {
      Script script = ScriptOf(s.text);
      thai += script == Script::kThai ? 1 : 0;
      latin += script == Script::kLatin ? 1 : 0;
    }
  }
  if (latin == 0 || thai < kThaiPerLatin * latin) return runs;
  const int margin = static_cast<int>(kRunMargin * line.box.height());
  for (size_t i = 0; i < line.words.size();) {
    if (!IsLatinWord(line.words[i])) {
      ++i;
      continue;
    }
    size_t end = i;
    int symbols = 0;
    while (end < line.words.size() && IsLatinWord(line.words[end])) {
      symbols += static_cast<int>(line.words[end].symbols.size());
      ++end;
    }
    if (symbols <= kMaxForeignSymbols) {
      ForeignRun run{.begin = i, .end = end, .box = line.words[i].box};
      for (size_t k = i; k < end; ++k) {
        run.box.x0 = std::min(run.box.x0, line.words[k].box.x0);
        run.box.x1 = std::max(run.box.x1, line.words[k].box.x1);
      }
      // Widened, but not into the neighbours' letters.
      int left = run.box.x0 - margin, right = run.box.x1 + margin;
      if (i > 0) left = std::max(left, line.words[i - 1].box.x1);
      if (end < line.words.size()) right = std::min(right, line.words[end].box.x0);
      run.box.x0 = std::min(left, run.box.x0);
      run.box.x1 = std::max(right, run.box.x1);
      run.box.top = line.box.top - margin;
      run.box.bottom = line.box.bottom;
      runs.push_back(run);
    }
    i = end;
  }
  return runs;
}

bool AcceptThaiReading(const std::vector<OcrTextLine>& thai, const OcrTextLine& line,
                       const ForeignRun& run) {
  std::vector<const OcrSymbol*> read, latin;
  for (const OcrTextLine& l : thai) {
    for (const OcrWord& w : l.words) {
      for (const OcrSymbol& s : w.symbols) {
        if (ScriptOf(s.text) != Script::kThai) return false;
        read.push_back(&s);
      }
    }
  }
  for (size_t k = run.begin; k < run.end && k < line.words.size(); ++k) {
    for (const OcrSymbol& s : line.words[k].symbols) latin.push_back(&s);
  }
  return !read.empty() && MeanConfidence(read) >= MeanConfidence(latin);
}

}  // namespace samatthana::ingest
