// What `inspect` shows: the lines ingest reads, before parsing.
#include "import/import.h"

namespace samatthana::import {

Result<std::string> InspectFile(const std::string& file, const ingest::ReadOptions& read,
                                const std::function<void(const Diagnostic&)>& on_warning) {
  Result<ingest::Document> doc = ingest::ReadDocument(file, read);
  if (!doc.ok()) return doc.status();
  std::string out = "# " + doc->path + ": " + std::string(ingest::FormatName(doc->format));
  if (!doc->encoding.empty()) out += ", " + doc->encoding;
  if (doc->pages > 0) out += ", " + std::to_string(doc->pages) + " pages";
  out += ", " + std::to_string(doc->lines.size()) + " lines\n";
  for (const ingest::Line& l : doc->lines) {
    std::string where = l.page > 0 ? "p" + std::to_string(l.page) : std::to_string(l.line);
    std::string flags;
    flags += l.starts_item ? 'I' : '.';
    flags += l.continues ? (l.join_tight ? 'T' : 'C') : '.';
    out.append(where).append("\t").append(flags).append("\t").append(l.text).append("\n");
  }
  if (on_warning) {
    for (const Diagnostic& w : doc->warnings) on_warning(w);
  }
  return out;
}

}  // namespace samatthana::import
