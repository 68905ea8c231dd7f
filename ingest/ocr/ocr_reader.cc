#include "ingest/ocr/ocr_reader.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <optional>
#include <thread>

#include "ingest/ocr/foreign_runs.h"
#include "ingest/ocr/image_cleanup.h"
#include "ingest/ocr/ocr_engine.h"
#include "ingest/ocr/ocr_lines.h"
#include "ingest/ocr/ocr_messages.h"
#include "ingest/ocr/thai_dictionary.h"

namespace samatthana::ingest {
namespace {

// Low-confidence lines named on one page before the rest are only counted.
constexpr int kLowLinesNamed = 3;
// Characters of a doubtful line quoted in its warning.
constexpr size_t kQuoted = 60;

std::string Quote(const std::string& text) {
  if (text.size() <= kQuoted) return text;
  size_t cut = kQuoted;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "...";
}

struct PageResult {
  PageLines lines;
  std::vector<Diagnostic> warnings;
  int marks_restored = 0;
};

// Short Latin runs in Thai lines, read again by the Thai model alone; its
// reading replaces the run's words where foreign_runs.h accepts it.
void RereadForeignRuns(OcrEngine& engine, Pix* binary, int dpi, std::vector<OcrTextLine>* read) {
  for (OcrTextLine& line : *read) {
    std::vector<ForeignRun> runs = FindForeignRuns(line);
    // From the last, so the earlier runs' word indexes hold.
    for (auto run = runs.rbegin(); run != runs.rend(); ++run) {
      std::vector<OcrTextLine> thai = engine.ReadLineAsThai(binary, dpi, run->box);
      if (!AcceptThaiReading(thai, line, *run)) continue;
      std::vector<OcrWord> words;
      for (OcrTextLine& part : thai) {
        for (OcrWord& w : part.words) words.push_back(std::move(w));
      }
      line.words.erase(line.words.begin() + static_cast<long>(run->begin),
                       line.words.begin() + static_cast<long>(run->end));
      line.words.insert(line.words.begin() + static_cast<long>(run->begin),
                        std::make_move_iterator(words.begin()),
                        std::make_move_iterator(words.end()));
    }
  }
}

PageResult ReadOnePage(PageRenderer& renderer, OcrEngine& engine, OcrLineBuilder& builder,
                       const std::string& file, int page) {
  PageResult result;
  result.lines.page = page;
  PageImage image = renderer.Render(page);
  result.lines.width = image.width;
  result.lines.height = image.height;
  if (image.scan_dpi > 0 && image.scan_dpi < kMinScanDpi && image.scan_share > 0.5) {
    result.warnings.push_back(
        {Location{file, page}, "the page is a scan of " + std::to_string(image.scan_dpi) +
                                   " dpi, too coarse for OCR (scan it at 200 dpi or more)"});
    return result;
  }
  if (image.pix == nullptr) {
    result.warnings.push_back({Location{file, page}, "OCR could not render the page"});
    return result;
  }
  CleanupReport cleanup;
  Pix* binary = CleanPageImage(image.pix, &cleanup);
  if (binary == nullptr) {
    result.warnings.push_back({Location{file, page}, "OCR could not prepare the page's image"});
    return result;
  }
  // The cleanup may have enlarged the page.
  const int dpi = image.dpi * cleanup.scale;
  std::vector<OcrTextLine> read = engine.Read(binary, dpi);
  for (const MarkRow& row : FindMarkRows(read, binary, cleanup.letter_height)) {
    // The row is the line's marks, not a line of its own.
    read[row.marks].words.clear();
    std::vector<OcrWord> words;
    for (OcrTextLine& part : engine.ReadLine(binary, dpi, row.both)) {
      for (OcrWord& w : part.words) words.push_back(std::move(w));
    }
    OcrTextLine& line = read[row.line];
    if (ReadsMoreMarks(words, line.words)) line.words = std::move(words);
  }
  RereadForeignRuns(engine, binary, dpi, &read);
  OcrPageLines lines = builder.Build(read, binary,
                                     {.page = page,
                                      .dpi = dpi,
                                      .letter_height = cleanup.letter_height,
                                      .width = image.width,
                                      .height = image.height});
  pixDestroy(&binary);
  result.lines = std::move(lines.lines);
  result.marks_restored = lines.marks.restored;
  if (result.lines.lines.empty()) {
    result.warnings.push_back({Location{file, page}, "OCR found no text on the page"});
  }
  int low = 0;
  for (const VisualLine& l : result.lines.lines) {
    if (l.confidence >= kLowOcrConfidence) continue;
    if (++low > kLowLinesNamed) continue;
    char percent[16];
    std::snprintf(percent, sizeof percent, "%.0f%%", l.confidence);
    result.warnings.push_back({Location{file, page}, std::string("OCR read a line with low "
                                                                 "confidence (") +
                                                         percent + "): \"" + Quote(l.text) + "\""});
  }
  if (low > kLowLinesNamed) {
    result.warnings.push_back(
        {Location{file, page},
         "OCR read " + std::to_string(low - kLowLinesNamed) + " more lines with low confidence"});
  }
  return result;
}

}  // namespace

Status ReadPagesByOcr(const OcrRequest& request, OcrOutcome* out) {
  out->pages.assign(request.pages.size(), PageLines{});
  if (request.pages.empty()) return Status::OK();
  SilenceOcrLibraries();
  const ThaiDictionary dictionary;
  const size_t threads =
      std::min<size_t>(request.pages.size(), std::max(1u, std::thread::hardware_concurrency()));

  std::vector<std::optional<PageResult>> results(request.pages.size());
  std::atomic<size_t> next{0};
  std::mutex mu;
  std::condition_variable cv;
  size_t finished = 0;  // pages done, and workers that gave up count every page left
  size_t workers_left = threads;
  std::optional<Status> failure;

  auto work = [&] {
    std::unique_ptr<PageRenderer> renderer = PageRenderer::Open(request.source);
    Result<std::unique_ptr<OcrEngine>> engine =
        renderer ? OcrEngine::Create()
                 : Result<std::unique_ptr<OcrEngine>>(Status::InvalidInput(
                       {request.file}, "damaged PDF: Poppler cannot open it again for OCR"));
    if (!engine.ok()) {
      std::lock_guard<std::mutex> lock(mu);
      if (!failure) failure = Status::InvalidInput({request.file}, engine.status().message());
      --workers_left;
      cv.notify_all();
      return;
    }
    OcrLineBuilder builder(&dictionary);
    for (;;) {
      size_t i = next.fetch_add(1);
      if (i >= request.pages.size()) break;
      {
        std::lock_guard<std::mutex> lock(mu);
        if (failure) break;
      }
      const int page = request.pages[i];
      if (request.page_started) request.page_started(page);
      SetOcrMessagePage(page);
      PageResult result = ReadOnePage(*renderer, **engine, builder, request.file, page);
      std::lock_guard<std::mutex> lock(mu);
      results[i] = std::move(result);
      ++finished;
      cv.notify_all();
    }
    std::lock_guard<std::mutex> lock(mu);
    --workers_left;
    cv.notify_all();
  };
  std::vector<std::thread> pool;
  for (size_t t = 0; t < threads; ++t) pool.emplace_back(work);
  {
    std::unique_lock<std::mutex> lock(mu);
    size_t reported = 0;
    while (workers_left > 0) {
      cv.wait(lock, [&] { return finished > reported || workers_left == 0; });
      while (reported < finished) {
        ++reported;
        if (request.progress) {
          lock.unlock();
          request.progress(static_cast<int>(reported), static_cast<int>(request.pages.size()));
          lock.lock();
        }
      }
    }
  }
  for (std::thread& t : pool) t.join();
  if (failure) return *failure;

  for (size_t i = 0; i < results.size(); ++i) {
    if (!results[i]) continue;
    out->pages[i] = std::move(results[i]->lines);
    out->marks_restored += results[i]->marks_restored;
    for (Diagnostic& d : results[i]->warnings) out->warnings.push_back(std::move(d));
  }
  for (const auto& [page, said] : TakeOcrMessages()) {
    for (const std::string& message : said.first) {
      out->warnings.push_back({Location{request.file, page}, "Leptonica: " + message});
    }
    if (said.count > said.first.size()) {
      out->warnings.push_back({Location{request.file, page},
                               "Leptonica: " + std::to_string(said.count - said.first.size()) +
                                   " more messages like these"});
    }
  }
  return Status::OK();
}

}  // namespace samatthana::ingest
