// FragmentBlocks: text with pasted HTML fragments, cut into the blocks that
// are read one at a time. Blank lines separate blocks, so a list a fragment
// leaves open ends at the next blank line, as it does on the page it was
// pasted from; but a blank line inside a table, a row, a cell or a list that
// the text closes later is part of that element, as it is to a browser.
#ifndef SAMATTHANA_INGEST_HTML_FRAGMENT_BLOCKS_H_
#define SAMATTHANA_INGEST_HTML_FRAGMENT_BLOCKS_H_

#include <string_view>
#include <vector>

namespace samatthana::ingest {

// A line of nothing but spaces and tabs.
bool IsBlank(std::string_view line);

struct FragmentBlock {
  std::string_view text;  // whole lines, without the blank lines around them
  int line = 0;           // 1-based source line of its first line
};

// The blocks of `text` in order. Tags are found in the raw text (a `<table`
// or `</table` whatever follows it, in any case), so a malformed tag such as
// `</b` without its `>` does not hide the `</td>` after it.
std::vector<FragmentBlock> SplitFragmentBlocks(std::string_view text);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_HTML_FRAGMENT_BLOCKS_H_
