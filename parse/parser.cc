#include <algorithm>
#include <set>
#include <string>
#include <unordered_map>

#include "base/edit_distance.h"
#include "base/repetition.h"
#include "base/utf8.h"
#include "model/record_code.h"
#include "normalize/normalize.h"
#include "parse/anomalies.h"
#include "parse/append_text.h"
#include "parse/joined_heads.h"
#include "parse/level_body.h"
#include "parse/level_title.h"
#include "parse/name_parts.h"
#include "parse/parse.h"
#include "parse/stable_ids.h"
#include "parse/structure.h"

namespace samatthana::parse {
namespace {

bool IsUnreadText(const Unit& u) { return !u.level && u.table < 0 && !u.set_aside; }

// The first unit after scale `s` (0: the document's start).
size_t AfterScale(const std::vector<Scale>& scales, size_t s) {
  return s == 0 ? 0 : scales[s - 1].levels.back() + 1;
}

// Unit i stands right under a level heading: on the heading's next line or
// the one after, with only the rest of the heading's title between (a bare
// heading's title line, a hand-wrapped title's second line).
bool UnderLevelHeading(const std::vector<Unit>& units, size_t i) {
  for (size_t k = i; k-- > 0 && i - k <= 3;) {
    if (units[k].level) return true;
    if (units[k].marked || units[k].table >= 0) return false;
  }
  return false;
}

// The readings of a line by OCR (base/edit_distance.h, kOcrReadingsDiffer)
// count as one, under the key of the reading met first. Short lines are
// left as they are: there a tenth is no margin.
void FoldOcrReadings(const std::vector<Unit>& units, std::vector<std::string>* keys,
                     std::unordered_map<std::string, std::set<size_t>>* stretches_of,
                     std::set<std::string>* away_from_headings) {
  constexpr size_t kShortest = 12;  // characters
  std::vector<std::pair<std::string, std::u32string>> leaders;
  std::unordered_map<std::string, std::string> folded;  // key -> leader's key
  for (size_t i = 0; i < units.size(); ++i) {
    const std::string& key = (*keys)[i];
    if (key.empty() || units[i].confidence < 0 || folded.count(key)) continue;
    std::u32string text = Codepoints(key);
    if (text.size() < kShortest) continue;
    auto same = std::find_if(leaders.begin(), leaders.end(), [&](const auto& leader) {
      return NearlySame(text, leader.second, kOcrReadingsDiffer);
    });
    if (same == leaders.end()) {
      leaders.emplace_back(key, std::move(text));
      folded[key] = key;
      continue;
    }
    folded[key] = same->first;
    const std::set<size_t>& stretches = (*stretches_of)[key];
    (*stretches_of)[same->first].insert(stretches.begin(), stretches.end());
    if (away_from_headings->count(key)) away_from_headings->insert(same->first);
  }
  for (size_t i = 0; i < units.size(); ++i) {
    auto it = folded.find((*keys)[i]);
    if (it != folded.end()) (*keys)[i] = it->second;
  }
}

// Units in the stretches before the scales whose text stands in at least
// half of those stretches: running headers and the categories that open
// each competency. They are never an indicator or a name. A line that
// stands right under a level heading wherever it appears is the rest of
// that heading (the last level's title, wrapped by hand the same way in
// every competency), not furniture: a running header falls wherever a
// page happens to end. So is a line of the table that holds the last
// level's row.
void MarkRepeated(std::vector<Unit>* units, const std::vector<Scale>& scales) {
  if (scales.size() < 2) return;
  std::unordered_map<std::string, std::set<size_t>> stretches_of;
  std::set<std::string> away_from_headings;
  std::vector<std::string> keys(units->size());
  for (size_t s = 0; s < scales.size(); ++s) {
    for (size_t i = AfterScale(scales, s); i < scales[s].levels.front(); ++i) {
      if (!IsUnreadText((*units)[i])) continue;
      // Read off the line or the table that holds the last level's heading:
      // the rest of that level's row, however often its words recur.
      if (s > 0 && (*units)[i].line_index == (*units)[scales[s - 1].levels.back()].line_index) {
        continue;
      }
      keys[i] = normalize::LayoutKey((*units)[i].text);
      if (keys[i].empty()) continue;
      stretches_of[keys[i]].insert(s);
      if (!UnderLevelHeading(*units, i)) away_from_headings.insert(keys[i]);
    }
  }
  FoldOcrReadings(*units, &keys, &stretches_of, &away_from_headings);
  const size_t needed = RepeatsNeeded(scales.size());
  std::vector<std::u32string> repeated;
  for (const auto& [key, stretches] : stretches_of) {
    if (stretches.size() >= needed && away_from_headings.count(key) > 0) {
      repeated.push_back(Codepoints(key));
    }
  }
  for (size_t i = 0; i < units->size(); ++i) {
    if (!keys[i].empty() && stretches_of[keys[i]].size() >= needed &&
        away_from_headings.count(keys[i]) > 0) {
      (*units)[i].role = Role::kFurniture;
    }
  }
  // A repeated line the reader cut in two on one page (its wrap read as a new
  // paragraph): its two pieces together read as the repeated text.
  for (size_t i = 0; i + 1 < units->size(); ++i) {
    Unit& a = (*units)[i];
    Unit& b = (*units)[i + 1];
    if (keys[i].empty() || keys[i + 1].empty() || a.role == Role::kFurniture ||
        b.role == Role::kFurniture) {
      continue;
    }
    const std::u32string both = Codepoints(keys[i] + keys[i + 1]);
    const bool ocr = a.confidence >= 0 && b.confidence >= 0;
    if (std::any_of(repeated.begin(), repeated.end(), [&](const std::u32string& r) {
          return both == r || (ocr && NearlySame(both, r, kOcrReadingsDiffer));
        })) {
      a.role = b.role = Role::kFurniture;
    }
  }
}

// Heads are numbered as a list ("1. การมุ่งผลสัมฤทธิ์"): before the first
// scale a line numbered 1 stands after every other list item.
bool HeadsAreNumbered(const std::vector<Unit>& units, const std::vector<Scale>& scales) {
  if (scales.empty()) return false;
  for (size_t i = scales.front().levels.front(); i-- > 0;) {
    if (units[i].mark_number == 1) return true;
    if (units[i].marked) return false;
  }
  return false;
}

class CatalogueBuilder {
 public:
  CatalogueBuilder(std::vector<Unit>* units, const Labels& labels, const Habits& habits)
      : units_(*units), labels_(labels), habits_(habits) {}

