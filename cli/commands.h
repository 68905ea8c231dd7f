// One function per subcommand: each adds its options to the app and sets
// *exit_code when it runs. The commands only wire library calls together.
#ifndef SAMATTHANA_CLI_COMMANDS_H_
#define SAMATTHANA_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

#include "ingest/ingest.h"

namespace samatthana::cli {

void AddIngestCommand(CLI::App& app, int* exit_code);
void AddVersionsCommand(CLI::App& app, int* exit_code);
void AddExportCommand(CLI::App& app, int* exit_code);
void AddInspectCommand(CLI::App& app, int* exit_code);
void AddDiffCommand(CLI::App& app, int* exit_code);
void AddSearchCommand(CLI::App& app, int* exit_code);

// Adds the limits on what a file may hold (--max-file-size, --max-pages, ...)
// to a command that reads catalogue files.
void AddReadLimits(CLI::App* sub, ingest::ReadOptions* read);

// The default database file, shared by every command.
inline constexpr const char* kDefaultDb = "catalogue.db";

}  // namespace samatthana::cli

#endif  // SAMATTHANA_CLI_COMMANDS_H_
