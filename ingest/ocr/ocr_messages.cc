#include "ingest/ocr/ocr_messages.h"

#include <leptonica/allheaders.h>

#include <mutex>

namespace samatthana::ingest {
namespace {

std::mutex& Mutex() {
  static std::mutex m;
  return m;
}

std::map<int, OcrPageMessages>& Collected() {
  static std::map<int, OcrPageMessages> pages;
  return pages;
}

int& CurrentPage() {
  thread_local int page = 0;
  return page;
}

void Receive(const char* message) {
  std::string text = message != nullptr ? message : "";
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  if (text.empty()) return;
  std::lock_guard<std::mutex> lock(Mutex());
  OcrPageMessages& page = Collected()[CurrentPage()];
  if (page.first.size() < OcrPageMessages::kKept) page.first.push_back(text);
  ++page.count;
}

}  // namespace

void SilenceOcrLibraries() {
  static std::once_flag once;
  std::call_once(once, [] { leptSetStderrHandler(&Receive); });
}

void SetOcrMessagePage(int page) { CurrentPage() = page; }

std::map<int, OcrPageMessages> TakeOcrMessages() {
  std::lock_guard<std::mutex> lock(Mutex());
  std::map<int, OcrPageMessages> taken;
  taken.swap(Collected());
  return taken;
}

}  // namespace samatthana::ingest
