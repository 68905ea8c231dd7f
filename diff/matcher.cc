#include "diff/matcher.h"

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>

#include "diff/similarity.h"
#include "normalize/normalize.h"

namespace samatthana::diff {
namespace {

// A rename must look like the same competency: similar definition and content.
constexpr double kRenameThreshold = 0.5;
// An edited indicator shares at least half its bigrams with the old one.
constexpr double kEditThreshold = 0.5;
// A split (merge) reads like the old text (new text) when its parts are
// joined, and clearly more so than any single part does.
constexpr double kSplitThreshold = 0.85;
constexpr double kSplitMargin = 0.1;
// Rare bigrams per competency used to find rename candidates.
constexpr size_t kSignatureSize = 16;

// Indices of the longest increasing subsequence of `values`: the records
// that kept their relative order. Everything else moved.
std::vector<bool> InOrder(const std::vector<int>& values) {
  std::vector<int> tails, tail_index, parent(values.size(), -1);
  for (size_t i = 0; i < values.size(); ++i) {
    auto it = std::lower_bound(tails.begin(), tails.end(), values[i]);
    size_t pos = static_cast<size_t>(it - tails.begin());
    if (it == tails.end()) {
      tails.push_back(values[i]);
      tail_index.push_back(static_cast<int>(i));
    } else {
      *it = values[i];
      tail_index[pos] = static_cast<int>(i);
    }
    parent[i] = pos > 0 ? tail_index[pos - 1] : -1;
  }
  std::vector<bool> kept(values.size(), false);
  for (int i = tail_index.empty() ? -1 : tail_index.back(); i >= 0; i = parent[i]) {
    kept[static_cast<size_t>(i)] = true;
  }
  return kept;
}

TextProfile ContentProfile(const Competency& c) {
  std::vector<std::string_view> texts;
  for (const Level& l : c.levels) {
    texts.push_back(l.title);
    for (const Indicator& i : l.indicators) texts.push_back(i.text);
  }
  return ProfileOf(texts);
}

double RenameScore(const TextProfile& a_def, const TextProfile& b_def, const TextProfile& a_content,
                   const TextProfile& b_content) {
  double definition = Similarity(a_def, b_def);
  double content = Similarity(a_content, b_content);
  // Either may have been rewritten along with the name; one must hold.
  return std::max(0.5 * (definition + content), std::max(definition, content) - 0.15);
}

// Pairs competencies left over after name matching, by similarity.
void MatchRenames(const Catalogue& before, const Catalogue& after, std::vector<int>* old_to_new,
                  std::vector<int>* new_to_old, std::vector<bool>* renamed) {
  std::vector<int> olds, news;
  for (size_t i = 0; i < before.competencies.size(); ++i) {
    if ((*old_to_new)[i] < 0) olds.push_back(static_cast<int>(i));
  }
  for (size_t j = 0; j < after.competencies.size(); ++j) {
    if ((*new_to_old)[j] < 0) news.push_back(static_cast<int>(j));
  }
  if (olds.empty() || news.empty()) return;

  std::vector<TextProfile> old_def, old_content, new_def, new_content;
  for (int i : olds) {
    old_def.push_back(Profile(before.competencies[i].definition));
    old_content.push_back(ContentProfile(before.competencies[i]));
  }
  for (int j : news) {
    new_def.push_back(Profile(after.competencies[j].definition));
    new_content.push_back(ContentProfile(after.competencies[j]));
  }
  // Blocking: each competency's rarest bigrams (among those left over) are
  // its signature; only competencies sharing one are compared.
  std::unordered_map<uint64_t, int> frequency;
  auto count = [&](const TextProfile& p) {
    uint64_t last = ~0ull;
    for (uint64_t g : p.grams) {
      if (g != last) ++frequency[g];
      last = g;
    }
  };
  for (const TextProfile& p : old_content) count(p);
  for (const TextProfile& p : new_content) count(p);
  auto signature = [&](const TextProfile& p) {
    std::vector<uint64_t> grams(p.grams);
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    std::sort(grams.begin(), grams.end(), [&](uint64_t a, uint64_t b) {
      int fa = frequency[a], fb = frequency[b];
      return fa != fb ? fa < fb : a < b;
    });
    if (grams.size() > kSignatureSize) grams.resize(kSignatureSize);
    return grams;
  };
  std::unordered_map<uint64_t, std::vector<size_t>> index;  // bigram -> olds
  for (size_t k = 0; k < olds.size(); ++k) {
    for (uint64_t g : signature(old_content[k])) index[g].push_back(k);
  }
  struct Candidate {
    double score;
    size_t old_k, new_k;
  };
  std::vector<Candidate> candidates;
  for (size_t k = 0; k < news.size(); ++k) {
    std::vector<size_t> seen;
    for (uint64_t g : signature(new_content[k])) {
      auto it = index.find(g);
      if (it == index.end()) continue;
      seen.insert(seen.end(), it->second.begin(), it->second.end());
    }
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    for (size_t o : seen) {
      double s = RenameScore(old_def[o], new_def[k], old_content[o], new_content[k]);
      if (s >= kRenameThreshold) candidates.push_back({s, o, k});
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    return a.score != b.score ? a.score > b.score
                              : (a.old_k != b.old_k ? a.old_k < b.old_k : a.new_k < b.new_k);
  });
  for (const Candidate& c : candidates) {
    int i = olds[c.old_k], j = news[c.new_k];
    if ((*old_to_new)[i] >= 0 || (*new_to_old)[j] >= 0) continue;
    (*old_to_new)[i] = j;
    (*new_to_old)[j] = i;
    (*renamed)[j] = true;
  }
}

// Pairs the indicators of two matched levels.
void MatchIndicators(const Level& before, const Level& after, LevelMatch* out) {
  const size_t n = before.indicators.size(), m = after.indicators.size();
  std::vector<TextProfile> a(n), b(m);
  for (size_t i = 0; i < n; ++i) a[i] = Profile(before.indicators[i].text);
  for (size_t j = 0; j < m; ++j) b[j] = Profile(after.indicators[j].text);
  std::vector<int> old_to_new(n, -1), new_to_old(m, -1);
  std::vector<bool> old_used(n, false), new_used(m, false);
  std::vector<IndicatorLink> links;

  // 1. The same text.
  std::map<std::string, std::vector<size_t>> by_key;
  for (size_t i = 0; i < n; ++i) by_key[a[i].key].push_back(i);
  std::map<std::string, size_t> taken;
  for (size_t j = 0; j < m; ++j) {
    auto it = by_key.find(b[j].key);
    if (it == by_key.end()) continue;
    size_t& k = taken[b[j].key];
    if (k >= it->second.size()) continue;
    size_t i = it->second[k++];
    old_used[i] = new_used[j] = true;
    old_to_new[i] = static_cast<int>(j);
    links.push_back({IndicatorLink::Kind::kSame, {static_cast<int>(i)}, {static_cast<int>(j)}});
  }

  auto best_single = [&](const TextProfile& p, const std::vector<TextProfile>& others,
                         const std::vector<bool>& used) {
    double best = 0;
    for (size_t k = 0; k < others.size(); ++k) {
      if (!used[k]) best = std::max(best, Similarity(p, others[k]));
    }
    return best;
  };
  // 2. Splits: one old indicator whose text is two neighbouring new ones.
  for (size_t i = 0; i < n; ++i) {
    if (old_used[i]) continue;
    for (size_t j = 0; j + 1 < m; ++j) {
      if (new_used[j] || new_used[j + 1]) continue;
      TextProfile joined = ProfileOf({after.indicators[j].text, after.indicators[j + 1].text});
      double s = Similarity(a[i], joined);
      if (s >= kSplitThreshold && s >= best_single(a[i], b, new_used) + kSplitMargin) {
        old_used[i] = new_used[j] = new_used[j + 1] = true;
        links.push_back({IndicatorLink::Kind::kSplit,
                         {static_cast<int>(i)},
                         {static_cast<int>(j), static_cast<int>(j + 1)}});
        break;
      }
    }
  }
  // 3. Merges: one new indicator whose text is two neighbouring old ones.
  for (size_t j = 0; j < m; ++j) {
    if (new_used[j]) continue;
    for (size_t i = 0; i + 1 < n; ++i) {
      if (old_used[i] || old_used[i + 1]) continue;
      TextProfile joined = ProfileOf({before.indicators[i].text, before.indicators[i + 1].text});
      double s = Similarity(b[j], joined);
      if (s >= kSplitThreshold && s >= best_single(b[j], a, old_used) + kSplitMargin) {
        old_used[i] = old_used[i + 1] = new_used[j] = true;
        links.push_back({IndicatorLink::Kind::kMerged,
                         {static_cast<int>(i), static_cast<int>(i + 1)},
                         {static_cast<int>(j)}});
        break;
      }
    }
  }
  // 4. Edits: the most alike pairs first.
  struct Pair {
    double score;
    size_t i, j;
  };
  std::vector<Pair> pairs;
  for (size_t i = 0; i < n; ++i) {
    if (old_used[i]) continue;
    for (size_t j = 0; j < m; ++j) {
      if (new_used[j]) continue;
      double s = Similarity(a[i], b[j]);
      if (s >= kEditThreshold) pairs.push_back({s, i, j});
    }
  }
  std::sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) {
    return x.score != y.score ? x.score > y.score : (x.i != y.i ? x.i < y.i : x.j < y.j);
  });
  for (const Pair& p : pairs) {
    if (old_used[p.i] || new_used[p.j]) continue;
    old_used[p.i] = new_used[p.j] = true;
    old_to_new[p.i] = static_cast<int>(p.j);
    links.push_back(
        {IndicatorLink::Kind::kChanged, {static_cast<int>(p.i)}, {static_cast<int>(p.j)}});
  }
  for (size_t i = 0; i < n; ++i) {
    if (!old_used[i]) out->removed.push_back(static_cast<int>(i));
  }
  for (size_t j = 0; j < m; ++j) {
    if (!new_used[j]) out->added.push_back(static_cast<int>(j));
  }
  // Order changes among the one-to-one pairs.
  std::vector<int> new_order;
  std::vector<int> old_of;
  for (size_t i = 0; i < n; ++i) {
    if (old_to_new[i] >= 0) {
      new_order.push_back(old_to_new[i]);
      old_of.push_back(static_cast<int>(i));
    }
  }
  std::vector<bool> kept = InOrder(new_order);
  for (size_t k = 0; k < kept.size(); ++k) {
    if (!kept[k]) out->moved.push_back(new_order[k]);
  }
  std::sort(links.begin(), links.end(), [](const IndicatorLink& x, const IndicatorLink& y) {
    return x.new_indices.front() < y.new_indices.front();
  });
  out->links = std::move(links);
}

