#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/console.h"
#include "db/store.h"
#include "diff/diff.h"
#include "ingest/ingest.h"
#include "parse/parse.h"

namespace samatthana::cli {
namespace {

struct IngestOptions {
  std::string db = kDefaultDb;
  std::string label;
  bool strict = false;
  int busy_timeout_ms = 10000;
  std::vector<std::string> files;
  ingest::ReadOptions read;
};

struct Parsed {
  ingest::Document doc;
  parse::ParsedCatalogue parsed;
};

std::string Summary(const db::VersionInfo& v) {
  return "version " + std::to_string(v.id) + " \"" + v.label +
         "\": " + std::to_string(v.counts.competencies) + " competencies, " +
         std::to_string(v.counts.levels) + " levels, " + std::to_string(v.counts.indicators) +
         " indicators";
}

// Pages done / total on stderr, rewritten in place; only on a terminal, so
// logs and pipes stay clean.
ingest::ProgressCallback TerminalProgress(const std::string& file) {
  if (!::isatty(STDERR_FILENO)) return nullptr;
  return [file](int done, int total) {
    if (total < 10) return;
    std::cerr << "\r" << file << ": page " << done << "/" << total << std::flush;
    if (done == total) std::cerr << "\r\033[K" << std::flush;
  };
}

int Run(const IngestOptions& o) {
  if (!o.label.empty() && o.files.size() > 1) {
    std::cerr << "samatthana: usage error: --label names one version; give one FILE with it\n";
    return kExitUsage;
  }
  // Read and parse every file before touching the database: bad input leaves
  // it exactly as it was (and does not create it).
  std::vector<Parsed> parsed;
  for (const std::string& file : o.files) {
    ingest::ReadOptions read = o.read;
    read.progress = TerminalProgress(file);
    Result<ingest::Document> doc = ingest::ReadDocument(file, read);
    if (!doc.ok()) return Fail(doc.status());
    Result<parse::ParsedCatalogue> cat = parse::ParseDocument(&*doc, {o.strict});
    if (!cat.ok()) return Fail(cat.status());
    for (const Diagnostic& w : cat->warnings) PrintWarning(w);
    for (const Diagnostic& w : doc->warnings) PrintWarning(w);
    parsed.push_back({std::move(*doc), std::move(*cat)});
  }

  Result<std::unique_ptr<db::Store>> store =
      db::Store::Open(o.db, {.busy_timeout_ms = o.busy_timeout_ms});
  if (!store.ok()) return Fail(store.status());

  for (Parsed& p : parsed) {
    // Records that match the latest version keep its ids: a renamed or moved
    // competency, an edited indicator are still the same records.
    Result<db::VersionInfo> latest = (*store)->ResolveVersion("");
    if (latest.ok()) {
      Result<Catalogue> previous = (*store)->LoadCatalogue(latest->id);
      if (!previous.ok()) return Fail(previous.status());
      diff::CarryStableIds(*previous, &p.parsed.catalogue);
    }
    db::Store::NewVersion nv;
    nv.label = o.label.empty() ? std::filesystem::path(p.doc.path).filename().string() : o.label;
    nv.label_is_default = o.label.empty();
    nv.source = {p.doc.path,     p.doc.sha256,
                 p.doc.size,     std::string(ingest::FormatName(p.doc.format)),
                 p.doc.encoding, p.doc.pages};
    nv.catalogue = &p.parsed.catalogue;
    nv.warnings = p.parsed.warnings;
    nv.warnings.insert(nv.warnings.end(), p.doc.warnings.begin(), p.doc.warnings.end());
    Result<db::Store::AddResult> added = (*store)->AddVersion(nv);
    if (!added.ok()) return Fail(added.status());
    if (added->created) {
      std::string warned =
          nv.warnings.empty() ? "" : " (" + std::to_string(nv.warnings.size()) + " warnings)";
      std::cout << p.doc.path << ": " << Summary(added->version) << warned << "\n";
    } else {
      std::cout << p.doc.path << ": unchanged, already " << Summary(added->version) << "\n";
    }
  }
  return kExitOk;
}

}  // namespace

void AddIngestCommand(CLI::App& app, int* exit_code) {
  auto opts = std::make_shared<IngestOptions>();
  CLI::App* sub = app.add_subcommand(
      "ingest", "Read catalogue files (text, HTML, PDF); each becomes one version in the database");
  sub->add_option("--db", opts->db, "Catalogue database (created if missing)")
      ->capture_default_str();
  sub->add_option("--label", opts->label, "Label for the new version (default: the file name)");
  sub->add_flag("--strict", opts->strict,
                "Refuse a catalogue with anomalies (missing or duplicate levels, empty "
                "definitions) instead of warning");
  sub->add_option("--password", opts->read.password, "Password of an encrypted PDF");
  sub->add_option("--busy-timeout", opts->busy_timeout_ms,
                  "How long to wait for another writer to finish, in milliseconds")
      ->capture_default_str();
  sub->add_option("--max-file-size", opts->read.max_file_bytes, "Largest file accepted, in bytes")
      ->capture_default_str();
  sub->add_option("--max-line-length", opts->read.max_line_bytes,
                  "Longest text line accepted, in bytes")
      ->capture_default_str();
  sub->add_option("--max-html-depth", opts->read.max_html_depth, "Deepest HTML nesting accepted")
      ->capture_default_str();
  sub->add_option("--max-pages", opts->read.max_pages, "Most PDF pages accepted")
      ->capture_default_str();
  sub->add_option("FILE", opts->files, "Catalogue files, one version each")->required();
  sub->footer(
      "Example:\n"
      "  samatthana ingest --db catalogue.db --label 2566 fixtures/cpd-competencies.txt\n"
      "  fixtures/cpd-competencies.txt: version 1 \"2566\": 19 competencies, 114 levels, "
      "194 indicators\n"
      "\nIngesting the same bytes again writes nothing and names the existing version.");
  sub->callback([opts, exit_code] { *exit_code = Run(*opts); });
}

}  // namespace samatthana::cli
