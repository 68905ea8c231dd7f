#include "ingest/html/fragment_blocks.h"

#include <gtest/gtest.h>

#include <string>

namespace samatthana::ingest {
namespace {

std::vector<std::string> Blocks(std::string_view text) {
  std::vector<std::string> out;
  for (const FragmentBlock& b : SplitFragmentBlocks(text)) {
    out.push_back(std::to_string(b.line) + ": " + std::string(b.text));
  }
  return out;
}

TEST(FragmentBlocks, BlankLinesSeparateBlocks) {
  EXPECT_EQ(Blocks("ก\nข\n\n  \nค\n"), (std::vector<std::string>{"1: ก\nข", "5: ค"}));
}

TEST(FragmentBlocks, AnElementClosedLaterKeepsItsBlankLines) {
  EXPECT_EQ(Blocks("<table><tr><td>ก\n\nข</td></tr></TABLE>\n\nค"),
            (std::vector<std::string>{"1: <table><tr><td>ก\n\nข</td></tr></TABLE>", "5: ค"}));
  EXPECT_EQ(Blocks("<ol><li>ก\n\n<li>ข</ol>\nค\n\nง"),
            (std::vector<std::string>{"1: <ol><li>ก\n\n<li>ข</ol>\nค", "6: ง"}));
}

TEST(FragmentBlocks, AnElementLeftOpenEndsAtTheBlankLine) {
  EXPECT_EQ(Blocks("<ul>● ก\n\n- ข\n\n<ul><li>ค</li></ul>"),
            (std::vector<std::string>{"1: <ul>● ก", "3: - ข", "5: <ul><li>ค</li></ul>"}));
}

TEST(FragmentBlocks, TagsAreFoundWithoutTheirBracket) {
  // "</b" has no ">", and "</td" and "</table" still count.
  EXPECT_EQ(Blocks("<table><tr><td><b>ก</b</td\n\n></tr></table\n\nข"),
            (std::vector<std::string>{"1: <table><tr><td><b>ก</b</td\n\n></tr></table", "5: ข"}));
  // Names are whole: <thead> is no <th>, <tablex> no <table>.
  EXPECT_EQ(Blocks("<tablex>ก\n\n</table>"),
            (std::vector<std::string>{"1: <tablex>ก", "3: </table>"}));
}

TEST(FragmentBlocks, CommentsHoldNoTags) {
  EXPECT_EQ(Blocks("<!-- <table> -->ก\n\nข</table>"),
            (std::vector<std::string>{"1: <!-- <table> -->ก", "3: ข</table>"}));
}

}  // namespace
}  // namespace samatthana::ingest
