// Console: how the CLI speaks to people. Errors and warnings are one line
// each on stderr, prefixed with the program name; results go to stdout.
#ifndef SAMATTHANA_CLI_CONSOLE_H_
#define SAMATTHANA_CLI_CONSOLE_H_

#include <string>

#include "base/status.h"
#include "ingest/ingest.h"

namespace samatthana::cli {

// Exit codes shared by every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitRefused = 1;  // bad input, refused, or the database failed
inline constexpr int kExitUsage = 2;

void PrintError(const Status& status);
void PrintWarning(const Diagnostic& warning);
// Prints the error and returns its exit code: kExitUsage for a usage error,
// kExitRefused for anything else.
int Fail(const Status& status);

// Writes `text` to standard output.
void Print(const std::string& text);

// Pages done / total on stderr, rewritten in place; only when stderr is a
// terminal (and only for long documents), so logs and pipes stay clean.
ingest::ProgressCallback TerminalProgress();

}  // namespace samatthana::cli

#endif  // SAMATTHANA_CLI_CONSOLE_H_
