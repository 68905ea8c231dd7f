// PixPtr: a Leptonica image that frees itself.
#ifndef SAMATTHANA_INGEST_OCR_PIX_PTR_H_
#define SAMATTHANA_INGEST_OCR_PIX_PTR_H_

#include <leptonica/allheaders.h>

#include <memory>

namespace samatthana::ingest {

struct PixDeleter {
  void operator()(Pix* p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_OCR_PIX_PTR_H_
