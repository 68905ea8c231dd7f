#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/console.h"
#include "export/export.h"
#include "import/import.h"

namespace samatthana::cli {

void AddInspectCommand(CLI::App& app, int* exit_code) {
  auto o = std::make_shared<import::InspectOptions>();
  auto file = std::make_shared<std::string>();
  auto output = std::make_shared<std::string>("-");
  CLI::App* sub = app.add_subcommand(
      "inspect", "Show what ingest reads from a file and what each line became (troubleshooting)");
  sub->add_option("--format", o->format, "text, or html: the lines beside their records")
      ->check(CLI::IsMember({"text", "html"}))
      ->capture_default_str();
  sub->add_option("-o,--output", *output, "Output file ('-' for standard output)")
      ->capture_default_str();
  sub->add_option("--labels", o->labels_file, "A file of extra label patterns")
      ->check(CLI::ExistingFile);
  sub->add_option("--password", o->read.password, "Password of an encrypted PDF");
  AddReadLimits(sub, &o->read);
  sub->add_option("FILE", *file, "Catalogue file")->required();
  sub->footer(
      "Example:\n"
      "  samatthana inspect fixtures/cpd-competencies.pdf | head\n"
      "  samatthana inspect --format html -o seen.html catalogue.docx\n"
      "\nEach line is: source line (or pN for a PDF page), flags, role, record, text.\n"
      "Flags: I = the source marks an item here; C = continues the line before; T = continues\n"
      "it with no space (a Thai line wrap); R = characters repaired from the font; G = a blank\n"
      "line or space before it. Roles: title, category, name, definition, level, indicator,\n"
      "continuation, furniture, label, unused (text that went into no record). Records:\n"
      "C03 is the third competency, C03.L2 its level 2, C03.L2.4 that level's fourth\n"
      "indicator.\n");
  sub->callback([o, file, output, exit_code] {
    Result<std::string> shown = import::InspectFile(*file, *o, PrintWarning);
    if (!shown.ok()) {
      *exit_code = Fail(shown.status());
      return;
    }
    if (Status s = exports::WriteOutput(*output, *shown); !s.ok()) {
      *exit_code = Fail(s);
      return;
    }
    *exit_code = kExitOk;
  });
}

}  // namespace samatthana::cli
