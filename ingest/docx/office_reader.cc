#include "ingest/docx/office_reader.h"

#include <algorithm>
#include <optional>

#include "ingest/docx/docx_body.h"
#include "ingest/docx/docx_numbering.h"
#include "ingest/docx/docx_styles.h"
#include "ingest/docx/odt_body.h"
#include "ingest/docx/zip_archive.h"

namespace samatthana::ingest {
namespace {

constexpr std::string_view kOdtMimetype = "application/vnd.oasis.opendocument.text";

// What a zip that does not open was meant to be, from the names its local
// headers leave in the bytes: only for the message.
std::string GuessKind(std::string_view bytes) {
  if (bytes.find("word/document.xml") != std::string_view::npos) return ".docx";
  if (bytes.find(kOdtMimetype) != std::string_view::npos) return ".odt";
  return "zip archive";
}

Status ReadDocx(const ZipArchive& zip, const ReadOptions& options, Document* doc) {
  const uint64_t limit = OfficePartLimit(options);
  XmlLimits xml{.max_depth = options.max_html_depth};
  DocxStyles styles;
  Result<std::optional<std::string>> part = zip.Read("word/styles.xml", limit);
  if (!part.ok()) return part.status();
  if (*part) {
    if (Status s = DocxStyles::Parse(**part, doc->path, xml, &styles); !s.ok()) return s;
  }
  DocxNumbering numbering;
  part = zip.Read("word/numbering.xml", limit);
  if (!part.ok()) return part.status();
  if (*part) {
    if (Status s = DocxNumbering::Parse(**part, doc->path, xml, &numbering); !s.ok()) return s;
  }
  part = zip.Read("word/document.xml", limit);
  if (!part.ok()) return part.status();
  return ReadDocxBody(**part, styles, numbering, options, doc);
}

Status ReadOdt(const ZipArchive& zip, const ReadOptions& options, Document* doc) {
  const uint64_t limit = OfficePartLimit(options);
  Result<std::optional<std::string>> styles = zip.Read("styles.xml", limit);
  if (!styles.ok()) return styles.status();
  Result<std::optional<std::string>> content = zip.Read("content.xml", limit);
  if (!content.ok()) return content.status();
  if (!*content) return zip.Damaged("the archive has no content.xml");
  return ReadOdtBody(**content, *styles ? std::string_view(**styles) : std::string_view(), options,
                     doc);
}

}  // namespace

uint64_t OfficePartLimit(const ReadOptions& options) {
  constexpr uint64_t kPartCap = 64ull << 20;
  // Office XML deflates well, but not by more than this on real documents.
  constexpr uint64_t kRatio = 32;
  uint64_t scaled =
      options.max_file_bytes > kPartCap / kRatio ? kPartCap : options.max_file_bytes * kRatio;
  return std::min(kPartCap, std::max<uint64_t>(scaled, 1 << 16));
}

Status ReadOfficeZip(std::string_view bytes, const ReadOptions& options, Document* doc) {
  Result<ZipArchive> zip = ZipArchive::Open(bytes, doc->path, GuessKind(bytes));
  if (!zip.ok()) return zip.status();
  Status s;
  if (zip->Has("word/document.xml")) {
    zip->set_kind(".docx");
    doc->format = Format::kDocx;
    s = ReadDocx(*zip, options, doc);
  } else {
    Result<std::optional<std::string>> mimetype = zip->Read("mimetype", 256);
    bool odt =
        mimetype.ok() && *mimetype &&
        (**mimetype == kOdtMimetype || **mimetype == std::string(kOdtMimetype) + "-template");
    if (!odt) {
      return Status::InvalidInput({doc->path},
                                  "a zip archive that is not a Word or OpenDocument text document");
    }
    zip->set_kind(".odt");
    doc->format = Format::kOdt;
    s = ReadOdt(*zip, options, doc);
  }
  if (!s.ok()) return s;
  if (doc->lines.empty()) return Status::InvalidInput({doc->path}, "no text in the document");
  return Status::OK();
}

}  // namespace samatthana::ingest
