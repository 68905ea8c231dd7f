#include "ingest/pdf_extractor.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <memory>
#include <mutex>

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
  void set_page(int page) { page_ = page; }
  std::vector<std::pair<int, std::string>> Take() { return std::move(messages_); }

 private:
  static void Receive(const std::string& message, void*) {
    std::lock_guard<std::mutex> lock(Mutex());
    PopplerMessages* self = Current();
    if (self == nullptr || self->messages_.size() >= 50) return;
    self->messages_.emplace_back(self->page_, message);
  }
  static std::mutex& Mutex() {
    static std::mutex m;
    return m;
  }
  static PopplerMessages*& Current() {
    static PopplerMessages* current = nullptr;
    return current;
  }

  int page_ = 0;
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

Status ExtractPdfLines(std::string_view bytes, const std::string& file, const ReadOptions& options,
                       Document* doc) {
  if (!EndsWithEof(bytes)) {
    return Status::InvalidInput({file}, "truncated or damaged PDF: it does not end with %%EOF");
  }
  PopplerMessages messages;
  std::unique_ptr<poppler::document> pdf(poppler::document::load_from_raw_data(
      bytes.data(), static_cast<int>(bytes.size()), options.password, options.password));
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
    return Status::InvalidInput({file}, "the PDF has " + std::to_string(count) +
                                            " pages, more than " +
                                            std::to_string(options.max_pages) +
                                            " (raise the limit with --max-pages)");
  }
  doc->pages = count;

  PdfLineBuilder builder;
  std::vector<PageLines> pages;
  pages.reserve(static_cast<size_t>(count));
  std::vector<PdfWord> words;
  size_t pages_with_text = 0;
  bool bullet_chars = false;
  std::vector<int> empty_pages;
  for (int i = 0; i < count; ++i) {
    messages.set_page(i + 1);
    std::unique_ptr<poppler::page> page(pdf->create_page(i));
    if (!page) {
      return Status::InvalidInput({file, i + 1}, "damaged PDF: the page cannot be read");
    }
    words.clear();
    for (const poppler::text_box& box : page->text_list()) {
      PdfWord w = ToWord(box);
      if (!w.text.empty()) words.push_back(std::move(w));
    }
    poppler::rectf rect = page->page_rect();
    pages.push_back(builder.Build(i + 1, rect.width(), rect.height(), words));
    // Until the document shows a bullet character, its bullets may be shapes.
    if (!bullet_chars) {
      for (const VisualLine& l : pages.back().lines) bullet_chars |= l.starts_with_bullet;
      if (!bullet_chars) FindShapeMarks(*page, &pages.back());
    }
    if (pages.back().lines.empty()) {
      empty_pages.push_back(i + 1);
    } else {
      ++pages_with_text;
    }
    if (options.progress) options.progress(i + 1, count);
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
  doc->lines = JoinLines(pages);
  return Status::OK();
}

}  // namespace samatthana::ingest
