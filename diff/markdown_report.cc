#include <string>
#include <string_view>

#include "diff/report.h"
#include "diff/report_parts.h"

namespace samatthana::diff {
namespace {

// Catalogue text made inert in Markdown: the characters that open emphasis,
// links, code, HTML, tables or headings are backslash-escaped and line breaks
// become spaces, so a record stays inside its bullet.
std::string Escape(std::string_view s) {
  static constexpr std::string_view kSpecial = "\\`*_[]<>#|~&";
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
      continue;
    }
    if (kSpecial.find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// “text”, escaped.
std::string Quoted(std::string_view s) { return "\u201C" + Escape(s) + "\u201D"; }

// "## C05 new name (was C03 old name)"; a removed competency under its old ordinal.
std::string Heading(const Change& c) {
  CompetencyTitle t = TitleOf(c);
  std::string title = "## " + t.code;
  if (t.name) title += " " + Escape(*t.name);
  if (t.removed) return title + " (removed)";
  if (t.added) return title + " (new)";
  if (!t.was.empty()) title += " (was " + Escape(t.was) + ")";
  return title;
}

// "Competency", "Level 3", "Level 2, indicator 4": what a bullet is about.
std::string Subject(const Change& c) {
  if (c.entity == Entity::kCompetency) return "Competency";
  std::string s = c.level ? "Level " + std::to_string(*c.level) : "";
  if (c.entity == Entity::kLevel) return s.empty() ? "Level" : s;
  int ordinal = c.indicator_new_ordinal ? c.indicator_new_ordinal : c.indicator_old_ordinal;
  if (c.kind == ChangeKind::kMoved || ordinal == 0) return s.empty() ? "Indicator" : s;
  return s.empty() ? "Indicator " + std::to_string(ordinal)
                   : s + ", indicator " + std::to_string(ordinal);
}

// One run of words wrapped in `mark` (~~ or **). Spaces at the edges go
// outside the markers: Markdown ignores a marker that touches a space, and
// Thai text has spaces only between phrases, so they often sit at a run's edge.
std::string Marked(std::string_view text, std::string_view mark) {
  size_t begin = text.find_first_not_of(" \t\n\r");
  if (begin == std::string_view::npos) return Escape(text);
  size_t end = text.find_last_not_of(" \t\n\r") + 1;
  return Escape(text.substr(0, begin)) + std::string(mark) +
         Escape(text.substr(begin, end - begin)) + std::string(mark) + Escape(text.substr(end));
}

// The word diff inline: ~~removed~~ and **added** runs between kept words.
std::string WordDiff(const Change& c) {
  if (c.words.empty()) {
    return Marked(c.old_text.value_or(""), "~~") + " " + Marked(c.new_text.value_or(""), "**");
  }
  std::string out;
  char op = '=';
  std::string run;
  auto flush = [&] {
    if (run.empty()) return;
    out += op == '-' ? Marked(run, "~~") : op == '+' ? Marked(run, "**") : Escape(run);
    run.clear();
  };
  for (const WordOp& w : c.words) {
    if (w.op != op) {
      flush();
      op = w.op;
    }
    run += w.text;
  }
  flush();
  return out;
}

// One bullet (with sub-bullets for the parts of a split or merge).
std::string Bullet(const Change& c) {
  std::string line = "- " + Subject(c) + ": ";
  switch (c.kind) {
    case ChangeKind::kAdded:
      return line + "added " + Quoted(c.new_text ? *c.new_text : c.competency_new.value_or(""));
    case ChangeKind::kRemoved:
      return line + "removed " + Quoted(c.old_text ? *c.old_text : c.competency_old.value_or(""));
    case ChangeKind::kChanged:
      if (!c.field.empty() && c.field != "text") line = "- " + Subject(c) + " " + c.field + ": ";
      return line + "changed " + WordDiff(c);
    case ChangeKind::kRenamed:
      return line + "renamed " + WordDiff(c);
    case ChangeKind::kMoved: {
      std::string from, to;
      if (c.entity == Entity::kCompetency) {
        from = CompetencyCode(c.competency_old_ordinal);
        to = CompetencyCode(c.competency_new_ordinal);
      } else {
        std::string noun = c.entity == Entity::kIndicator ? "indicator " : "";
        from = noun + std::to_string(c.indicator_old_ordinal);
        to = noun + std::to_string(c.indicator_new_ordinal);
      }
      line += "moved from " + from + " to " + to;
      const auto& text = c.new_text ? c.new_text : c.old_text;
      if (c.entity != Entity::kCompetency && text) line += " " + Quoted(*text);
      return line;
    }
    case ChangeKind::kSplit:
      line +=
          "split into " + std::to_string(c.parts.size()) + " " + Quoted(c.old_text.value_or(""));
      for (const std::string& part : c.parts) line += "\n  - " + Quoted(part);
      return line;
    case ChangeKind::kMerged:
      line +=
          "merged " + std::to_string(c.parts.size()) + " into " + Quoted(c.new_text.value_or(""));
      for (const std::string& part : c.parts) line += "\n  - " + Quoted(part);
      return line;
  }
  return line;
}

}  // namespace

std::string ToMarkdown(const DiffResult& r) {
  std::string out = "# Catalogue changes: " + Escape(SideName(r.old_side)) + " \u2192 " +
                    Escape(SideName(r.new_side)) + "\n\n";
  const Summary& s = r.summary;
  const std::pair<ChangeKind, int> counts[] = {
      {ChangeKind::kAdded, s.added},     {ChangeKind::kRemoved, s.removed},
      {ChangeKind::kChanged, s.changed}, {ChangeKind::kRenamed, s.renamed},
      {ChangeKind::kMoved, s.moved},     {ChangeKind::kSplit, s.split},
      {ChangeKind::kMerged, s.merged}};
  out += "| change | count |\n| --- | ---: |\n";
  for (const auto& [kind, n] : counts) {
    out += "| " + std::string(KindName(kind)) + " | " + std::to_string(n) + " |\n";
  }
  out += "| **total** | **" + std::to_string(s.total()) + "** |\n";
  if (s.total() == 0 && r.changes.empty()) out += "\nNo differences.\n";

  const Change* previous = nullptr;
  for (const Change& c : r.changes) {
    if (!previous || !SameCompetency(*previous, c)) out += "\n" + Heading(c) + "\n\n";
    out += Bullet(c) + "\n";
    previous = &c;
  }
  return out;
}

}  // namespace samatthana::diff
