#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/console.h"
#include "db/store.h"
#include "diff/diff.h"
#include "diff/report.h"
#include "export/export.h"
#include "ingest/ingest.h"
#include "parse/parse.h"

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
  ingest::ReadOptions read;
};

struct Loaded {
  diff::Side side;
  Catalogue catalogue;
};

// A side of the diff: a file when one exists at `ref` (read and parsed in
// memory, the database untouched), else a version in the database.
Result<Loaded> Load(const std::string& ref, const DiffOptions& o,
                    std::unique_ptr<db::Store>* store) {
  std::error_code ec;
  if (std::filesystem::is_regular_file(ref, ec)) {
    Result<ingest::Document> doc = ingest::ReadDocument(ref, o.read);
    if (!doc.ok()) return doc.status();
    Result<parse::ParsedCatalogue> parsed = parse::ParseDocument(&*doc, {});
    if (!parsed.ok()) return parsed.status();
    Loaded loaded;
    loaded.side.label = ref;
    loaded.catalogue = std::move(parsed->catalogue);
    return loaded;
  }
  if (!*store) {
    Result<std::unique_ptr<db::Store>> opened = db::Store::Open(o.db, {.must_exist = true});
    if (!opened.ok()) {
      return Status::NotFound("\"" + ref +
                              "\" is neither a file nor a version: " + opened.status().ToString());
    }
    *store = std::move(*opened);
  }
  Result<db::VersionInfo> version = (*store)->ResolveVersion(ref);
  if (!version.ok()) return version.status();
  Result<Catalogue> catalogue = (*store)->LoadCatalogue(version->id);
  if (!catalogue.ok()) return catalogue.status();
  Loaded loaded;
  loaded.side = {version->id, version->label};
  loaded.catalogue = std::move(*catalogue);
  return loaded;
}

bool UseColor(const DiffOptions& o) {
  if (o.color == "always") return true;
  if (o.color == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  return (o.output.empty() || o.output == "-") && ::isatty(STDOUT_FILENO);
}

int Run(const DiffOptions& o) {
  std::unique_ptr<db::Store> store;
  Result<Loaded> before = Load(o.old_ref, o, &store);
  if (!before.ok()) {
    PrintError(before.status());
    return kTrouble;
  }
  Result<Loaded> after = Load(o.new_ref, o, &store);
  if (!after.ok()) {
    PrintError(after.status());
    return kTrouble;
  }
  diff::DiffResult result = diff::Compare(before->catalogue, after->catalogue);
  result.old_side = before->side;
  result.new_side = after->side;

  std::string report;
  if (o.format == "json") {
    report = diff::ToJson(result);
  } else if (o.format == "markdown") {
    report = diff::ToMarkdown(result);
  } else if (o.format == "html") {
    report = diff::ToHtml(result);
  } else {
    report = diff::ToText(result, UseColor(o));
  }
  if (Status s = exports::WriteOutput(o.output, report); !s.ok()) {
    PrintError(s);
    return kTrouble;
  }
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
  sub->add_option("OLD", opts->old_ref, "Old version: id, label, or a catalogue file")->required();
  sub->add_option("NEW", opts->new_ref, "New version: id, label, or a catalogue file")->required();
  sub->footer(
      "Examples:\n"
      "  samatthana diff --db catalogue.db 2566 2567\n"
      "  samatthana diff old.pdf new.html --format html -o changes.html\n"
      "\nLayout never counts: the same catalogue as text, HTML or PDF is identical.\n"
      "Exit status: 0 identical, 1 different, 2 trouble. NO_COLOR turns colour off.");
  sub->callback([opts, exit_code] { *exit_code = Run(*opts); });
}

}  // namespace samatthana::cli
