// samatthana: Thai competency catalogues into a versioned SQLite database.
#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/console.h"

#ifndef SAMATTHANA_VERSION
#define SAMATTHANA_VERSION "0.0.0"
#endif

namespace {

int Main(int argc, char** argv) {
  using namespace samatthana::cli;
  CLI::App app{
      "samatthana: turns official Thai competency catalogues (text, HTML, PDF) into a "
      "versioned SQLite database, and exports them.",
      "samatthana"};
  app.set_version_flag("--version", "samatthana " SAMATTHANA_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  samatthana ingest --db catalogue.db fixtures/cpd-competencies.txt\n"
      "  samatthana versions --db catalogue.db\n"
      "  samatthana export --db catalogue.db --format json -o catalogue.json\n"
      "  samatthana diff --db catalogue.db 1 2\n"
      "\nRun 'samatthana COMMAND --help' for a command's options.\n");

  int exit_code = kExitOk;
  AddIngestCommand(app, &exit_code);
  AddVersionsCommand(app, &exit_code);
  AddExportCommand(app, &exit_code);
  AddDiffCommand(app, &exit_code);
  AddSearchCommand(app, &exit_code);
  AddInspectCommand(app, &exit_code);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "samatthana: usage error: " << e.what() << "\n"
              << "Run 'samatthana --help' for usage.\n";
    return kExitUsage;
  }
  return exit_code;
}

}  // namespace

int main(int argc, char** argv) {
  // Library errors travel as Status values; this is only for the unforeseen
  // (out of memory), so it still ends in one line and a failure status.
  try {
    return Main(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "samatthana: internal error: " << e.what() << "\n";
  } catch (...) {
    std::cerr << "samatthana: internal error\n";
  }
  return samatthana::cli::kExitRefused;
}
