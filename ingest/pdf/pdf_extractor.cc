#include "ingest/pdf/pdf_extractor.h"

#include <algorithm>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "ingest/ocr/ocr_reader.h"
#include "ingest/pdf/font_repair_cache.h"
#include "ingest/pdf/garbage_text.h"
#include "ingest/pdf/line_joiner.h"
#include "ingest/pdf/page_furniture.h"
#include "ingest/pdf/pdf_document.h"
#include "ingest/pdf/pdf_line_builder.h"
#include "ingest/pdf/pdf_table_reader.h"
#include "ingest/pdf/shape_marks.h"
#include "ingest/pdf/table_assembly.h"

namespace samatthana::ingest {
namespace {

// Poppler reports problems through one process-wide callback, which by
// default prints to stderr. While a PDF is read, its messages are collected
// here with the page they came from and become warnings; afterwards they are
// dropped, so nothing reaches the terminal unasked.
class PopplerMessages {
 public:
  PopplerMessages() {
    std::lock_guard<std::mutex> lock(Mutex());
    Current() = this;
    SetPopplerMessageReceiver(&PopplerMessages::Receive);
  }
  ~PopplerMessages() {
    std::lock_guard<std::mutex> lock(Mutex());
    Current() = nullptr;
  }
  // What Poppler said while reading one page (0: the document itself): the
  // first few messages, and how many there were.
  struct Page {
    static constexpr size_t kKept = 3;
    std::vector<std::string> first;
    size_t count = 0;
  };

  // The page the calling thread is reading, for the messages it causes.
  static void SetPage(int page) { CurrentPage() = page; }
  std::map<int, Page> Take() {
    std::lock_guard<std::mutex> lock(Mutex());
    return std::move(pages_);
  }

 private:
  static void Receive(const std::string& message) {
    std::lock_guard<std::mutex> lock(Mutex());
    PopplerMessages* self = Current();
    if (self == nullptr) return;
    Page& page = self->pages_[CurrentPage()];
    if (page.first.size() < Page::kKept) page.first.push_back(message);
    ++page.count;
  }
  static std::mutex& Mutex() {
    static std::mutex m;
    return m;
  }
  static PopplerMessages*& Current() {
    static PopplerMessages* current = nullptr;
    return current;
  }

  static int& CurrentPage() {
    thread_local int page = 0;
    return page;
  }

  std::map<int, Page> pages_;
};

bool EndsWithEof(std::string_view bytes) {
  return bytes.substr(bytes.size() > 1024 ? bytes.size() - 1024 : 0).find("%%EOF") !=
         std::string_view::npos;
}

}  // namespace

namespace {

using Opener = std::function<std::unique_ptr<PdfDocument>(PdfDocument::OpenResult*)>;

// Reads pages on background threads, each with its own Poppler document
// (documents are not shared between threads), and hands them to the caller
// in page order. Each thread takes the next page not yet taken, so a thread
// slowed by a heavy page does not hold the other back. Readers stay at most
// kAhead pages ahead, so memory does not grow with the document.
class PageReader {
 public:
  // `first` reads from the start; `helpers` more threads each open their
  // own document with `open` and `prepare` it, on their own thread, so the
  // opening overlaps the first pages' reading. A helper whose document does
  // not open leaves the pages to the others.
  PageReader(std::unique_ptr<PdfDocument> first, int count, int helpers, const Opener& open,
             const std::function<void(PdfDocument*)>& prepare)
      : count_(count) {
    threads_.emplace_back([this, doc = std::move(first)] { Work(doc.get()); });
    for (int k = 0; k < helpers; ++k) {
      threads_.emplace_back([this, open, prepare] {
        PopplerMessages::SetPage(0);
        PdfDocument::OpenResult opened;
        std::unique_ptr<PdfDocument> doc = open(&opened);
        if (!doc) return;
        prepare(doc.get());
        Work(doc.get());
      });
    }
  }

  ~PageReader() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    for (std::thread& t : threads_) t.join();
  }

  // Waits for page `index` (0-based, taken in order) and returns it.
  PdfPage Take(int index) {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [&] { return ready_.count(index) > 0; });
    PdfPage page = std::move(ready_[index]);
    ready_.erase(index);
    next_ = index + 1;
    lock.unlock();
    cv_.notify_all();
    return page;
  }

 private:
  static constexpr int kAhead = 6;

  void Work(PdfDocument* pdf) {
    for (;;) {
      int i;
      {
        std::unique_lock<std::mutex> lock(mu_);
        cv_.wait(lock, [&] { return stop_ || claimed_ >= count_ || claimed_ < next_ + kAhead; });
        if (stop_ || claimed_ >= count_) return;
        i = claimed_++;
      }
      PopplerMessages::SetPage(i + 1);
      PdfPage page = pdf->ReadPage(i);
      {
        std::lock_guard<std::mutex> lock(mu_);
        ready_[i] = std::move(page);
      }
      cv_.notify_all();
    }
  }

