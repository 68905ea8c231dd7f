#include <unistd.h>

#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/console.h"
#include "db/store.h"
#include "search/search.h"

namespace samatthana::cli {
namespace {

struct SearchOptions {
  std::string db = kDefaultDb;
  std::string version;
  std::string format = "text";
  int limit = 10;
  std::vector<std::string> words;
};

int Run(const SearchOptions& o) {
  Result<std::unique_ptr<db::Store>> store = db::Store::Open(o.db, {.must_exist = true});
  if (!store.ok()) return Fail(store.status());
  Result<VersionInfo> version = (*store)->ResolveVersion(o.version);
  if (!version.ok()) return Fail(version.status());
  search::Query q;
  for (const std::string& w : o.words) q.text += (q.text.empty() ? "" : " ") + w;
  q.version_id = version->id;
  q.limit = o.limit;
  bool json = o.format == "json";
  // Matches in bold yellow on a terminal, in brackets anywhere else.
  if (!json && ::isatty(STDOUT_FILENO)) {
    q.mark_open = "\033[1;33m";
    q.mark_close = "\033[0m";
  }
  Result<std::vector<search::Hit>> hits = search::Find(**store, q);
  if (!hits.ok()) return Fail(hits.status());
  Print(json ? search::HitsToJson(*hits) : search::HitsToText(*hits, *version));
  return kExitOk;
}

}  // namespace

void AddSearchCommand(CLI::App& app, int* exit_code) {
  auto opts = std::make_shared<SearchOptions>();
  CLI::App* sub = app.add_subcommand(
      "search", "Find competencies, levels and indicators by Thai (or any) words");
  sub->add_option("--db", opts->db, "Catalogue database")->capture_default_str();
  sub->add_option("--version", opts->version, "Version id or label (default: the latest)");
  sub->add_option("--format", opts->format, "text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  sub->add_option("--limit", opts->limit, "Most hits to show")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  sub->add_option("QUERY", opts->words, "Words to find; all must occur")->required();
  sub->footer(
      "Example:\n"
      "  samatthana search --db catalogue.db สามัญสำนึก\n"
      "  1. C01.L1.1 indicator  การคิดวิเคราะห์และการมองภาพองค์รวม  (i-6bd3314d518c)\n"
      "     แยกแยะปัญหาออกเป็นรายการอย่างง่าย บนกฎพื้นฐานหรือ[สามัญสำนึก]ที่มี\n"
      "\nThai needs no spaces: words are found inside running text. Hits are ranked by bm25.\n");
  sub->callback([opts, exit_code] { *exit_code = Run(*opts); });
}

}  // namespace samatthana::cli