void MatchLevels(const Competency& before, const Competency& after, CompetencyMatch* out) {
  // By number; a number that appears twice pairs in order of appearance.
  std::map<int, std::vector<int>> old_by_number;
  for (size_t i = 0; i < before.levels.size(); ++i) {
    old_by_number[before.levels[i].level].push_back(static_cast<int>(i));
  }
  std::map<int, size_t> taken;
  std::vector<bool> old_used(before.levels.size(), false);
  for (size_t j = 0; j < after.levels.size(); ++j) {
    LevelMatch lm;
    lm.new_index = static_cast<int>(j);
    auto it = old_by_number.find(after.levels[j].level);
    if (it != old_by_number.end() && taken[it->first] < it->second.size()) {
      lm.old_index = it->second[taken[it->first]++];
      old_used[static_cast<size_t>(lm.old_index)] = true;
      MatchIndicators(before.levels[static_cast<size_t>(lm.old_index)], after.levels[j], &lm);
    }
    out->levels.push_back(std::move(lm));
  }
  for (size_t i = 0; i < before.levels.size(); ++i) {
    if (old_used[i]) continue;
    LevelMatch lm;
    lm.old_index = static_cast<int>(i);
    // Place a removed level before the first new level with a higher number.
    auto pos = std::find_if(out->levels.begin(), out->levels.end(), [&](const LevelMatch& l) {
      return l.new_index >= 0 &&
             after.levels[static_cast<size_t>(l.new_index)].level > before.levels[i].level;
    });
    out->levels.insert(pos, std::move(lm));
  }
}

}  // namespace

