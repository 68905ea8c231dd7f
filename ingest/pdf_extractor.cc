#include "ingest/pdf_extractor.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "base/char_classes.h"
#include "ingest/line_joiner.h"
#include "ingest/page_furniture.h"
#include "ingest/pdf_line_builder.h"
#include "ingest/shape_marks.h"

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
    poppler::set_debug_error_function(&PopplerMessages::Receive, nullptr);
  }
  ~PopplerMessages() {
    std::lock_guard<std::mutex> lock(Mutex());
    Current() = nullptr;
  }
  // The page the calling thread is reading, for the messages it causes.
  static void SetPage(int page) { CurrentPage() = page; }
  std::vector<std::pair<int, std::string>> Take() { return std::move(messages_); }

 private:
  static void Receive(const std::string& message, void*) {
    std::lock_guard<std::mutex> lock(Mutex());
    PopplerMessages* self = Current();
    if (self == nullptr || self->messages_.size() >= 50) return;
    self->messages_.emplace_back(CurrentPage(), message);
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

  std::vector<std::pair<int, std::string>> messages_;
};

PdfWord ToWord(const poppler::text_box& box) {
  PdfWord w;
  poppler::rectf bb = box.bbox();
  w.x0 = bb.x();
  w.x1 = bb.x() + bb.width();
  w.top = bb.y();
  w.bottom = bb.y() + bb.height();
  poppler::ustring u = box.text();
  w.text.reserve(u.size());
  size_t index = 0;  // Poppler keeps one box per character, UTF-16 units aside
  for (size_t i = 0; i < u.size(); ++i) {
    char32_t c = u[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < u.size()) {
      c = 0x10000 + ((c - 0xD800) << 10) + (u[i + 1] - 0xDC00);
      ++i;
    }
    poppler::rectf cb = box.char_bbox(index++);
    w.text.push_back(c);
    bool has_box = cb.width() != 0 || cb.x() != 0;
    w.left.push_back(has_box ? cb.x() : w.x0);
    w.right.push_back(has_box ? cb.x() + cb.width() : w.x1);
  }
  return w;
}

bool EndsWithEof(std::string_view bytes) {
  return bytes.substr(bytes.size() > 1024 ? bytes.size() - 1024 : 0).find("%%EOF") !=
         std::string_view::npos;
}

}  // namespace