  const int count_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::map<int, PdfPage> ready_;
  int claimed_ = 0;  // pages taken by a thread: 0 .. claimed_-1
  int next_ = 0;
  bool stop_ = false;
  std::vector<std::thread> threads_;
};

// ---- The seam to OCR (ingest/ocr) -------------------------------------
// Which pages OCR reads: under --ocr auto, the pages without text, and the
// pages whose text layer is garbage (`garbage`: the text-layer check fills
// it; empty until then); under always, every page; under never, none.
std::vector<int> PagesForOcr(OcrMode mode, int count, const std::vector<int>& without_text,
                             const std::vector<int>& garbage) {
  std::vector<int> pages;
  if (mode == OcrMode::kNever) return pages;
  if (mode == OcrMode::kAlways) {
    for (int p = 1; p <= count; ++p) pages.push_back(p);
    return pages;
  }
  pages = without_text;
  pages.insert(pages.end(), garbage.begin(), garbage.end());
  std::sort(pages.begin(), pages.end());
  pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
  return pages;
}

// Reads `wanted` by OCR into `pages` (one entry a page of the document),
// and notes it on `doc`. Progress counts the OCR'd pages.
Status ReadByOcr(const PdfSource& source, const std::string& file, const std::vector<int>& wanted,
                 const ReadOptions& options, std::vector<PageLines>* pages, Document* doc) {
  OcrRequest request{.source = source, .file = file, .pages = wanted};
  request.page_started = &PopplerMessages::SetPage;
  if (options.progress) {
    request.progress = [&](int done, int total) { options.progress(file, done, total); };
  }
  OcrOutcome outcome;
  if (Status s = ReadPagesByOcr(request, &outcome); !s.ok()) return s;
  for (size_t i = 0; i < wanted.size(); ++i) {
    (*pages)[static_cast<size_t>(wanted[i] - 1)] = std::move(outcome.pages[i]);
  }
  doc->ocr_pages = static_cast<int>(wanted.size());
  for (Diagnostic& d : outcome.warnings) doc->warnings.push_back(std::move(d));
  return Status::OK();
}
// ------------------------------------------------------------------------

