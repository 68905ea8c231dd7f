#include "ingest/ocr/mark_repair.h"

#include <algorithm>

#include "base/char_classes.h"

namespace samatthana::ingest {
namespace {

// Marks that stand above a letter: the upper vowels, the tone marks and
// THANTHAKHAT.
constexpr char32_t kUpperVowels[] = {0x0E31, 0x0E34, 0x0E35, 0x0E36, 0x0E37, 0x0E47};
constexpr char32_t kToneMarks[] = {0x0E48, 0x0E49, 0x0E4A, 0x0E4B, 0x0E4C};

// How far, in characters, a dictionary word around a repaired place may
// reach: longer than any Thai word the dictionary holds.
constexpr size_t kReach = 20;

bool IsUpperVowel(char32_t c) {
  return std::find(std::begin(kUpperVowels), std::end(kUpperVowels), c) != std::end(kUpperVowels);
}

// Puts `mark` among the marks of `cluster` in typing order.
std::u32string WithMark(const std::u32string& cluster, char32_t mark) {
  std::u32string out = cluster.substr(0, 1);
  std::u32string marks = cluster.substr(1);
  marks.push_back(mark);
  std::stable_sort(marks.begin(), marks.end(),
                   [](char32_t a, char32_t b) { return ThaiMarkOrder(a) < ThaiMarkOrder(b); });
  return out + marks;
}

// Whether some dictionary word of `text` covers the characters [from, to).
bool Covered(const ThaiDictionary& dictionary, const std::u32string& text, size_t from, size_t to) {
  size_t first = from > kReach ? from - kReach : 0;
  for (size_t s = first; s <= from; ++s) {
    for (size_t e = std::max(to, s + 2); e <= text.size() && e <= s + kReach; ++e) {
      if (dictionary.Contains(std::u32string_view(text).substr(s, e - s))) return true;
    }
  }
  return false;
}

// The text of clusters [begin, end) with cluster `at` replaced by
// `replacement`; *from and *to receive where the replacement stands.
std::u32string Compose(const std::vector<MarkCluster>& clusters, size_t begin, size_t end,
                       size_t at, const std::u32string& replacement, size_t* from, size_t* to) {
  std::vector<MarkCluster> copy(clusters.begin() + static_cast<long>(begin),
                                clusters.begin() + static_cast<long>(end));
  std::u32string before = JoinClusters(copy, 0, at - begin);
  copy[at - begin].text = replacement;
  std::u32string through = JoinClusters(copy, 0, at - begin + 1);
  *from = std::min(before.size(), through.size());
  // A sara am composed across the boundary moves the start back by one.
  while (*from > 0 && before.substr(0, *from) != through.substr(0, *from)) --*from;
  *to = through.size();
  return JoinClusters(copy, 0, copy.size());
}

// The Thai run (no spaces) around cluster `at`.
void RunAround(const std::vector<MarkCluster>& clusters, size_t at, size_t* begin, size_t* end) {
  *begin = at;
  while (*begin > 0 && at - *begin < kReach && !clusters[*begin - 1].text.empty() &&
         IsThai(clusters[*begin - 1].text[0])) {
    --*begin;
  }
  *end = at + 1;
  while (*end < clusters.size() && *end - at < kReach && !clusters[*end].text.empty() &&
         IsThai(clusters[*end].text[0])) {
    ++*end;
  }
}

// The readings of cluster `at` that make a dictionary word there: of
// `candidates`, each put in with `make`.
template <typename Make>
std::vector<std::u32string> Fitting(const ThaiDictionary& dictionary,
                                    const std::vector<MarkCluster>& clusters, size_t at,
                                    const std::vector<char32_t>& candidates, Make make) {
  size_t begin, end;
  RunAround(clusters, at, &begin, &end);
  std::vector<std::u32string> fits;
  for (char32_t c : candidates) {
    std::u32string reading = make(c);
    size_t from, to;
    std::u32string text = Compose(clusters, begin, end, at, reading, &from, &to);
    if (Covered(dictionary, text, from, to)) fits.push_back(reading);
  }
  return fits;
}

}  // namespace

std::u32string JoinClusters(const std::vector<MarkCluster>& clusters, size_t begin, size_t end) {
  std::u32string out;
  for (size_t i = begin; i < end && i < clusters.size(); ++i) out += clusters[i].text;
  // NIKHAHIT + SARA AA, a tone mark perhaps between them, is SARA AM.
  for (size_t i = 0; i + 1 < out.size(); ++i) {
    if (out[i] != kNikhahit) continue;
    size_t j = i + 1;
    if (IsThaiToneMark(out[j]) && j + 1 < out.size()) ++j;
    if (out[j] != kSaraAa) continue;
    out.erase(j, 1);
    if (j == i + 1) {
      out[i] = kSaraAm;
    } else {  // tone mark first, then SARA AM
      out.erase(i, 1);
      out.insert(out.begin() + static_cast<long>(j - 1), kSaraAm);
    }
  }
  return out;
}

MarkRepairCount RepairMarks(const ThaiDictionary& dictionary, std::vector<MarkCluster>* clusters) {
  MarkRepairCount count;
  if (!dictionary.loaded()) return count;
  for (size_t at = 0; at < clusters->size(); ++at) {
    MarkCluster& cl = (*clusters)[at];
    if (cl.text.empty() || !IsThaiConsonant(cl.text[0])) continue;
    if (cl.doubted_mark < cl.text.size() && !cl.alternatives.empty()) {
      size_t begin, end;
      RunAround(*clusters, at, &begin, &end);
      size_t from, to;
      std::u32string as_read = Compose(*clusters, begin, end, at, cl.text, &from, &to);
      if (!Covered(dictionary, as_read, from, to)) {
        const size_t k = cl.doubted_mark;
        std::vector<std::u32string> fits =
            Fitting(dictionary, *clusters, at, cl.alternatives, [&](char32_t alt) {
              std::u32string t = cl.text;
              t[k] = alt;
              return t;
            });
        if (fits.size() == 1) {
          cl.text = fits.front();
          ++count.restored;
        }
      }
    }
    if (cl.unread_above <= 0) continue;
    // What else could stand above this letter: a tone mark (or
    // THANTHAKHAT) over a vowel that was read, or either kind over none.
    bool has_upper_vowel = std::any_of(cl.text.begin() + 1, cl.text.end(), IsUpperVowel);
    bool has_tone = std::any_of(cl.text.begin() + 1, cl.text.end(),
                                [](char32_t c) { return IsThaiToneMark(c) || c == 0x0E4C; });
    if (has_tone) continue;  // nothing more goes above a tone mark
    std::vector<char32_t> candidates(std::begin(kToneMarks), std::end(kToneMarks));
    if (!has_upper_vowel)
      candidates.insert(candidates.end(), std::begin(kUpperVowels), std::end(kUpperVowels));
    std::vector<std::u32string> fits =
        Fitting(dictionary, *clusters, at, candidates,
                [&](char32_t mark) { return WithMark(cl.text, mark); });
    if (fits.size() == 1) {
      cl.text = fits.front();
      ++count.restored;
    } else {
      cl.uncertain = true;
      ++count.uncertain;
    }
  }
  return count;
}

}  // namespace samatthana::ingest