  // A competency from its head; `head.name` may be -1 (no name line).
  Competency& Add(const Head& head) {
    Competency c;
    c.ordinal = static_cast<int>(catalogue_.competencies.size()) + 1;
    const std::string code = CompetencyCode(c.ordinal);
    auto place = [&](size_t i, Role role) {
      units_[i].role = role;
      units_[i].record = code;
      LowerConfidence(&c.confidence, units_[i].confidence);
    };
    std::string found_category;
    for (size_t i : head.categories) {
      place(i, Role::kCategory);
      if (!found_category.empty()) continue;
      // A category heading's own words, without an English gloss.
      std::optional<CategoryMatch> m = labels_.MatchCategory(units_[i].text);
      found_category = m && m->rest.empty() ? m->category : units_[i].text;
    }
    for (size_t i : head.furniture) {
      Unit& u = units_[i];
      bool gloss = u.text.front() == '(';
      place(i, labels_.IsLeadIn(u.text) ? Role::kLabel : gloss ? Role::kName : Role::kFurniture);
      if (gloss && !c.name_en) c.name_en = SplitName("ก " + u.text).name_en;
    }
    std::string inline_definition;
    if (head.name >= 0) {
      Unit& u = units_[static_cast<size_t>(head.name)];
      place(static_cast<size_t>(head.name), Role::kName);
      c.source = u.source;
      std::string text = u.text;
      // Where the document labels its names, a name OCR read without its
      // label had the label misread and glued on.
      if (!u.name_label && u.confidence >= 0 && habits_.labelled_names) {
        std::optional<std::string> name = StripMisreadNameLabel(text);
        if (!name) name = StripLatinReadNameLabel(text);
        if (name) text = *name;
      }
      ReadName(std::move(text), &c, &found_category, &inline_definition);
    } else if (!head.definition.empty()) {
      c.source = units_[head.definition.front()].source;
    }
    if (!found_category.empty()) category_ = found_category;
    c.category = category_;
    c.definition = inline_definition;
    for (size_t k = 0; k < head.definition.size(); ++k) {
      Unit& u = units_[head.definition[k]];
      place(head.definition[k], Role::kDefinition);
      std::optional<std::string> labelled = labels_.MatchDefinition(u.text);
      AppendText(&c.definition, labelled ? *labelled : u.text);
    }
    catalogue_.competencies.push_back(std::move(c));
    return catalogue_.competencies.back();
  }

