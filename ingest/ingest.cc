#include "ingest/ingest.h"

#include <algorithm>
#include <fstream>
#include <system_error>

#include "ingest/child_reader.h"
#include "ingest/digest.h"
#include "ingest/docx/office_reader.h"
#include "ingest/html/html_extractor.h"
#include "ingest/pdf/pdf_extractor.h"
#include "ingest/text/detect.h"
#include "ingest/text/text_decoder.h"

namespace samatthana::ingest {
namespace {

bool NamedPdf(const std::string& name) {
  if (name.size() < 4) return false;
  std::string ext = name.substr(name.size() - 4);
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return ext == ".pdf";
}

// Names in UTF-16LE as an OLE2 directory stores them.
bool HasStreamNamed(std::string_view bytes, std::u16string_view name) {
  std::string utf16le;
  for (char16_t c : name) {
    utf16le.push_back(static_cast<char>(c & 0xFF));
    utf16le.push_back(static_cast<char>(c >> 8));
  }
  return bytes.find(utf16le) != std::string_view::npos;
}

// An OLE2 compound file is no catalogue we read, but the user can make it
// one: say which kind of file it is and what to do.
Status RefuseOle2(const std::string& name, std::string_view bytes) {
  if (HasStreamNamed(bytes, u"EncryptedPackage")) {
    return Status::InvalidInput(
        {name},
        "a password-protected Office document: remove the password in Word or "
        "LibreOffice and save it as .docx");
  }
  if (HasStreamNamed(bytes, u"WordDocument")) {
    return Status::InvalidInput({name},
                                "a Word 97-2003 document (.doc): save it as .docx in "
                                "Word or LibreOffice");
  }
  return Status::InvalidInput({name},
                              "an older Office file (not a Word document): save the "
                              "catalogue as .docx in Word or LibreOffice");
}

std::string SizeLimitMessage(uint64_t limit) {
  return "file larger than " + std::to_string(limit) +
         " bytes (raise the limit with --max-file-size)";
}

ChildLimits PdfReaderLimits(const ReadOptions& options) {
  return {.reader = "the PDF reader",
          .stall_seconds = options.time_limit_seconds,
          .max_memory_bytes = options.max_memory_bytes};
}

// The SHA-256 of the whole stream `in`, whose first bytes, `head`, are
// already read.
Result<std::string> HashRest(const std::string& name, std::ifstream& in, std::string_view head) {
  Sha256 hash;
  hash.Update(head);
  std::string chunk(1 << 20, '\0');
  while (in.read(chunk.data(), static_cast<std::streamsize>(chunk.size())) || in.gcount() > 0) {
    hash.Update(std::string_view(chunk.data(), static_cast<size_t>(in.gcount())));
  }
  if (in.bad()) return Status::IoError({name}, "read failed");
  return hash.HexDigest();
}

// The last kilobyte of a file of `size` bytes open as `in`, read at its end;
// `in` is left where it was.
Result<std::string> FileTail(const std::string& name, std::ifstream& in, uint64_t size) {
  constexpr uint64_t kTail = 1024;
  const std::streampos at = in.tellg();
  std::string tail(std::min(size, kTail), '\0');
  in.seekg(static_cast<std::streamoff>(size - tail.size()));
  if (!in.read(tail.data(), static_cast<std::streamsize>(tail.size()))) {
    return Status::IoError({name}, "read failed");
  }
  in.seekg(at);
  return tail;
}

Result<Document> ReadPdfFile(const std::string& name, uint64_t size, std::ifstream& in,
                             std::string_view head, const ReadOptions& options) {
  Document doc;
  doc.path = name;
  doc.size = size;
  doc.format = Format::kPdf;
  Result<std::string> tail = FileTail(name, in, size);
  if (!tail.ok()) return tail.status();
  auto read = [&](const ProgressCallback& progress) -> Result<Document> {
    ReadOptions in_child = options;
    in_child.progress = progress;
    Document out = doc;
    if (Status s = ExtractPdfFile(name, *tail, in_child, &out); !s.ok()) return s;
    return out;
  };
  // The file is hashed while Poppler reads it in the child: both are a pass
  // over the file, and they run on two cores.
  std::string sha256;
  auto hash = [&]() -> Status {
    Result<std::string> digest = HashRest(name, in, head);
    if (!digest.ok()) return digest.status();
    sha256 = std::move(*digest);
    return Status::OK();
  };
  Result<Document> out =
      options.isolate ? ReadInChild(name, PdfReaderLimits(options), read, options.progress, hash)
                      : read(options.progress);
  if (!out.ok()) return out;
  if (!options.isolate) {
    if (Status s = hash(); !s.ok()) return s;
  }
  out->sha256 = sha256;
  return out;
}

}  // namespace

std::string_view FormatName(Format format) {
  switch (format) {
    case Format::kText:
      return "text";
    case Format::kHtmlFragments:
      return "html-fragments";
    case Format::kHtml:
      return "html";
    case Format::kPdf:
      return "pdf";
    case Format::kDocx:
      return "docx";
    case Format::kOdt:
      return "odt";
  }
  return "unknown";
}

Result<Document> ReadDocument(const std::filesystem::path& path, const ReadOptions& options) {
  const std::string name = path.string();
  std::error_code ec;
  auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) {
    return Status::IoError({name}, "no such file");
  }
  if (std::filesystem::is_directory(status)) {
    return Status::IoError({name}, "is a directory, not a catalogue file");
  }
  uint64_t size = std::filesystem::file_size(path, ec);
  if (!ec && size > options.max_file_bytes) {
    return Status::InvalidInput({name}, SizeLimitMessage(options.max_file_bytes));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError({name}, "cannot open for reading");
  if (!ec && size > 0) {
    // A PDF is hashed as it streams past and then read by Poppler itself, so
    // a large one is never in memory twice.
    char head[1024];
    in.read(head, sizeof(head));
    std::string_view start(head, static_cast<size_t>(in.gcount()));
    if (LooksLikePdf(start) && !LooksLikeZip(start) && !LooksLikeOle2(start)) {
      return ReadPdfFile(name, size, in, start, options);
    }
    in.clear();
    in.seekg(0);
  }
  std::string bytes;
  bytes.resize(ec ? 0 : size);
  if (!ec && size > 0) in.read(bytes.data(), static_cast<std::streamsize>(size));
  if (ec || !in) {
    // Not a regular file (a pipe, say): read what there is, up to the limit.
    in.clear();
    in.seekg(0);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) return Status::IoError({name}, "read failed");
  }
  return ReadDocumentFromBytes(name, std::move(bytes), options);
}

