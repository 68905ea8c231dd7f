// DuplicateWords: text a page draws twice in one place. Fake bold faces
// overprint each word with a small offset, and drop shadows repeat it; the
// reader keeps one copy. The words come in the order the page draws them,
// so a copy is found by position, not by being next in line.
#ifndef SAMATTHANA_INGEST_PDF_DUPLICATE_WORDS_H_
#define SAMATTHANA_INGEST_PDF_DUPLICATE_WORDS_H_

#include <vector>

#include "ingest/pdf/pdf_line_builder.h"

namespace samatthana::ingest {

// Drops every word whose text another word before it repeats with its edges
// within a tenth of the font size across and a fifth of it up or down (the
// offsets fake bold and shadows use). Returns how many were dropped.
int DropDuplicateWords(std::vector<PdfWord>* words);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_PDF_DUPLICATE_WORDS_H_
