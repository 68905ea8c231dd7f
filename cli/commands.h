// One function per subcommand: each adds its options to the app and sets
// *exit_code when it runs. The commands only wire library calls together.
#ifndef SAMATTHANA_CLI_COMMANDS_H_
#define SAMATTHANA_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace samatthana::cli {

void AddIngestCommand(CLI::App& app, int* exit_code);
void AddVersionsCommand(CLI::App& app, int* exit_code);
void AddExportCommand(CLI::App& app, int* exit_code);
void AddInspectCommand(CLI::App& app, int* exit_code);
void AddDiffCommand(CLI::App& app, int* exit_code);
void AddSearchCommand(CLI::App& app, int* exit_code);

// The default database file, shared by every command.
inline constexpr const char* kDefaultDb = "catalogue.db";

}  // namespace samatthana::cli

#endif  // SAMATTHANA_CLI_COMMANDS_H_
