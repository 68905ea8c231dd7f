#include "ingest/html/fragment_blocks.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <utility>

namespace samatthana::ingest {
bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t\r\f") == std::string_view::npos;
}

namespace {

// Elements that libxml2 keeps open across a blank line, as a browser does.
constexpr std::array<std::string_view, 6> kSpanning = {"table", "tr", "td", "th", "ul", "ol"};

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Which of kSpanning the tag name at `at` is (any case, ended by anything
// but a letter or digit), or -1.
int SpanningAt(std::string_view text, size_t at) {
  for (size_t k = 0; k < kSpanning.size(); ++k) {
    std::string_view name = kSpanning[k];
    if (text.size() - at < name.size()) continue;
    bool same = std::equal(name.begin(), name.end(), text.begin() + static_cast<std::ptrdiff_t>(at),
                           [](char a, char b) { return a == (b | 0x20); });
    if (same && (at + name.size() == text.size() || !IsAsciiAlnum(text[at + name.size()]))) {
      return static_cast<int>(k);
    }
  }
  return -1;
}

// The byte ranges from the start tag of a spanning element to its closing
// tag, sorted by start. A start tag never closed (a list a fragment left
// open) has none; a closing tag closes the innermost open one of its name.
std::vector<std::pair<size_t, size_t>> ClosedElements(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> closed;
  std::array<std::vector<size_t>, kSpanning.size()> open;
  for (size_t at = text.find('<'); at != std::string_view::npos; at = text.find('<', at + 1)) {
    if (text.substr(at).starts_with("<!--")) {
      size_t end = text.find("-->", at + 4);
      if (end == std::string_view::npos) break;
      at = end + 2;
      continue;
    }
    bool closing = at + 1 < text.size() && text[at + 1] == '/';
    int k = SpanningAt(text, at + (closing ? 2 : 1));
    if (k < 0) continue;
    std::vector<size_t>& starts = open[static_cast<size_t>(k)];
    if (!closing) {
      starts.push_back(at);
    } else if (!starts.empty()) {
      closed.emplace_back(starts.back(), at);
      starts.pop_back();
    }
  }
  std::sort(closed.begin(), closed.end());
  return closed;
}

}  // namespace

std::vector<FragmentBlock> SplitFragmentBlocks(std::string_view text) {
  const std::vector<std::pair<size_t, size_t>> closed = ClosedElements(text);
  size_t next_closed = 0;
  size_t open_until = 0;  // the end of the elements that started before here
  std::vector<FragmentBlock> blocks;
  size_t block_start = std::string_view::npos;
  size_t block_end = 0;  // the end of its last non-blank line
  int number = 0;
  for (size_t at = 0; at <= text.size();) {
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    ++number;
    while (next_closed < closed.size() && closed[next_closed].first < at) {
      open_until = std::max(open_until, closed[next_closed].second);
      ++next_closed;
    }
    if (!IsBlank(text.substr(at, end - at))) {
      if (block_start == std::string_view::npos) {
        block_start = at;
        blocks.push_back({{}, number});
      }
      block_end = end;
    } else if (block_start != std::string_view::npos && open_until <= at) {
      blocks.back().text = text.substr(block_start, block_end - block_start);
      block_start = std::string_view::npos;
    }
    at = end + 1;
  }
  if (block_start != std::string_view::npos) {
    blocks.back().text = text.substr(block_start, block_end - block_start);
  }
  return blocks;
}

}  // namespace samatthana::ingest
