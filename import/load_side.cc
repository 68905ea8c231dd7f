// The two catalogues `diff` compares: files or stored versions.
#include <filesystem>

#include "import/import.h"
#include "import/labels_file.h"
#include "parse/parse.h"

namespace samatthana::import {

Result<Side> LoadSide(const std::string& ref, const std::string& db,
                      const ingest::ReadOptions& read, const std::string& labels_file,
                      std::unique_ptr<db::Store>* store) {
  std::error_code ec;
  if (std::filesystem::is_regular_file(ref, ec)) {
    Result<parse::Labels> labels = LoadLabels(labels_file);
    if (!labels.ok()) return labels.status();
    Result<ingest::Document> doc = ingest::ReadDocument(ref, read);
    if (!doc.ok()) return doc.status();
    Result<parse::ParsedCatalogue> parsed = parse::ParseDocument(&*doc, {.labels = &*labels});
    if (!parsed.ok()) return parsed.status();
    Side side;
    side.side.label = ref;
    side.catalogue = std::move(parsed->catalogue);
    return side;
  }
  if (!*store) {
    Result<std::unique_ptr<db::Store>> opened = db::Store::Open(db, {.must_exist = true});
    if (!opened.ok()) {
      return Status::NotFound("\"" + ref +
                              "\" is neither a file nor a version: " + opened.status().ToString());
    }
    *store = std::move(*opened);
  }
  Result<VersionInfo> version = (*store)->ResolveVersion(ref);
  if (!version.ok()) return version.status();
  Result<Catalogue> catalogue = (*store)->LoadCatalogue(version->id);
  if (!catalogue.ok()) return catalogue.status();
  Side side;
  side.side = {version->id, version->label};
  side.catalogue = std::move(*catalogue);
  return side;
}

}  // namespace samatthana::import
