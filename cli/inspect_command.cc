#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/console.h"
#include "import/import.h"

namespace samatthana::cli {
namespace {

struct InspectOptions {
  std::string file;
  ingest::ReadOptions read;
};

}  // namespace

void AddInspectCommand(CLI::App& app, int* exit_code) {
  auto o = std::make_shared<InspectOptions>();
  CLI::App* sub = app.add_subcommand(
      "inspect", "Show the lines ingest reads from a file, before parsing (for troubleshooting)");
  sub->add_option("--password", o->read.password, "Password of an encrypted PDF");
  AddReadLimits(sub, &o->read);
  sub->add_option("FILE", o->file, "Catalogue file")->required();
  sub->footer(
      "Example:\n"
      "  samatthana inspect fixtures/cpd-competencies.pdf | head\n"
      "\nEach line is: source line (or pN for a PDF page), flags, text. Flags: I = the\n"
      "source marks an item here; C = continues the line before; T = continues it with\n"
      "no space (a Thai line wrap); R = some of its characters were repaired: the PDF's\n"
      "text layer disagreed with what its font draws (how many, by kind, is a warning).\n");
  sub->callback([o, exit_code] {
    Result<std::string> shown = import::InspectFile(o->file, o->read, PrintWarning);
    if (!shown.ok()) {
      *exit_code = Fail(shown.status());
      return;
    }
    Print(*shown);
    *exit_code = kExitOk;
  });
}

}  // namespace samatthana::cli