  void AddLevels(const Scale& scale, size_t end, Competency* c) {
    for (size_t k = 0; k < scale.levels.size(); ++k) {
      size_t body_end = k + 1 < scale.levels.size() ? scale.levels[k + 1] : end;
      Level l;
      ReadLevelBody(&units_, scale.levels[k], body_end, habits_, labels_,
                    CompetencyCode(c->ordinal), &l);
      c->levels.push_back(std::move(l));
    }
  }

  // What stands before the first competency: the catalogue's title (the run
  // of short lines it opens with) and anything else, which is reported.
  void ReadPreamble(size_t end) {
    constexpr int kTitleLines = 6;
    constexpr int kLongestTitleLine = 100;
    int title_lines = 0;
    for (size_t i = 0; i < end; ++i) {
      Unit& u = units_[i];
      if (u.name_label) break;  // a competency without levels: see ParseDocument
      if (u.role != Role::kNone || !IsUnreadText(u)) continue;
      if (title_lines == kTitleLines || u.marked || u.width > kLongestTitleLine) break;
      AppendText(&catalogue_.title, u.text);
      u.role = Role::kTitle;
      u.record = "title";
      ++title_lines;
    }
  }

  Catalogue& catalogue() { return catalogue_; }

 private:
  // The name line: its label, number or category taken off, then its English
  // name, code and any definition after a colon.
  void ReadName(std::string text, Competency* c, std::string* category,
                std::string* definition) const {
    if (std::optional<std::string> labelled = labels_.MatchName(text)) text = *labelled;
    std::optional<std::string> number_code;
    if (std::optional<HeadNumber> h = labels_.MatchHeadNumber(text)) {
      number_code = h->token;
      text = h->rest;
    }
    if (std::optional<CategoryMatch> m = labels_.MatchCategory(text); m && !m->rest.empty()) {
      if (category->empty()) *category = m->category;
      text = m->rest;
      // "สมรรถนะหลัก ด้าน<name>": "ด้าน" ("in the area of") joins category and name.
      const std::string kArea = "ด้าน";
      if (text.rfind(kArea, 0) == 0 && text.size() > kArea.size()) {
        text = text.substr(kArea.size());
        while (!text.empty() && text.front() == ' ') text.erase(0, 1);
      }
    }
    NameParts parts = SplitName(text);
    c->name = parts.name;
    c->name_en = parts.name_en;
    c->code = parts.code ? parts.code : number_code;
    *definition = parts.definition;
  }

