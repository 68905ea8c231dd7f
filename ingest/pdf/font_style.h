// FontStyle: what a PDF font's own name says of its weight. Fonts embedded
// by Word, LibreOffice and browsers are named for their face
// ("ABCDEF+THSarabunNew-Bold", "Loma-Bold", "Arial,Bold"); the descriptor's
// ForceBold flag is set far less often, so both are read.
#ifndef SAMATTHANA_INGEST_PDF_FONT_STYLE_H_
#define SAMATTHANA_INGEST_PDF_FONT_STYLE_H_

#include <string_view>

namespace samatthana::ingest {

// True when the font's name (the subset tag "ABCDEF+" or not) names a bold
// face: Bold, Semibold, Demibold, Black or Heavy, in any case.
bool FontNameSaysBold(std::string_view name);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_PDF_FONT_STYLE_H_
