#include "cli/console.h"

#include <unistd.h>

#include <iostream>

namespace samatthana::cli {

void PrintError(const Status& status) {
  const char* kind = status.code() == Status::Code::kUsage ? "usage error" : "error";
  std::cerr << "samatthana: " << kind << ": " << status.ToString() << "\n";
}

void PrintWarning(const Diagnostic& warning) {
  std::cerr << "samatthana: warning: " << warning.ToString() << "\n";
}

int Fail(const Status& status) {
  PrintError(status);
  return status.code() == Status::Code::kUsage ? kExitUsage : kExitRefused;
}

void Print(const std::string& text) { std::cout << text << std::flush; }

ingest::ProgressCallback TerminalProgress() {
  if (!::isatty(STDERR_FILENO)) return nullptr;
  return [](const std::string& file, int done, int total) {
    if (total < 10) return;
    std::cerr << "\r" << file << ": page " << done << "/" << total << std::flush;
    if (done == total) std::cerr << "\r\033[K" << std::flush;
  };
}

}  // namespace samatthana::cli
