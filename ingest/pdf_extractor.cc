#include "ingest/pdf_extractor.h"

namespace samatthana::ingest {

Status ExtractPdfLines(std::string_view /*bytes*/, const std::string& file,
                       const ReadOptions& /*options*/, Document* /*doc*/) {
  return Status::InvalidInput({file}, "PDF input is not supported yet");
}

}  // namespace samatthana::ingest