  std::vector<Unit>& units_;
  const Labels& labels_;
  const Habits& habits_;
  Catalogue catalogue_;
  std::string category_;  // the category in force: it governs the heads after it
};

Location Where(const ingest::Document& doc, SourceRef at) {
  return Location{doc.path, at.page, at.line};
}

// Every unit without a role is reported, one warning a block of them.
int ReportUnused(const ingest::Document& doc, std::vector<Unit>* units,
                 std::vector<Diagnostic>* warnings) {
  int blocks = 0;
  for (size_t i = 0; i < units->size();) {
    if ((*units)[i].role != Role::kNone) {
      ++i;
      continue;
    }
    size_t j = i;
    size_t lines = 0;
    for (; j < units->size() && (*units)[j].role == Role::kNone; ++j) {
      (*units)[j].role = Role::kUnused;
      lines += 1 + (*units)[j].joins.size();
    }
    const Unit& first = (*units)[i];
    std::string quote = first.table >= 0 ? "a table" : "\"" + first.text.substr(0, 120) + "\"";
    if (first.table < 0 && first.text.size() > 120) quote.insert(quote.size() - 1, "…");
    warnings->push_back(
        {Where(doc, first.source), "text not read into any record (" + std::to_string(lines) +
                                       (lines == 1 ? " line" : " lines") + "): " + quote});
    ++blocks;
    i = j;
  }
  return blocks;
}

std::vector<LineRole> LineRoles(const std::vector<Unit>& units, size_t lines) {
  std::vector<LineRole> roles(lines);
  for (const Unit& u : units) {
    LineRole& r = roles[static_cast<size_t>(u.line_index)];
    // A line split in two (a lead-in, then a level heading) shows its
    // weightier part.
    if (r.role == Role::kNone || r.role == Role::kLabel || r.role == Role::kFurniture) {
      r = {u.role, u.record};
    }
    Role continued =
        u.role == Role::kUnused || u.role == Role::kFurniture ? u.role : Role::kContinuation;
    for (const Unit::Join& j : u.joins)
      roles[static_cast<size_t>(j.line_index)] = {continued, u.record};
  }
  return roles;
}

// A head found by no evidence of its own.
bool WeakHead(const Head& h) {
  return h.evidence == Evidence::kGuess || h.evidence == Evidence::kNone ||
         h.evidence == Evidence::kAfterItems;
}

}  // namespace

Result<ParsedCatalogue> ParseDocument(ingest::Document* document, const ParseOptions& options) {
  const ingest::Document& doc = *document;
  const Labels builtin;
  const Labels& labels = options.labels ? *options.labels : builtin;
  ParsedCatalogue out;
  const size_t line_count = document->lines.size();
  std::vector<Unit> units = BuildUnits(document, labels);
  document->lines.clear();
  document->lines.shrink_to_fit();
  SplitJoinedHeads(&units, labels);

  int scale_start = 0;
  std::vector<Scale> scales = FindScales(&units, &scale_start);
  MarkRepeated(&units, scales);
  Habits habits = LearnHabits(units, scales, scale_start);
  if (habits.english_names) {
    bool cut = false;
    for (size_t s = scales.size(); s-- > 0;) {  // from the end: a cut moves what follows
      cut |= SplitGlossedName(&units, AfterScale(scales, s), scales[s].levels.front());
    }
    if (cut) {
      scales = FindScales(&units, &scale_start);
      MarkRepeated(&units, scales);
      habits = LearnHabits(units, scales, scale_start);
    }
  }
  const bool numbered = HeadsAreNumbered(units, scales);

  std::vector<Head> heads;
  int number = 0;
  for (size_t s = 0; s < scales.size(); ++s) {
    heads.push_back(FindHead(units, AfterScale(scales, s), scales[s].levels.front(), habits, labels,
                             numbered ? number : -1000));
    const Head& h = heads.back();
    std::optional<int> own;
    if (h.name >= 0) {
      const Unit& name = units[static_cast<size_t>(h.name)];
      own = name.mark_number;
      if (std::optional<HeadNumber> token = labels.MatchHeadNumber(name.text)) own = token->number;
    }
    number = own ? *own : number + 1;
  }

  // A scale before the first competency that nothing marks as one, where
  // the heads after it are marked: the manual's own description of its
  // levels ("ระดับที่ 1 หมายถึง ..."), not a competency. It is reported.
  if (scales.size() >= 3 && WeakHead(heads.front()) && !WeakHead(heads[1]) && !WeakHead(heads[2])) {
    for (size_t i = scales.front().levels.front(); i < heads[1].begin; ++i) {
      if (units[i].role == Role::kNone) units[i].set_aside = true;
    }
    for (size_t i : scales.front().levels) units[i].level.reset();
    scales.erase(scales.begin());
    heads.erase(heads.begin());
  }

  CatalogueBuilder builder(&units, labels, habits);
  if (!scales.empty()) builder.ReadPreamble(heads.front().begin);
  for (size_t s = 0; s < scales.size(); ++s) {
    // A labelled name that stands with no scale of its own (a competency
    // without levels) ends the body before it and is a competency too.
    size_t from = AfterScale(scales, s);
    std::vector<size_t> bare_names;
    for (size_t i = from; i < heads[s].begin; ++i) {
      if (units[i].name_label && units[i].role == Role::kNone) bare_names.push_back(i);
    }
    size_t body_end = bare_names.empty() ? heads[s].begin : bare_names.front();
    if (s > 0) {
      Competency& before = builder.catalogue().competencies.back();
      builder.AddLevels(scales[s - 1], body_end, &before);
    }
    for (size_t k = 0; k < bare_names.size(); ++k) {
      Head bare;
      bare.name = static_cast<int>(bare_names[k]);
      size_t until = k + 1 < bare_names.size() ? bare_names[k + 1] : heads[s].begin;
      for (size_t i = bare_names[k] + 1; i < until; ++i) {
        if (units[i].role == Role::kNone && IsUnreadText(units[i])) bare.definition.push_back(i);
      }
      builder.Add(bare);
    }
    builder.Add(heads[s]);
  }
  if (!scales.empty()) {
    builder.AddLevels(scales.back(), units.size(), &builder.catalogue().competencies.back());
  } else {
    // No levels at all: competencies are only where their names are labelled.
    std::vector<size_t> names;
    for (size_t i = 0; i < units.size(); ++i) {
      if (units[i].name_label) names.push_back(i);
    }
    if (!names.empty()) builder.ReadPreamble(names.front());
    for (size_t k = 0; k < names.size(); ++k) {
      Head h;
      h.name = static_cast<int>(names[k]);
      size_t until = k + 1 < names.size() ? names[k + 1] : units.size();
      for (size_t i = names[k] + 1; i < until; ++i) {
        if (IsUnreadText(units[i])) h.definition.push_back(i);
      }
      builder.Add(h);
    }
  }

  Catalogue& cat = builder.catalogue();
  if (cat.competencies.empty()) {
    return Status::InvalidInput({doc.path},
                                "no competencies found: no level headings (such as \"ระดับที่ 1\") "
                                "and no labelled competency names (such as \"ชื่อ\")");
  }
  for (Competency& c : cat.competencies) {
    for (Level& l : c.levels) {
      LevelTitle t = ReadLevelTitle(l.title);
      l.builds_on = t.builds_on;
      l.summary = std::move(t.summary);
    }
  }
  FindAnomalies(cat, doc.path, &out.warnings);
  out.unused_blocks = ReportUnused(doc, &units, &out.warnings);
  out.lines = LineRoles(units, line_count);
  AssignStableIds(&cat);
  out.catalogue = std::move(cat);

  if (options.strict && !out.warnings.empty()) {
    const Diagnostic& first = out.warnings.front();
    std::string more = out.warnings.size() > 1
                           ? " (and " + std::to_string(out.warnings.size() - 1) + " more)"
                           : "";
    return Status::Refused(first.where, "refused under --strict: " + first.message + more);
  }
  return out;
}

}  // namespace samatthana::parse