namespace {

// One page as a reader thread leaves it for the line builder.
struct ExtractedPage {
  bool readable = true;
  double width = 0;
  double height = 0;
  std::vector<PdfWord> words;
  MarginStrip strip;  // empty unless the page may have bullets drawn as shapes
};

// Reads a page's words; for a page with indented lines and no bullet
// characters, also (when `want_strip`) the strip of margin where shape
// bullets would be drawn.
ExtractedPage ReadPage(poppler::document* pdf, int index, bool want_strip) {
  ExtractedPage out;
  std::unique_ptr<poppler::page> page(pdf->create_page(index));
  if (!page) {
    out.readable = false;
    return out;
  }
  poppler::rectf rect = page->page_rect();
  out.width = rect.width();
  out.height = rect.height();
  for (const poppler::text_box& box : page->text_list()) {
    PdfWord w = ToWord(box);
    if (!w.text.empty()) out.words.push_back(std::move(w));
  }
  std::vector<std::vector<const PdfWord*>> lines = GroupLines(out.words);
  double left = 1e300, deepest = 0;
  bool bullets = false;
  for (const auto& line : lines) left = std::min(left, line.front()->x0);
  for (const auto& line : lines) {
    const PdfWord* first = line.front();
    for (const PdfWord* w : line) first = w->x0 < first->x0 ? w : first;
    double h = first->bottom - first->top;
    if (IsBulletChar(first->text.front())) bullets = true;
    if (first->x0 > left + 0.5 * h) deepest = std::max(deepest, first->x0);
  }
  if (want_strip && !bullets && deepest > 0) out.strip = RenderMarginStrip(*page, left, deepest);
  return out;
}

// Reads pages on background threads, each with its own Poppler document
// (documents are not shared between threads), and hands them to the caller
// in page order. Readers stay at most kAhead pages ahead, so memory does not
// grow with the document.
class PageReader {
 public:
  PageReader(std::vector<std::unique_ptr<poppler::document>> docs, int count)
      : docs_(std::move(docs)), count_(count) {
    const int step = static_cast<int>(docs_.size());
    for (int k = 0; k < step; ++k) {
      threads_.emplace_back(
          [this, k, step] { Work(docs_[static_cast<size_t>(k)].get(), k, step); });
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

  // Pages read from now on come without a margin strip: the document has
  // shown that its bullets are characters, or that it draws none.
  void StopStrips() { want_strips_.store(false, std::memory_order_relaxed); }

  // Waits for page `index` (0-based, taken in order) and returns it.
  ExtractedPage Take(int index) {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [&] { return ready_.count(index) > 0; });
    ExtractedPage page = std::move(ready_[index]);
    ready_.erase(index);
    next_ = index + 1;
    lock.unlock();
    cv_.notify_all();
    return page;
  }

 private:
  static constexpr int kAhead = 6;

  void Work(poppler::document* pdf, int first, int step) {
    for (int i = first; i < count_; i += step) {
      {
        std::unique_lock<std::mutex> lock(mu_);
        cv_.wait(lock, [&] { return stop_ || i < next_ + kAhead; });
        if (stop_) return;
      }
      PopplerMessages::SetPage(i + 1);
      ExtractedPage page = ReadPage(pdf, i, want_strips_.load(std::memory_order_relaxed));
      {
        std::lock_guard<std::mutex> lock(mu_);
        ready_[i] = std::move(page);
      }
      cv_.notify_all();
    }
  }

  std::vector<std::unique_ptr<poppler::document>> docs_;
  const int count_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::map<int, ExtractedPage> ready_;
  int next_ = 0;
  bool stop_ = false;
  std::atomic<bool> want_strips_{true};
  std::vector<std::thread> threads_;
};

// Indented pages whose margins showed no shape before a document is taken to
// draw no bullets: enough to get past a cover, a contents page and a preface.
constexpr int kShapelessStripPages = 12;

// Reads the lines of a document `open` loads (null when it cannot). Large
// documents are read by two threads, each opening the document for itself.
Status Extract(const std::function<std::unique_ptr<poppler::document>()>& open,
               PopplerMessages& messages, const std::string& file, const ReadOptions& options,
               Document* doc) {
  std::unique_ptr<poppler::document> pdf = open();
  if (!pdf) {
    return Status::InvalidInput({file}, "damaged PDF: Poppler cannot read it");
  }
  // A locked document must not be touched further: reading its pages crashes.
  if (pdf->is_locked()) {
    return Status::InvalidInput(
        {file}, options.password.empty()
                    ? "encrypted PDF: give its password with --password"
                    : "encrypted PDF: the password given with --password does not open it");
  }
  int count = pdf->pages();
  if (count <= 0) return Status::InvalidInput({file}, "the PDF has no pages");
  if (count > options.max_pages) {
    return Status::InvalidInput(
        {file}, "the PDF has " + std::to_string(count) + " pages, more than " +
                    std::to_string(options.max_pages) + " (raise the limit with --max-pages)");
  }
  doc->pages = count;

  std::vector<std::unique_ptr<poppler::document>> docs;
  docs.push_back(std::move(pdf));
  if (count >= 8 && std::thread::hardware_concurrency() >= 2) {
    if (std::unique_ptr<poppler::document> second = open(); second && !second->is_locked()) {
      docs.push_back(std::move(second));
    }
  }
  PdfLineBuilder builder;
  std::vector<PageLines> pages;
  pages.reserve(static_cast<size_t>(count));
  size_t pages_with_text = 0;
  bool bullet_chars = false;
  int strip_pages = 0;  // pages whose margin strip was looked at
  int shape_marks = 0;  // bullets found drawn as shapes
  std::vector<int> empty_pages;
  {
    PageReader reader(std::move(docs), count);
    for (int i = 0; i < count; ++i) {
      ExtractedPage page = reader.Take(i);
      if (!page.readable) {
        return Status::InvalidInput({file, i + 1}, "damaged PDF: the page cannot be read");
      }
      pages.push_back(builder.Build(i + 1, page.width, page.height, page.words));
      // Until the document shows a bullet character, its bullets may be
      // shapes. Rendering strips stops once it has a bullet character, or
      // when a good number of indented pages showed no shape at all.
      if (!bullet_chars) {
        for (const VisualLine& l : pages.back().lines) bullet_chars |= l.starts_with_bullet;
        if (!bullet_chars && !page.strip.dark.empty()) {
          ++strip_pages;
          shape_marks += MarkShapeBullets(page.strip, &pages.back());
        }
        if (bullet_chars || (shape_marks == 0 && strip_pages >= kShapelessStripPages)) {
          reader.StopStrips();
        }
      }
      if (pages.back().lines.empty()) {
        empty_pages.push_back(i + 1);
      } else {
        ++pages_with_text;
      }
      if (options.progress) options.progress(i + 1, count);
    }
  }
  if (pages_with_text == 0) {
    return Status::InvalidInput({file},
                                "no text layer: the pages are images only (a scan?); run OCR "
                                "first (for example ocrmypdf) and ingest its output");
  }
  for (int p : empty_pages) {
    doc->warnings.push_back({Location{file, p}, "the page has no text (an image only?)"});
  }
  for (auto& [page, message] : messages.Take()) {
    doc->warnings.push_back({Location{file, page}, "Poppler: " + message});
  }
  RemovePageFurniture(&pages);
  doc->lines = JoinLines(&pages);
  return Status::OK();
}

}  // namespace

Status ExtractPdfLines(std::string_view bytes, const std::string& file, const ReadOptions& options,
                       Document* doc) {
  if (!EndsWithEof(bytes)) {
    return Status::InvalidInput({file}, "truncated or damaged PDF: it does not end with %%EOF");
  }
  PopplerMessages messages;
  auto open = [&] {
    return std::unique_ptr<poppler::document>(poppler::document::load_from_raw_data(
        bytes.data(), static_cast<int>(bytes.size()), options.password, options.password));
  };
  return Extract(open, messages, file, options, doc);
}

Status ExtractPdfFile(const std::string& path, std::string_view tail, const ReadOptions& options,
                      Document* doc) {
  if (!EndsWithEof(tail)) {
    return Status::InvalidInput({path}, "truncated or damaged PDF: it does not end with %%EOF");
  }
  PopplerMessages messages;
  // Poppler reads the file as it needs it: the document is never held in
  // memory as a whole.
  auto open = [&] {
    return std::unique_ptr<poppler::document>(
        poppler::document::load_from_file(path, options.password, options.password));
  };
  return Extract(open, messages, path, options, doc);
}

}  // namespace samatthana::ingest