// Reads the lines of a document `open` loads. Large documents are read by
// two threads, each opening the document for itself.
Status Extract(const Opener& open, const PdfSource& source, PopplerMessages& messages,
               const std::string& file, const ReadOptions& options, Document* doc) {
  PdfDocument::OpenResult opened;
  std::unique_ptr<PdfDocument> pdf = open(&opened);
  if (opened == PdfDocument::OpenResult::kLocked) {
    return Status::InvalidInput(
        {file}, options.password.empty()
                    ? "encrypted PDF: give its password with --password"
                    : "encrypted PDF: the password given with --password does not open it");
  }
  if (!pdf) return Status::InvalidInput({file}, "damaged PDF: Poppler cannot read it");
  int count = pdf->pages();
  if (count <= 0) return Status::InvalidInput({file}, "the PDF has no pages");
  if (count > options.max_pages) {
    return Status::InvalidInput(
        {file}, "the PDF has " + std::to_string(count) + " pages, more than " +
                    std::to_string(options.max_pages) + " (raise the limit with --max-pages)");
  }
  doc->pages = count;

  // Large documents are read by two threads; the second opens the document
  // for itself. One repair plan a font for the whole document, whichever
  // thread meets it first.
  const int helpers = count >= 8 && std::thread::hardware_concurrency() >= 2 ? 1 : 0;
  std::shared_ptr<FontRepairCache> fonts;
  if (options.repair_text_layer) fonts = std::make_shared<FontRepairCache>();
  auto prepare = [fonts](PdfDocument* d) {
    if (fonts) d->RepairTextLayer(fonts);
  };
  prepare(pdf.get());
  RepairCounts repaired{};
  std::vector<int> garbage_pages;
  PdfLineBuilder builder;
  std::vector<PageLines> pages;
  pages.reserve(static_cast<size_t>(count));
  size_t pages_with_text = 0;
  bool bullet_chars = false;
  std::vector<int> empty_pages;
  std::vector<PageTable> tables;
  {
    PageReader reader(std::move(pdf), count, helpers, open, prepare);
    for (int i = 0; i < count; ++i) {
      PdfPage page = reader.Take(i);
      if (!page.readable) {
        return Status::InvalidInput({file, i + 1}, "damaged PDF: the page cannot be read");
      }
      for (size_t k = 0; k < kRepairKinds; ++k) repaired[k] += page.repaired[k];
      if (IsGarbageTextLayer(page.census)) garbage_pages.push_back(i + 1);
      std::vector<PageTable> drawn = ReadPageTables(i + 1, page, &page.words, &builder);
      pages.push_back(builder.Build(i + 1, page.width, page.height, page.words));
      // Until the document shows a bullet character, its bullets may be shapes.
      if (!bullet_chars) {
        for (const VisualLine& l : pages.back().lines) bullet_chars |= l.starts_with_bullet;
        if (!bullet_chars) MarkShapeBullets(page.shapes, &pages.back());
      }
      PlaceTables(std::move(drawn), &pages.back(), &tables);
      if (pages.back().lines.empty()) {
        empty_pages.push_back(i + 1);
      } else {
        ++pages_with_text;
      }
      if (options.progress) options.progress(file, i + 1, count);
    }
  }
  std::map<int, PopplerMessages::Page> complaints = messages.Take();
  for (int p : empty_pages) {
    // A page without text that Poppler choked on lost its text to the damage:
    // taking the rest would store a catalogue with a hole in it.
    if (auto it = complaints.find(p); it != complaints.end()) {
      return Status::InvalidInput({file, p}, "damaged PDF: the page cannot be read (Poppler: " +
                                                 it->second.first.front() + ")");
    }
  }
  // Pages whose text layer is garbage are OCR's to read; under --ocr never
  // they refuse the file, as before OCR could read them.
  doc->unreadable_pages = garbage_pages;
  if (!garbage_pages.empty() && options.ocr == OcrMode::kNever) {
    return Status::InvalidInput(
        {file}, PageList(garbage_pages) +
                    ": the text layer does not decode to readable text (a wrong ToUnicode "
                    "map); OCR it (--ocr auto)");
  }
  std::vector<int> ocr_pages = PagesForOcr(options.ocr, count, empty_pages, garbage_pages);
  if (!ocr_pages.empty()) {
    if (Status s = ReadByOcr(source, file, ocr_pages, options, &pages, doc); !s.ok()) return s;
    std::map<int, PopplerMessages::Page> rendering = messages.Take();
    complaints.merge(rendering);
    pages_with_text = 0;
    empty_pages.clear();
    for (const PageLines& p : pages) {
      if (p.lines.empty()) {
        empty_pages.push_back(p.page);
      } else {
        ++pages_with_text;
      }
    }
  }
  if (pages_with_text == 0) {
    if (doc->ocr_pages == 0) {
      return Status::InvalidInput({file},
                                  "no text layer: the pages are images only (a scan?); run OCR "
                                  "first (for example ocrmypdf) and ingest its output, or "
                                  "ingest it with --ocr auto");
    }
    std::string why;
    for (const Diagnostic& d : doc->warnings) {
      if (d.where.page > 0) {
        why = " (page " + std::to_string(d.where.page) + ": " + d.message + ")";
        break;
      }
    }
    return Status::InvalidInput({file}, "no text layer, and OCR read no text from the pages" + why);
  }
  if (std::string summary = RepairSummary(repaired); !summary.empty()) {
    doc->warnings.push_back({Location{file}, summary});
  }
  for (int p : empty_pages) {
    if (doc->ocr_pages > 0 && std::binary_search(ocr_pages.begin(), ocr_pages.end(), p)) continue;
    doc->warnings.push_back({Location{file, p}, "the page has no text (an image only?)"});
  }
  for (const auto& [page, said] : complaints) {
    for (const std::string& message : said.first) {
      doc->warnings.push_back({Location{file, page}, "Poppler: " + message});
    }
    if (said.count > said.first.size()) {
      doc->warnings.push_back(
          {Location{file, page}, "Poppler: " + std::to_string(said.count - said.first.size()) +
                                     " more messages like these"});
    }
  }
  RemovePageFurniture(&pages);
  doc->tables = AssembleTables(std::move(tables), &pages);
  doc->lines = JoinLines(&pages);
  NumberTableLines(doc->lines, &doc->tables);
  return Status::OK();
}

}  // namespace

Status ExtractPdfLines(std::string_view bytes, const std::string& file, const ReadOptions& options,
                       Document* doc) {
  if (!EndsWithEof(bytes)) {
    return Status::InvalidInput({file}, "truncated or damaged PDF: it does not end with %%EOF");
  }
  PopplerMessages messages;
  auto open = [&](PdfDocument::OpenResult* result) {
    return PdfDocument::OpenBytes(bytes, options.password, result);
  };
  return Extract(open, PdfSource{.bytes = bytes, .password = options.password}, messages, file,
                 options, doc);
}

Status ExtractPdfFile(const std::string& path, std::string_view tail, const ReadOptions& options,
                      Document* doc) {
  if (!EndsWithEof(tail)) {
    return Status::InvalidInput({path}, "truncated or damaged PDF: it does not end with %%EOF");
  }
  PopplerMessages messages;
  // Poppler reads the file as it needs it: the document is never held in
  // memory as a whole.
  auto open = [&](PdfDocument::OpenResult* result) {
    return PdfDocument::OpenFile(path, options.password, result);
  };
  return Extract(open, PdfSource{.path = path, .password = options.password}, messages, path,
                 options, doc);
}

}  // namespace samatthana::ingest
