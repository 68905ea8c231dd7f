// The options every command that reads catalogue files shares.
#include <map>
#include <string>

#include "cli/commands.h"

namespace samatthana::cli {

void AddReadLimits(CLI::App* sub, ingest::ReadOptions* read) {
  sub->add_option("--max-file-size", read->max_file_bytes, "Largest file accepted, in bytes")
      ->capture_default_str();
  sub->add_option("--max-line-length", read->max_line_bytes, "Longest text line accepted, in bytes")
      ->capture_default_str();
  sub->add_option("--max-html-depth", read->max_html_depth, "Deepest HTML nesting accepted")
      ->capture_default_str();
  sub->add_option("--max-pages", read->max_pages, "Most PDF pages accepted")->capture_default_str();
  sub->add_option("--time-limit", read->time_limit_seconds,
                  "Longest a PDF's reader may take over one page (or opening the file), in "
                  "seconds; a file that stalls it is refused")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  sub->add_option("--max-memory", read->max_memory_bytes,
                  "Most memory the PDF's reader may use, in bytes")
      ->capture_default_str();
  static const std::map<std::string, ingest::OcrMode> kOcrModes = {
      {"auto", ingest::OcrMode::kAuto},
      {"always", ingest::OcrMode::kAlways},
      {"never", ingest::OcrMode::kNever}};
  sub->add_option("--ocr", read->ocr,
                  "Which PDF pages to read by OCR (Tesseract's Thai and English models): auto, "
                  "the pages without text (a scan) or with a garbage text layer; always, every "
                  "page; never, none (such pages are refused)")
      ->transform(
          CLI::CheckedTransformer(kOcrModes, CLI::ignore_case).description("{auto,always,never}"))
      ->type_name("TEXT")
      ->default_str("auto");
}

}  // namespace samatthana::cli