Result<Document> ReadDocumentFromBytes(const std::string& name, std::string bytes,
                                       const ReadOptions& options) {
  if (bytes.empty()) return Status::InvalidInput({name}, "empty file");
  if (bytes.size() > options.max_file_bytes) {
    return Status::InvalidInput({name}, SizeLimitMessage(options.max_file_bytes));
  }
  Document doc;
  doc.path = name;
  doc.size = bytes.size();
  doc.sha256 = Sha256Hex(bytes);

  // Office documents first: their magic numbers stand at byte 0, and a zip
  // may hold a PDF's header among its first bytes.
  if (LooksLikeZip(bytes)) {
    if (Status s = ReadOfficeZip(bytes, options, &doc); !s.ok()) return s;
    return doc;
  }
  if (LooksLikeOle2(bytes)) return RefuseOle2(name, bytes);
  if (LooksLikePdf(bytes)) {
    doc.format = Format::kPdf;
    auto read = [&](const ProgressCallback& progress) -> Result<Document> {
      ReadOptions in_child = options;
      in_child.progress = progress;
      Document out = doc;
      if (Status s = ExtractPdfLines(bytes, name, in_child, &out); !s.ok()) return s;
      return out;
    };
    if (!options.isolate) return read(options.progress);
    return ReadInChild(name, PdfReaderLimits(options), read, options.progress);
  }
  if (NamedPdf(name)) {
    return Status::InvalidInput({name}, "not a PDF: the file has no %PDF header (is it misnamed?)");
  }

  Result<DecodedText> decoded = DecodeText(bytes, name);
  if (!decoded.ok()) return decoded.status();
  bytes.clear();
  bytes.shrink_to_fit();
  doc.encoding = decoded->encoding;
  doc.format = DetectMarkup(decoded->utf8);

  HtmlOptions html;
  html.max_depth = options.max_html_depth;
  html.max_line_bytes = options.max_line_bytes;
  Status s;
  switch (doc.format) {
    case Format::kHtml:
      s = ExtractHtmlLines(decoded->utf8, 1, name, html, &doc);
      break;
    case Format::kHtmlFragments:
      s = ExtractFragmentLines(decoded->utf8, name, html, &doc);
      break;
    default:
      s = ExtractTextLines(decoded->utf8, name, options.max_line_bytes, &doc.lines);
      break;
  }
  if (!s.ok()) return s;
  if (doc.lines.empty()) return Status::InvalidInput({name}, "no text in the file");
  return doc;
}

}  // namespace samatthana::ingest
