#include <unistd.h>

#include <cstdlib>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/console.h"
#include "diff/report.h"
#include "export/export.h"
#include "import/import.h"

namespace samatthana::cli {
namespace {

// diff(1) exit codes: differences are not an error.
constexpr int kIdentical = 0;
constexpr int kDifferent = 1;
constexpr int kTrouble = 2;

struct DiffOptions {
  std::string db = kDefaultDb;
  std::string old_ref;
  std::string new_ref;
  std::string format = "text";
  std::string output = "-";
  std::string color = "auto";
  std::string labels_file;
  ingest::ReadOptions read;
};

bool UseColor(const DiffOptions& o) {
  if (o.color == "always") return true;
  if (o.color == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  return (o.output.empty() || o.output == "-") && ::isatty(STDOUT_FILENO);
}

int Run(const DiffOptions& o) {
  std::unique_ptr<db::Store> store;
  Result<import::Side> before = import::LoadSide(o.old_ref, o.db, o.read, o.labels_file, &store);
  if (!before.ok()) return Fail(before.status()), kTrouble;
  Result<import::Side> after = import::LoadSide(o.new_ref, o.db, o.read, o.labels_file, &store);
  if (!after.ok()) return Fail(after.status()), kTrouble;
  diff::DiffResult result = diff::Compare(before->catalogue, after->catalogue);
  result.old_side = before->side;
  result.new_side = after->side;
  std::string report = diff::Report(result, o.format, UseColor(o));
  if (Status s = exports::WriteOutput(o.output, report); !s.ok()) return Fail(s), kTrouble;
  return result.summary.total() == 0 ? kIdentical : kDifferent;
}

}  // namespace

void AddDiffCommand(CLI::App& app, int* exit_code) {
  auto opts = std::make_shared<DiffOptions>();
  CLI::App* sub = app.add_subcommand(
      "diff", "Show what changed between two catalogue versions (or files), record by record");
  sub->add_option("--db", opts->db, "Catalogue database, for versions given by id or label")
      ->capture_default_str();
  sub->add_option("--format", opts->format, "text, json, markdown or html")
      ->check(CLI::IsMember({"text", "json", "markdown", "html"}))
      ->capture_default_str();
  sub->add_option("-o,--output", opts->output, "Output file ('-' for standard output)")
      ->capture_default_str();
  sub->add_option("--color", opts->color, "Colour the text report: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  sub->add_option("--password", opts->read.password, "Password of encrypted PDFs");
  sub->add_option("--labels", opts->labels_file, "Extra label patterns for files read here")
      ->check(CLI::ExistingFile);
  sub->add_option("OLD", opts->old_ref, "Old version: id, label, or a catalogue file")->required();
  sub->add_option("NEW", opts->new_ref, "New version: id, label, or a catalogue file")->required();
  sub->footer(
      "Examples:\n"
      "  samatthana diff --db catalogue.db 2566 2567\n"
      "  samatthana diff old.pdf new.html --format html -o changes.html\n"
      "\nLayout never counts: the same catalogue as text, HTML or PDF is identical.\n"
      "Exit status: 0 identical, 1 different, 2 trouble. NO_COLOR turns colour off.\n");
  sub->callback([opts, exit_code] { *exit_code = Run(*opts); });
}

}  // namespace samatthana::cli
