// List marks: what says "an item starts here" in a catalogue's text, for
// every format that has text (typed lines, HTML, a PDF's text layer). One
// rule, so a mark the PDF reader knows is one the normalizer knows.
#ifndef SAMATTHANA_BASE_LIST_MARKS_H_
#define SAMATTHANA_BASE_LIST_MARKS_H_

#include <cstddef>
#include <string_view>

namespace samatthana {

// Bullets that mark a list item wherever they stand: pasted lists often run
// their items together on one line ("● a● b"), and PDFs draw them from
// symbol fonts.
bool IsBulletChar(char32_t c);

// Dashes that can mark a list item: "-", "*", the Unicode hyphens and
// dashes, minus.
bool IsDashChar(char32_t c);

// The length of a list mark at the start of `text`, 0 if there is none: a
// bullet, a dash or "*" ("- ", "–", "* "), or a number standing apart from
// the words after it ("1. ", "๒) ", "(3) "). A dash or number before a digit
// is not a mark ("- 12 -" is a page number, "1. 5" a figure), nor is "2.5". The
// UTF-8 form counts bytes, the UTF-32 form codepoints; both include the
// spaces after the mark.
size_t LeadingListMark(std::string_view utf8);
size_t LeadingListMark(std::u32string_view text);

}  // namespace samatthana

#endif  // SAMATTHANA_BASE_LIST_MARKS_H_
