#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include "normalize/normalize.h"

namespace samatthana::normalize {

void ToNfc(std::string* text) {
  UErrorCode status = U_ZERO_ERROR;
  // The instance is owned by ICU and lives for the whole process.
  static const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (nfc == nullptr) return;
  status = U_ZERO_ERROR;
  if (nfc->isNormalizedUTF8(*text, status) || U_FAILURE(status)) return;
  std::string out;
  out.reserve(text->size());
  icu::StringByteSink<std::string> sink(&out);
  status = U_ZERO_ERROR;
  nfc->normalizeUTF8(0, *text, sink, nullptr, status);
  if (U_SUCCESS(status)) text->swap(out);
}

}  // namespace samatthana::normalize
