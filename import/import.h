// Import: catalogue files in, stored versions out. The whole path a file
// takes (read → normalize → parse → one new version in one transaction), the
// catalogues `diff` compares (a file read in memory or a stored version),
// and what `inspect` shows of a file. The CLI's ingest, diff and inspect are
// calls into this library.
#ifndef SAMATTHANA_IMPORT_IMPORT_H_
#define SAMATTHANA_IMPORT_IMPORT_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "base/result.h"
#include "base/status.h"
#include "db/store.h"
#include "diff/diff.h"
#include "ingest/ingest.h"
#include "model/catalogue.h"
#include "model/version.h"

namespace samatthana::import {

struct ImportOptions {
  std::string db = "catalogue.db";
  // The new version's label; empty: the file's name (made unique if taken).
  // Names one version, so it needs a single file.
  std::string label;
  // Refuse a catalogue with anomalies instead of warning.
  bool strict = false;
  int busy_timeout_ms = 10000;
  // A file of extra label patterns (see parse/labels.h); empty: none.
  std::string labels_file;
  ingest::ReadOptions read;
  // Told every warning as it is found, file by file. May be empty.
  std::function<void(const Diagnostic&)> on_warning;
};

// What became of one file.
struct Imported {
  std::string path;
  VersionInfo version;
  bool created = false;  // false: the same bytes were stored before, as `version`
  size_t warnings = 0;
  int unused_blocks = 0;  // blocks of text not read into any record (each a warning)
};

// Reads and parses every file first, so bad input leaves the database exactly
// as it was (and does not create it); then stores each file as one version,
// in one transaction a file. Records that match the latest stored version
// (the same, renamed, moved or edited) take its ids, inside that transaction.
// The first failure stops the import; versions stored before it stay.
Result<std::vector<Imported>> ImportFiles(const std::vector<std::string>& files,
                                          const ImportOptions& options);

// "FILE: version 3 "label": 19 competencies, ... (2 warnings, 1 block of
// unused text)", or "FILE: unchanged, already version 1 ...".
std::string ImportedLine(const Imported& imported);

// Gives the records of `now` the ids of the records they match in `before`
// (by diff's matcher): the same, renamed or moved competencies and their
// levels, and the same or changed indicators. Records without a match get
// fresh content-derived ids that collide with none carried over.
void CarryStableIds(const Catalogue& before, Catalogue* now);

// A catalogue to compare: a file when one exists at `ref` (read and parsed in
// memory; the database is not touched), else a version of the database at
// `db` by id or label. `store` keeps the database open between two calls.
struct Side {
  diff::Side side;
  Catalogue catalogue;
};
Result<Side> LoadSide(const std::string& ref, const std::string& db,
                      const ingest::ReadOptions& read, const std::string& labels_file,
                      std::unique_ptr<db::Store>* store);

struct InspectOptions {
  ingest::ReadOptions read;
  std::string labels_file;
  std::string format = "text";  // "text" or "html"
};

// What ingest reads from `file` and what each line became. As text: a
// header, then "SOURCE<TAB>FLAGS<TAB>ROLE<TAB>RECORD<TAB>TEXT" a line (see the
// inspect command's help). As HTML: one page with the source lines beside
// the records they became, unused text highlighted. A file the parser
// cannot read still shows its lines (all unused) and the reason as a
// warning. Warnings go to `on_warning`.
Result<std::string> InspectFile(const std::string& file, const InspectOptions& options,
                                const std::function<void(const Diagnostic&)>& on_warning);

}  // namespace samatthana::import

#endif  // SAMATTHANA_IMPORT_IMPORT_H_
