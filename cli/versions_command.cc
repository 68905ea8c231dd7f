#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/console.h"
#include "db/store.h"

namespace samatthana::cli {
namespace {

struct VersionsOptions {
  std::string db = kDefaultDb;
  std::string format = "text";
};

int Run(const VersionsOptions& o) {
  Result<std::unique_ptr<db::Store>> store = db::Store::Open(o.db, {.must_exist = true});
  if (!store.ok()) return Fail(store.status());
  Result<std::vector<VersionInfo>> versions = (*store)->ListVersions();
  if (!versions.ok()) return Fail(versions.status());
  Print(o.format == "json" ? db::VersionsToJson(*versions) : db::VersionsToText(*versions));
  return kExitOk;
}

}  // namespace

void AddVersionsCommand(CLI::App& app, int* exit_code) {
  auto opts = std::make_shared<VersionsOptions>();
  CLI::App* sub = app.add_subcommand("versions", "List the catalogue versions in the database");
  sub->add_option("--db", opts->db, "Catalogue database")->capture_default_str();
  sub->add_option("--format", opts->format, "text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  sub->footer(
      "Example:\n"
      "  samatthana versions --db catalogue.db\n"
      "  id    ingested (UTC)        format            comp  levels   items  warn  label / source\n"
      "  1     2026-11-25T18:02:11Z  html-fragments      19     114     194     0  cpd.txt\n");
  sub->callback([opts, exit_code] { *exit_code = Run(*opts); });
}

}  // namespace samatthana::cli
