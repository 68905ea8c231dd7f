#include <memory>
#include <string>
#include <utility>

#include "cli/commands.h"
#include "cli/console.h"
#include "db/store.h"
#include "export/export.h"

namespace samatthana::cli {
namespace {

// The export command's options, as CLI11 fills them in.
struct ExportOptions {
  std::string db = kDefaultDb;
  std::string version;
  std::string format = "json";
  std::string output = "-";
  std::string base_uri = exports::kDefaultCaseBaseUri;
  bool bom = false;
  std::string table = "indicators";
};

// The CSV table named on the command line (already checked by IsMember).
exports::CsvTable TableNamed(const std::string& name) {
  if (name == "competencies") return exports::CsvTable::kCompetencies;
  if (name == "levels") return exports::CsvTable::kLevels;
  return exports::CsvTable::kIndicators;
}

// Loads the version and writes it in the chosen format.
int Run(const ExportOptions& o, const CLI::App& sub) {
  if (o.format != "csv" && (sub.count("--table") > 0 || sub.count("--bom") > 0)) {
    return Fail(Status::Usage("--table and --bom apply to --format csv only"));
  }
  if (o.format != "case" && sub.count("--base-uri") > 0) {
    return Fail(Status::Usage("--base-uri applies to --format case only"));
  }
  Result<std::unique_ptr<db::Store>> store = db::Store::Open(o.db, {.must_exist = true});
  if (!store.ok()) return Fail(store.status());
  Result<VersionInfo> version = (*store)->ResolveVersion(o.version);
  if (!version.ok()) return Fail(version.status());
  Result<Catalogue> catalogue = (*store)->LoadCatalogue(version->id);
  if (!catalogue.ok()) return Fail(catalogue.status());
  Result<std::string> content =
      exports::Export(*version, *catalogue,
                      {.format = o.format,
                       .csv = {.table = TableNamed(o.table), .bom = o.bom},
                       .case_package = {.base_uri = o.base_uri}});
  if (!content.ok()) return Fail(content.status());
  if (Status s = exports::WriteOutput(o.output, *content); !s.ok()) return Fail(s);
  return kExitOk;
}

}  // namespace

void AddExportCommand(CLI::App& app, int* exit_code) {
  auto opts = std::make_shared<ExportOptions>();
  CLI::App* sub = app.add_subcommand("export", "Write one catalogue version for other systems");
  sub->add_option("--db", opts->db, "Catalogue database")->capture_default_str();
  sub->add_option("--version", opts->version, "Version id or label (default: the latest)");
  sub->add_option("--format", opts->format, "Output format")
      ->check(CLI::IsMember({"json", "jsonl", "csv", "case"}))
      ->capture_default_str();
  sub->add_option("-o,--output", opts->output, "Output file ('-' for standard output)")
      ->capture_default_str();
  sub->add_option("--base-uri", opts->base_uri, "case: prefix of every CASE uri")
      ->capture_default_str();
  sub->add_flag("--bom", opts->bom, "csv: start with a UTF-8 byte order mark (for Excel)");
  sub->add_option("--table", opts->table, "csv: which records, one row each")
      ->check(CLI::IsMember({"competencies", "levels", "indicators"}))
      ->capture_default_str();
  sub->footer(
      "Examples:\n"
      "  samatthana export --db catalogue.db --version 1 --format json -o catalogue.json\n"
      "  samatthana export --db catalogue.db --format jsonl -o records.jsonl\n"
      "  samatthana export --db catalogue.db --format csv --table levels --bom -o levels.csv\n"
      "  samatthana export --db catalogue.db --format case \\\n"
      "      --base-uri https://hr.example.go.th/ims/case/v1p0 -o catalogue.case.json\n"
      "\njson: {\"catalogue\": {version, label, source, sha256, title},\n"
      "\"competencies\": [{id, ordinal, name, category, definition, levels: [{id, level, title,\n"
      "builds_on, summary, indicators: [{id, ordinal, text}]}]}]}.\n"
      "jsonl: one record a line, {\"type\": \"competency\"|\"level\"|\"indicator\", \"id\", ...},\n"
      "with competency_id / level_id of its parents and the version.\n"
      "csv: RFC 4180 with a header row; --table indicators (the default), levels or\n"
      "competencies.\n"
      "case: a 1EdTech CASE 1.0 CFPackage; identifiers are UUIDs derived from the stable ids,\n"
      "the same in every version.\n");
  sub->callback([opts, exit_code, sub] { *exit_code = Run(*opts, *sub); });
}

}  // namespace samatthana::cli
