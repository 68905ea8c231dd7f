#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/console.h"
#include "db/store.h"
#include "export/export.h"

namespace samatthana::cli {
namespace {

struct ExportOptions {
  std::string db = kDefaultDb;
  std::string version;
  std::string format = "json";
  std::string output = "-";
};

int Run(const ExportOptions& o) {
  Result<std::unique_ptr<db::Store>> store = db::Store::Open(o.db, {.must_exist = true});
  if (!store.ok()) return Fail(store.status());
  Result<db::VersionInfo> version = (*store)->ResolveVersion(o.version);
  if (!version.ok()) return Fail(version.status());
  Result<Catalogue> catalogue = (*store)->LoadCatalogue(version->id);
  if (!catalogue.ok()) return Fail(catalogue.status());
  std::string content = exports::ToJson(*version, *catalogue);
  if (Status s = exports::WriteOutput(o.output, content); !s.ok()) return Fail(s);
  return kExitOk;
}

}  // namespace

void AddExportCommand(CLI::App& app, int* exit_code) {
  auto opts = std::make_shared<ExportOptions>();
  CLI::App* sub = app.add_subcommand("export", "Write one catalogue version for other systems");
  sub->add_option("--db", opts->db, "Catalogue database")->capture_default_str();
  sub->add_option("--version", opts->version, "Version id or label (default: the latest)");
  sub->add_option("--format", opts->format, "Output format")
      ->check(CLI::IsMember({"json"}))
      ->capture_default_str();
  sub->add_option("-o,--output", opts->output, "Output file ('-' for standard output)")
      ->capture_default_str();
  sub->footer(
      "Example:\n"
      "  samatthana export --db catalogue.db --version 1 --format json -o catalogue.json\n"
      "\nThe JSON holds {\"catalogue\": {version, label, source, sha256, title},\n"
      "\"competencies\": [{id, ordinal, name, category, definition, levels: [{id, level, title,\n"
      "builds_on, summary, indicators: [{id, ordinal, text}]}]}]}.");
  sub->callback([opts, exit_code] { *exit_code = Run(*opts); });
}

}  // namespace samatthana::cli
