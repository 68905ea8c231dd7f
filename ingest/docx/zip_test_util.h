// Test support: zip archives made in memory with libzip, for the archives
// too large (a zip bomb, ten thousand entries) or too odd to keep as files.
#ifndef SAMATTHANA_INGEST_DOCX_ZIP_TEST_UTIL_H_
#define SAMATTHANA_INGEST_DOCX_ZIP_TEST_UTIL_H_

#include <zip.h>

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

namespace samatthana::ingest::testing {

// A zip of `entries` (name, bytes), deflated; empty on failure.
inline std::string MakeZip(const std::vector<std::pair<std::string, std::string>>& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_error_fini(&error);
  if (buffer == nullptr) return "";
  zip_source_keep(buffer);  // outlives zip_close, which writes into it
  zip_t* zip = zip_open_from_source(buffer, ZIP_TRUNCATE, nullptr);
  if (zip == nullptr) {
    zip_source_free(buffer);
    return "";
  }
  for (const auto& [name, bytes] : entries) {
    zip_source_t* s = zip_source_buffer(zip, bytes.data(), bytes.size(), 0);
    if (s == nullptr || zip_file_add(zip, name.c_str(), s, ZIP_FL_ENC_UTF_8) < 0) {
      zip_source_free(s);
      zip_discard(zip);
      zip_source_free(buffer);
      return "";
    }
  }
  std::string out;
  if (zip_close(zip) == 0 && zip_source_open(buffer) == 0) {
    char chunk[1 << 16];
    zip_int64_t n;
    while ((n = zip_source_read(buffer, chunk, sizeof(chunk))) > 0) {
      out.append(chunk, static_cast<size_t>(n));
    }
    zip_source_close(buffer);
  }
  zip_source_free(buffer);
  return out;
}

// A .docx whose only part is word/document.xml with `body` in its w:body.
inline std::string MakeDocx(const std::string& body) {
  return MakeZip({{"word/document.xml",
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\""
                   "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
                       body + "</w:body></w:document>"}});
}

}  // namespace samatthana::ingest::testing

#endif  // SAMATTHANA_INGEST_DOCX_ZIP_TEST_UTIL_H_