Matching MatchCatalogues(const Catalogue& before, const Catalogue& after) {
  const size_t n = before.competencies.size(), m = after.competencies.size();
  std::vector<int> old_to_new(n, -1), new_to_old(m, -1);
  std::vector<bool> renamed(m, false);

  // 1. By name (layout aside); a name used twice pairs in order.
  std::unordered_map<std::string, std::vector<int>> by_name;
  for (size_t i = 0; i < n; ++i) {
    by_name[normalize::LayoutKey(before.competencies[i].name)].push_back(static_cast<int>(i));
  }
  std::unordered_map<std::string, size_t> taken;
  for (size_t j = 0; j < m; ++j) {
    std::string key = normalize::LayoutKey(after.competencies[j].name);
    auto it = by_name.find(key);
    if (it == by_name.end() || taken[key] >= it->second.size()) continue;
    int i = it->second[taken[key]++];
    old_to_new[static_cast<size_t>(i)] = static_cast<int>(j);
    new_to_old[j] = i;
  }
  // 2. Renames among the rest.
  MatchRenames(before, after, &old_to_new, &new_to_old, &renamed);

  // 3. Moves: pairs out of their old relative order.
  std::vector<int> old_order;  // old index of each pair, in new order
  std::vector<size_t> pair_new;
  for (size_t j = 0; j < m; ++j) {
    if (new_to_old[j] >= 0) {
      old_order.push_back(new_to_old[j]);
      pair_new.push_back(j);
    }
  }
  std::vector<bool> kept = InOrder(old_order);
  std::vector<bool> moved(m, false);
  for (size_t k = 0; k < kept.size(); ++k) moved[pair_new[k]] = !kept[k];

  Matching out;
  std::vector<CompetencyMatch> removed_after(n + 1);  // removed, keyed by predecessor
  for (size_t j = 0; j < m; ++j) {
    CompetencyMatch cm;
    cm.new_index = static_cast<int>(j);
    cm.old_index = new_to_old[j];
    cm.renamed = renamed[j];
    cm.moved = moved[j];
    if (cm.old_index >= 0) {
      MatchLevels(before.competencies[static_cast<size_t>(cm.old_index)], after.competencies[j],
                  &cm);
    }
    out.competencies.push_back(std::move(cm));
  }
  // Removed competencies go right after the pair that preceded them in the
  // old catalogue (or first, when none did).
  for (size_t i = 0; i < n; ++i) {
    if (old_to_new[i] >= 0) continue;
    int anchor = -1;  // new index of the nearest earlier paired competency
    for (size_t k = i; k-- > 0;) {
      if (old_to_new[k] >= 0) {
        anchor = old_to_new[k];
        break;
      }
    }
    CompetencyMatch cm;
    cm.old_index = static_cast<int>(i);
    auto pos = out.competencies.begin();
    if (anchor >= 0) {
      pos = std::find_if(out.competencies.begin(), out.competencies.end(),
                         [&](const CompetencyMatch& c) { return c.new_index == anchor; });
      while (pos != out.competencies.end() && (pos->new_index == anchor || pos->new_index < 0)) {
        ++pos;
      }
    }
    out.competencies.insert(pos, std::move(cm));
  }
  return out;
}

}  // namespace samatthana::diff
