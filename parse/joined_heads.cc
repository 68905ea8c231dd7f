#include "parse/joined_heads.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>

#include "base/edit_distance.h"
#include "base/repetition.h"
#include "base/utf8.h"
#include "normalize/normalize.h"
#include "parse/name_parts.h"

namespace samatthana::parse {
namespace {

bool IsPlainText(const Unit& u) { return !u.level && u.table < 0 && !u.name_label; }

bool EndsWithGloss(std::string_view text) {
  return !text.empty() && text.back() == ')' && SplitName(text).name_en.has_value();
}

// The visual lines `u` was joined from, each as a unit of its own.
std::vector<Unit> Pieces(const Unit& u) {
  std::vector<Unit> pieces;
  size_t from = 0;
  SourceRef source = u.source;
  int line_index = u.line_index;
  auto add = [&](size_t to) {
    Unit piece;
    piece.text = u.text.substr(from, to - from);
    while (!piece.text.empty() && piece.text.back() == ' ') piece.text.pop_back();
    piece.source = source;
    piece.line_index = line_index;
    piece.width = DisplayWidth(piece.text);
    pieces.push_back(std::move(piece));
  };
  for (const Unit::Join& j : u.joins) {
    add(j.at);
    from = j.at;
    source = j.source;
    line_index = j.line_index;
  }
  add(u.text.size());
  return pieces;
}

// What `u` holds from its join `cut` on, as a unit of its own: its source is
// that line's, its joins those after it.
Unit RestFrom(const Unit& u, size_t cut) {
  Unit rest;
  const size_t at = u.joins[cut].at;
  rest.text = u.text.substr(at);
  rest.source = u.joins[cut].source;
  rest.line_index = u.joins[cut].line_index;
  for (size_t k = cut + 1; k < u.joins.size(); ++k) {
    rest.joins.push_back({u.joins[k].at - at, u.joins[k].source, u.joins[k].line_index});
  }
  rest.width = DisplayWidth(rest.text);
  rest.confidence = u.confidence;  // what OCR read stays marked as read by OCR
  return rest;
}

// Cuts unit i before its join `cut`: what follows becomes a unit of its own.
void CutAt(std::vector<Unit>* units, size_t i, size_t cut) {
  Unit& u = (*units)[i];
  Unit rest = RestFrom(u, cut);
  rest.style = u.style;
  u.text.resize(u.joins[cut].at);
  while (!u.text.empty() && u.text.back() == ' ') u.text.pop_back();
  u.joins.resize(cut);
  u.width = DisplayWidth(u.text);
  units->insert(units->begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(rest));
}

// The last join of `u` where a new page starts, when no gloss came before
// it: the unit ran from one page's last line into the next page's name.
std::optional<size_t> PageJoinBeforeGloss(const Unit& u) {
  std::optional<size_t> found;
  int page = u.source.page;
  for (size_t k = 0; k < u.joins.size(); ++k) {
    if (u.joins[k].source.page != page && page > 0) {
      std::string_view before(u.text.data(), u.joins[k].at);
      if (before.find('(') != std::string_view::npos) break;
      found = k;
    }
    page = u.joins[k].source.page;
  }
  return found;
}

}  // namespace

void SplitJoinedHeads(std::vector<Unit>* units, const Labels& labels) {
  // Where the names stand: the lines with a name label, and, where OCR lost
  // a name's label, the line before a definition label.
  std::vector<size_t> names;
  for (size_t i = 0; i < units->size(); ++i) {
    const Unit& u = (*units)[i];
    if (u.name_label) {
      names.push_back(i);
    } else if (i > 0 && u.confidence >= 0 && labels.MatchDefinition(u.text) &&
               IsPlainText((*units)[i - 1]) && !(*units)[i - 1].marked) {
      names.push_back(i - 1);
    }
  }
  constexpr size_t kWindow = 4;  // units looked at before a name
  std::unordered_map<std::string, size_t> seen;
  for (size_t n : names) {
    std::set<std::string> keys;
    for (size_t k = 1; k <= kWindow && k <= n && IsPlainText((*units)[n - k]); ++k) {
      for (const Unit& piece : Pieces((*units)[n - k])) {
        keys.insert(normalize::LayoutKey(piece.text));
      }
    }
    for (const std::string& key : keys) ++seen[key];
  }
  const size_t needed = RepeatsNeeded(names.size());
  // OCR reads a repeated line a little differently each time: its readings
  // are matched by edit distance.
  std::vector<std::u32string> repeated_keys;
  for (const auto& [key, count] : seen) {
    if (count >= needed && !key.empty()) repeated_keys.push_back(Codepoints(key));
  }
  auto repeats = [&](const Unit& piece, bool ocr) {
    const std::string key = normalize::LayoutKey(piece.text);
    if (auto it = seen.find(key); it != seen.end() && it->second >= needed) return true;
    if (!ocr || key.empty()) return false;
    const std::u32string read = Codepoints(key);
    return std::any_of(repeated_keys.begin(), repeated_keys.end(), [&](const std::u32string& k) {
      return NearlySame(read, k, kOcrReadingsDiffer);
    });
  };
  std::set<size_t> to_split;  // cut at the first repeated piece
  std::set<size_t> at_page;   // cut only where a new page starts
  for (size_t n : names) {
    const Unit* u = n > 0 ? &(*units)[n - 1] : nullptr;
    // A level heading whose title ran on into them is cut too, after its title.
    if (u && (IsPlainText(*u) || (u->level && u->table < 0)) && !u->joins.empty()) {
      to_split.insert(n - 1);
    }
    // Further back, a paragraph that ran on over a page break into the
    // lines that open the page (the heading repeated before names, on OCR'd
    // pages that tell no bold from plain).
    for (size_t k = 2; k <= kWindow && k <= n; ++k) {
      const Unit& v = (*units)[n - k];
      if (v.name_label || v.table >= 0) break;
      if (!v.joins.empty()) at_page.insert(n - k);
    }
  }
  if (to_split.empty() && at_page.empty()) return;
  std::vector<Unit> out;
  out.reserve(units->size() + 2 * (to_split.size() + at_page.size()));
  for (size_t i = 0; i < units->size(); ++i) {
    Unit& u = (*units)[i];
    const bool anywhere = to_split.count(i) > 0;
    if (!anywhere && !at_page.count(i)) {
      out.push_back(std::move(u));
      continue;
    }
    std::vector<Unit> pieces = Pieces(u);
    size_t repeated = pieces.size();
    for (size_t k = 0; k < pieces.size(); ++k) {
      if (!anywhere && (k == 0 || pieces[k].source.page == pieces[k - 1].source.page)) continue;
      std::optional<CategoryMatch> category =
          k > 0 ? labels.MatchCategory(pieces[k].text) : std::nullopt;
      if (repeats(pieces[k], u.confidence >= 0) || (category && category->rest.empty())) {
        repeated = k;
        break;
      }
    }
    if (repeated == pieces.size() || (u.level && repeated == 0)) {  // the unit is as it was read
      out.push_back(std::move(u));
      continue;
    }
    if (repeated > 0) {  // the paragraph the repeated line was joined to
      Unit before = u;
      before.text = u.text.substr(0, u.joins[repeated - 1].at);
      while (!before.text.empty() && before.text.back() == ' ') before.text.pop_back();
      before.joins.resize(repeated - 1);
      out.push_back(std::move(before));
    }
    if (!anywhere) {  // the page's opening lines, wrapped as they were read
      out.push_back(RestFrom(u, repeated - 1));
      continue;
    }
    out.push_back(std::move(pieces[repeated]));
    if (repeated + 1 < pieces.size()) {  // the rest: the category, wrapped or not
      out.push_back(RestFrom(u, repeated));
    }
  }
  units->swap(out);
}

bool SplitGlossedName(std::vector<Unit>* units, size_t from, size_t to) {
  std::vector<Unit>& us = *units;
  std::optional<size_t> glossed;  // the last unit that ends with a gloss
  for (size_t i = from; i < to; ++i) {
    if (us[i].name_label) return false;
    if (IsPlainText(us[i]) && !us[i].bulleted && EndsWithGloss(us[i].text)) glossed = i;
  }
  if (glossed) {
    // The name opens a page, and the last line of the page before (an
    // indicator that filled it) was joined onto it. A name is short: that
    // it starts at the page break is likelier than that its first line
    // stands alone at the foot of the page before, which orphan control
    // (on by default in word processors and browsers) forbids.
    std::optional<size_t> cut = PageJoinBeforeGloss(us[*glossed]);
    if (!cut) return false;
    CutAt(units, *glossed, *cut);
    return true;
  }
  for (size_t i = to; i-- > from;) {
    Unit& u = us[i];
    if (!IsPlainText(u) || u.marked || u.set_aside || u.joins.empty()) continue;
    size_t cut = 0;
    while (cut < u.joins.size()) {
      std::string_view before(u.text.data(), u.joins[cut].at);
      while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
      if (EndsWithGloss(before)) break;
      ++cut;
    }
    if (cut == u.joins.size()) continue;
    CutAt(units, i, cut);
    return true;
  }
  return false;
}

}  // namespace samatthana::parse
