#include <memory>

#include "cli/commands.h"
#include "cli/console.h"
#include "import/import.h"

namespace samatthana::cli {

void AddIngestCommand(CLI::App& app, int* exit_code) {
  auto o = std::make_shared<import::ImportOptions>();
  auto files = std::make_shared<std::vector<std::string>>();
  o->db = kDefaultDb;
  CLI::App* sub = app.add_subcommand("ingest",
                                     "Read catalogue files (text, HTML, PDF, Word, OpenDocument; "
                                     "scans by OCR); each becomes one version");
  sub->add_option("--db", o->db, "Catalogue database (created if missing)")->capture_default_str();
  sub->add_option("--label", o->label, "Label for the new version (default: the file name)");
  sub->add_flag("--strict", o->strict,
                "Refuse a catalogue with anomalies (missing or duplicate levels, empty "
                "definitions) instead of warning");
  sub->add_option("--password", o->read.password, "Password of an encrypted PDF");
  sub->add_option("--labels", o->labels_file,
                  "A file of extra label patterns, for a layout the built-in reading misses")
      ->check(CLI::ExistingFile);
  sub->add_option("--busy-timeout", o->busy_timeout_ms,
                  "How long to wait for another writer to finish, in milliseconds")
      ->capture_default_str();
  AddReadLimits(sub, &o->read);
  sub->add_option("FILE", *files, "Catalogue files, one version each")->required();
  sub->footer(
      "Example:\n"
      "  samatthana ingest --db catalogue.db --label 2566 fixtures/cpd-competencies.txt\n"
      "  fixtures/cpd-competencies.txt: version 1 \"2566\": 19 competencies, 114 levels, "
      "194 indicators\n"
      "\nIngesting the same bytes again writes nothing and names the existing version.\n");
  sub->callback([o, files, exit_code] {
    import::ImportOptions options = *o;
    options.on_warning = PrintWarning;
    options.read.progress = TerminalProgress();
    Result<std::vector<import::Imported>> imported = import::ImportFiles(*files, options);
    if (!imported.ok()) {
      *exit_code = Fail(imported.status());
      return;
    }
    for (const import::Imported& i : *imported) Print(import::ImportedLine(i) + "\n");
    *exit_code = kExitOk;
  });
}

}  // namespace samatthana::cli
