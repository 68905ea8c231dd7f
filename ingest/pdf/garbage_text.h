// GarbageText: tells a page whose text layer decodes to no readable text.
// Some PDF writers (TCPDF, "MyPDF") embed a Thai font with a ToUnicode map
// that sends its glyphs to control characters, punctuation and Latin
// letters: the page shows clean Thai, the text layer is noise, and only OCR
// can read it. Such a page is told by its own characters -- control
// characters and private-use codepoints no Thai font uses never stand in
// real text -- and by the fonts that produce them: a font whose text layer
// yields control characters has a map that lies about the rest of its
// glyphs too. A page that is English or numbers only is readable text.
#ifndef SAMATTHANA_INGEST_PDF_GARBAGE_TEXT_H_
#define SAMATTHANA_INGEST_PDF_GARBAGE_TEXT_H_

#include <string>
#include <vector>

namespace samatthana::ingest {

// What the characters one font draws on a page decode to.
struct FontTextCount {
  size_t characters = 0;
  size_t unreadable = 0;  // those for which IsUnreadableChar holds
};

// A page's text layer counted font by font (in any order).
using PageTextCensus = std::vector<FontTextCount>;

// A character that never stands in readable text: a control character,
// U+FFFD, a noncharacter, or a private-use codepoint other than the legacy
// Thai glyph ranges (U+F700-U+F71A, U+F884-U+F89E) and a symbol font's
// bullets (U+F000-U+F0FF).
bool IsUnreadableChar(char32_t c);

// The one place that decides whether a page's text layer is garbage: most
// of its characters are unreadable, counting every character of a font
// whose text layer yields unreadable ones among its others. A page with
// only a few characters is never judged garbage. A later OCR step takes
// exactly the pages this picks.
bool IsGarbageTextLayer(const PageTextCensus& census);

// "page 3", "pages 1-20", "pages 1, 4-6" for sorted page numbers.
std::string PageList(const std::vector<int>& pages);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_PDF_GARBAGE_TEXT_H_
