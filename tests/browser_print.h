// BrowserPrint: prints an HTML page with headless Chromium and reads the PDF
// back with Poppler, for tests that check what a person sees on paper (the
// diff report, inspect's page). Header-only, so every test binary can use it.
#ifndef SAMATTHANA_TESTS_BROWSER_PRINT_H_
#define SAMATTHANA_TESTS_BROWSER_PRINT_H_

#include <poppler-document.h>
#include <poppler-page.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

namespace samatthana::testing {

// The page as printed: its text in the order it was typed (Poppler's raw
// order), or an error message starting with "error: ".
inline std::string PrintedText(const std::string& html, const std::filesystem::path& scratch) {
  std::filesystem::path chromium = "/usr/bin/chromium";
  if (access(chromium.c_str(), X_OK) != 0) {
    return "error: chromium is not installed (/usr/bin/chromium); scripts/install-deps --test "
           "installs it";
  }
  std::filesystem::path page = scratch / "page.html";
  std::filesystem::path pdf = scratch / "page.pdf";
  std::filesystem::path log = scratch / "chromium.log";
  std::ofstream(page, std::ios::binary) << html;
  std::string command = "timeout 180 '" + chromium.string() +
                        "' --headless --no-sandbox --disable-gpu --disable-background-networking"
                        " --disable-component-update --disable-sync --no-first-run"
                        " '--user-data-dir=" +
                        (scratch / "profile").string() +
                        "' --no-pdf-header-footer '--print-to-pdf=" + pdf.string() + "' 'file://" +
                        page.string() + "' >'" + log.string() + "' 2>&1";
  int status = std::system(command.c_str());
  std::stringstream said;
  said << std::ifstream(log).rdbuf();
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !std::filesystem::exists(pdf)) {
    return "error: " + command + " failed:\n" + said.str();
  }
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(pdf.string()));
  if (!doc) return "error: poppler cannot open " + pdf.string();
  std::string printed;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> p(doc->create_page(i));
    if (!p) continue;
    // Raw order keeps Thai in the order it was typed; physical layout splits
    // it at cluster boundaries.
    poppler::byte_array utf8 = p->text(poppler::rectf(), poppler::page::raw_order_layout).to_utf8();
    printed.append(utf8.begin(), utf8.end());
  }
  return printed;
}

// `s` without spaces and line breaks, to find a phrase however it wrapped.
inline std::string WithoutSpaces(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t') out += c;
  }
  return out;
}

}  // namespace samatthana::testing

#endif  // SAMATTHANA_TESTS_BROWSER_PRINT_H_
