// Ingest: reads one catalogue file (text, text with HTML fragments, an HTML
// page, a PDF, a Word document or an OpenDocument text) into logical lines,
// each with the place it came from, and the tables it holds. The lines are
// as extracted; Thai repair is the normalizer's job.
#ifndef SAMATTHANA_INGEST_INGEST_H_
#define SAMATTHANA_INGEST_INGEST_H_

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "base/status.h"
#include "ingest/document.h"

namespace samatthana::ingest {

// "text", "html-fragments", "html", "pdf", "docx", "odt".
std::string_view FormatName(Format format);

// Reads `path` and detects its format from the bytes. On failure the Status
// names the file and, where it helps, the byte offset, page or line.
Result<Document> ReadDocument(const std::filesystem::path& path, const ReadOptions& options);

// As ReadDocument, for bytes already in memory. `name` is used in messages and
// to notice a non-PDF named ".pdf".
Result<Document> ReadDocumentFromBytes(const std::string& name, std::string bytes,
                                       const ReadOptions& options);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_INGEST_H_
