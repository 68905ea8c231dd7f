// Files → records → one new version each.
#include <filesystem>
#include <optional>

#include "base/test_hook.h"
#include "import/import.h"
#include "import/labels_file.h"
#include "parse/parse.h"

namespace samatthana::import {
namespace {

struct Parsed {
  ingest::Document doc;
  parse::ParsedCatalogue parsed;
  std::optional<double> ocr_confidence;
};

// The mean confidence of the lines OCR read, if any.
std::optional<double> MeanOcrConfidence(const ingest::Document& doc) {
  double sum = 0;
  int count = 0;
  for (const ingest::Line& l : doc.lines) {
    if (l.confidence < 0) continue;
    sum += l.confidence;
    ++count;
  }
  if (count == 0) return std::nullopt;
  return sum / count;
}

}  // namespace

Result<std::vector<Imported>> ImportFiles(const std::vector<std::string>& files,
                                          const ImportOptions& options) {
  if (!options.label.empty() && files.size() > 1) {
    return Status::Usage("--label names one version; give one FILE with it");
  }
  auto warn = [&](const Diagnostic& d) {
    if (options.on_warning) options.on_warning(d);
  };
  Result<parse::Labels> labels = LoadLabels(options.labels_file);
  if (!labels.ok()) return labels.status();
  // Every file is read and parsed before the database is opened: bad input
  // leaves it exactly as it was.
  std::vector<Parsed> parsed;
  for (const std::string& file : files) {
    Result<ingest::Document> doc = ingest::ReadDocument(file, options.read);
    if (!doc.ok()) return doc.status();
    std::optional<double> ocr_confidence = MeanOcrConfidence(*doc);
    Result<parse::ParsedCatalogue> cat =
        parse::ParseDocument(&*doc, {.strict = options.strict, .labels = &*labels});
    if (!cat.ok()) return cat.status();
    for (const Diagnostic& w : cat->warnings) warn(w);
    for (const Diagnostic& w : doc->warnings) warn(w);
    parsed.push_back({std::move(*doc), std::move(*cat), ocr_confidence});
  }
  TestKillPoint("parsed");

  Result<std::unique_ptr<db::Store>> store =
      db::Store::Open(options.db, {.busy_timeout_ms = options.busy_timeout_ms});
  if (!store.ok()) return store.status();

  std::vector<Imported> out;
  for (Parsed& p : parsed) {
    db::Store::NewVersion nv;
    nv.label = options.label.empty() ? std::filesystem::path(p.doc.path).filename().string()
                                     : options.label;
    nv.label_is_default = options.label.empty();
    nv.source = {p.doc.path,      p.doc.sha256,
                 p.doc.size,      std::string(ingest::FormatName(p.doc.format)),
                 p.doc.encoding,  p.doc.pages,
                 p.doc.ocr_pages, p.ocr_confidence};
    nv.catalogue = &p.parsed.catalogue;
    nv.warnings = p.parsed.warnings;
    nv.warnings.insert(nv.warnings.end(), p.doc.warnings.begin(), p.doc.warnings.end());
    nv.carry_ids = [](const Catalogue& latest, Catalogue* next) { CarryStableIds(latest, next); };
    Result<db::Store::AddResult> added = (*store)->AddVersion(nv);
    if (!added.ok()) return added.status();
    out.push_back(
        {p.doc.path, added->version, added->created, nv.warnings.size(), p.parsed.unused_blocks});
  }
  return out;
}

std::string ImportedLine(const Imported& imported) {
  if (!imported.created) {
    return imported.path + ": unchanged, already " + db::VersionSummary(imported.version);
  }
  std::string notes;
  if (imported.warnings > 0) {
    notes = std::to_string(imported.warnings) + (imported.warnings == 1 ? " warning" : " warnings");
  }
  if (imported.unused_blocks > 0) {
    notes += ", " + std::to_string(imported.unused_blocks) +
             (imported.unused_blocks == 1 ? " block" : " blocks") + " of unused text";
  }
  return imported.path + ": " + db::VersionSummary(imported.version) +
         (notes.empty() ? "" : " (" + notes + ")");
}

}  // namespace samatthana::import
