#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/console.h"
#include "ingest/ingest.h"

namespace samatthana::cli {
namespace {

struct InspectOptions {
  std::string file;
  ingest::ReadOptions read;
};

int Run(const InspectOptions& o) {
  Result<ingest::Document> doc = ingest::ReadDocument(o.file, o.read);
  if (!doc.ok()) return Fail(doc.status());
  std::cout << "# " << doc->path << ": " << ingest::FormatName(doc->format);
  if (!doc->encoding.empty()) std::cout << ", " << doc->encoding;
  if (doc->pages > 0) std::cout << ", " << doc->pages << " pages";
  std::cout << ", " << doc->lines.size() << " lines\n";
  for (const ingest::Line& l : doc->lines) {
    std::string where = l.page > 0 ? "p" + std::to_string(l.page) : std::to_string(l.line);
    std::string flags;
    flags += l.starts_item ? 'I' : '.';
    flags += l.continues ? (l.join_tight ? 'T' : 'C') : '.';
    std::cout << where << "\t" << flags << "\t" << l.text << "\n";
  }
  for (const Diagnostic& w : doc->warnings) PrintWarning(w);
  return kExitOk;
}

}  // namespace

void AddInspectCommand(CLI::App& app, int* exit_code) {
  auto opts = std::make_shared<InspectOptions>();
  CLI::App* sub = app.add_subcommand(
      "inspect", "Show the lines ingest reads from a file, before parsing (for troubleshooting)");
  sub->add_option("--password", opts->read.password, "Password of an encrypted PDF");
  sub->add_option("FILE", opts->file, "Catalogue file")->required();
  sub->footer(
      "Example:\n"
      "  samatthana inspect fixtures/cpd-competencies.pdf | head\n"
      "\nEach line is: source line (or pN for a PDF page), flags, text. Flags: I = the\n"
      "source marks an item here; C = continues the line before; T = continues it with\n"
      "no space (a Thai line wrap).");
  sub->callback([opts, exit_code] { *exit_code = Run(*opts); });
}

}  // namespace samatthana::cli
