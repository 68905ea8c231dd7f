#include <iomanip>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
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
  Result<std::vector<db::VersionInfo>> versions = (*store)->ListVersions();
  if (!versions.ok()) return Fail(versions.status());

  if (o.format == "json") {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const db::VersionInfo& v : *versions) {
      out.push_back({{"version", v.id},
                     {"label", v.label},
                     {"ingested_at", v.ingested_at},
                     {"source", v.source.path},
                     {"sha256", v.source.sha256},
                     {"format", v.source.format},
                     {"competencies", v.counts.competencies},
                     {"levels", v.counts.levels},
                     {"indicators", v.counts.indicators},
                     {"warnings", v.warning_count}});
    }
    std::cout << out.dump(2) << "\n";
    return kExitOk;
  }
  if (versions->empty()) {
    std::cout << "no versions yet\n";
    return kExitOk;
  }
  std::cout << std::left << std::setw(4) << "id"
            << "  " << std::setw(22) << "ingested (UTC)" << std::setw(16) << "format" << std::right
            << std::setw(6) << "comp" << std::setw(8) << "levels" << std::setw(8) << "items"
            << std::setw(6) << "warn"
            << "  label / source\n";
  for (const db::VersionInfo& v : *versions) {
    std::cout << std::left << std::setw(4) << v.id << "  " << std::setw(22) << v.ingested_at
              << std::setw(16) << v.source.format << std::right << std::setw(6)
              << v.counts.competencies << std::setw(8) << v.counts.levels << std::setw(8)
              << v.counts.indicators << std::setw(6) << v.warning_count << "  " << v.label;
    if (v.label != v.source.path) std::cout << "  (" << v.source.path << ")";
    std::cout << "\n";
  }
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
      "  1     2026-11-25T18:02:11Z  html-fragments      19     114     194     0  cpd.txt");
  sub->callback([opts, exit_code] { *exit_code = Run(*opts); });
}

}  // namespace samatthana::cli
