// Thai text repair for extracted catalogue text. Each rule is one function that
// rewrites a UTF-8 string in place and can be tested alone; NormalizeText runs
// them all in the order that makes them compose.
#ifndef SAMATTHANA_NORMALIZE_NORMALIZE_H_
#define SAMATTHANA_NORMALIZE_NORMALIZE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace samatthana::normalize {

// Runs every rule below, in order: invisibles, legacy glyphs, spaces, cluster
// spaces, sara am, NFC. The result is NFC, has single spaces and no edges.
std::string NormalizeText(std::string_view text);

// Drops characters that carry no text: zero-width space/joiners, word joiner,
// byte order marks, soft hyphens and C1 control codes.
void RemoveInvisibles(std::string* text);

// Legacy Thai fonts draw shifted tone marks, vowels and descender-less
// consonants from private-use codepoints (Windows U+F700-U+F71A, Mac
// U+F884-U+F89E). Each stands for one standard Thai character.
void MapLegacyGlyphs(std::string* text);

// Turns NBSP, tabs and the other Unicode spaces into one ASCII space, collapses
// runs and trims both ends.
void CollapseSpaces(std::string* text);

// Removes a space that cannot be in Thai text: after a leading vowel (เ แ โ ใ ไ),
// MAI HAN-AKAT or MAITAIKHU (each needs a consonant after it), or before a
// combining mark or a following vowel (ะ า ำ), as left behind by extractors
// that split a cluster ("เป็ น", "ส ำหรับ").
void RepairClusterSpaces(std::string* text);

// Rebuilds SARA AM (U+0E33) from NIKHAHIT (U+0E4D) + SARA AA (U+0E32), also
// when a tone mark sits between or before them, as legacy fonts store it.
void RebuildSaraAm(std::string* text);

// Unicode NFC (ICU).
void ToNfc(std::string* text);

// One piece of a line after item marks are taken out. `marked` is true when a
// bullet or list mark introduced it.
struct ItemSegment {
  std::string text;
  bool marked = false;
};

// Splits a normalized line at item marks (base/list_marks.h): bullets
// anywhere, and a dash or a number at the start of the line. Marks are not kept; empty pieces are
// dropped, so a line holding only a bullet yields nothing.
std::vector<ItemSegment> SplitItemMarks(std::string_view line);

// Replaces Thai digits with ASCII digits, leaving everything else as it is.
std::string ThaiDigitsToAscii(std::string_view text);

// A key for comparing texts that differ only in layout: NFC, Thai digits as
// ASCII, and no whitespace at all. Two renderings of one record share a key.
std::string LayoutKey(std::string_view text);

}  // namespace samatthana::normalize

#endif  // SAMATTHANA_NORMALIZE_NORMALIZE_H_
