#include <string>
#include <string_view>

#include "diff/report.h"
#include "diff/report_parts.h"

namespace samatthana::diff {
namespace {

// ANSI SGR sequences, all empty when colour is off so the writers never branch on it.
struct Palette {
  const char* header = "";
  const char* removed = "";
  const char* added = "";
  const char* reset = "";
};

// Bold yellow headers, red removed and green added text; no escapes without colour.
Palette MakePalette(bool color) {
  if (!color) return {};
  return {"\x1b[1;33m", "\x1b[31m", "\x1b[32m", "\x1b[0m"};
}

// Catalogue text with C0 and C1 control characters (ESC, CSI, line breaks)
// turned into spaces, so a record cannot move the cursor or recolour the terminal.
std::string Clean(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7F) {
      out += ' ';
    } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
      out += ' ';  // U+0080..U+009F, encoded C2 80..C2 9F
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string SummaryLine(const Summary& s) {
  if (s.total() == 0) return "no differences";
  const std::pair<ChangeKind, int> counts[] = {
      {ChangeKind::kAdded, s.added},     {ChangeKind::kRemoved, s.removed},
      {ChangeKind::kChanged, s.changed}, {ChangeKind::kRenamed, s.renamed},
      {ChangeKind::kMoved, s.moved},     {ChangeKind::kSplit, s.split},
      {ChangeKind::kMerged, s.merged}};
  std::string line = std::to_string(s.total()) + (s.total() == 1 ? " change:" : " changes:");
  const char* sep = " ";
  for (const auto& [kind, n] : counts) {
    if (n == 0) continue;
    line += sep + std::to_string(n) + " " + KindName(kind);
    sep = ", ";
  }
  return line;
}

// "C05 new name (was C03 old name)": the competency as it is now, or as it
// was when it has been removed, and what it was before when that differs.
std::string GroupTitle(const Change& c) {
  CompetencyTitle t = TitleOf(c);
  std::string title = t.code;
  if (t.name) title += " " + Clean(*t.name);
  if (!t.was.empty()) title += " (was " + Clean(t.was) + ")";
  return title;
}

// "L3 I2", "L3 I2 -> I1" for a moved indicator, "L3" for a level, "" for a competency.
std::string Location(const Change& c) {
  if (c.entity == Entity::kCompetency) return "";
  std::string at = c.level ? "L" + std::to_string(*c.level) : "";
  if (c.entity == Entity::kIndicator) {
    bool moved = c.kind == ChangeKind::kMoved && c.indicator_old_ordinal && c.indicator_new_ordinal;
    int ordinal =
        moved || c.indicator_new_ordinal == 0 ? c.indicator_old_ordinal : c.indicator_new_ordinal;
    if (ordinal) at += (at.empty() ? "I" : " I") + std::to_string(ordinal);
    if (moved) at += " -> I" + std::to_string(c.indicator_new_ordinal);
  }
  return at;
}

// Renders the report; one instance per call.
class TextWriter {
 public:
  explicit TextWriter(bool color) : color_(color), p_(MakePalette(color)) {}

  // The whole report: the two sides, the summary, then one block per competency.
  std::string Write(const DiffResult& r) {
    out_ += "old: " + Clean(SideName(r.old_side)) + "\n";
    out_ += "new: " + Clean(SideName(r.new_side)) + "\n";
    out_ += SummaryLine(r.summary) + "\n";
    const Change* previous = nullptr;
    for (const Change& c : r.changes) {
      if (!previous || !SameCompetency(*previous, c)) {
        out_ += "\n";
        out_ += p_.header + GroupTitle(c) + p_.reset + "\n";
      }
      WriteChange(c);
      previous = &c;
    }
    return std::move(out_);
  }

 private:
  // One change: where it is, what kind, and its text (several lines for a split or merge).
  void WriteChange(const Change& c) {
    out_ += "  ";
    std::string at = Location(c);
    if (!at.empty()) out_ += at + " ";
    out_ += std::string(KindName(c.kind)) + " " + EntityName(c.entity);
    if (c.kind == ChangeKind::kChanged && !c.field.empty()) out_ += " " + c.field;
    out_ += ":";
    switch (c.kind) {
      case ChangeKind::kAdded:
        out_ += " ";
        Added(c.new_text ? *c.new_text : c.competency_new.value_or(""));
        break;
      case ChangeKind::kRemoved:
        out_ += " ";
        Removed(c.old_text ? *c.old_text : c.competency_old.value_or(""));
        break;
      case ChangeKind::kChanged:
      case ChangeKind::kRenamed:
        out_ += " ";
        WordDiff(c);
        break;
      case ChangeKind::kMoved:
        if (c.entity == Entity::kCompetency) {
          out_ += " " + CompetencyCode(c.competency_old_ordinal) + " -> " +
                  CompetencyCode(c.competency_new_ordinal);
        } else if (const auto& text = c.new_text ? c.new_text : c.old_text) {
          out_ += " " + Clean(*text);
        }
        break;
      case ChangeKind::kSplit:
        out_ += "\n";
        Part(p_.removed, "- ", c.old_text.value_or(""));
        for (const std::string& part : c.parts) {
          out_ += "\n";
          Part(p_.added, "+ ", part);
        }
        break;
      case ChangeKind::kMerged:
        for (const std::string& part : c.parts) {
          out_ += "\n";
          Part(p_.removed, "- ", part);
        }
        out_ += "\n";
        Part(p_.added, "+ ", c.new_text.value_or(""));
        break;
    }
    out_ += "\n";
  }

  // Inline word diff: coloured words, or [-removed-]{+added+} without colour.
  void WordDiff(const Change& c) {
    if (c.words.empty()) {
      Run('-', c.old_text.value_or(""));
      Run('+', c.new_text.value_or(""));
      return;
    }
    char op = '=';
    std::string run;
    for (const WordOp& w : c.words) {
      if (w.op != op) {
        Run(op, run);
        run.clear();
        op = w.op;
      }
      run += w.text;
    }
    Run(op, run);
  }

  // One run of consecutive words with the same op.
  void Run(char op, const std::string& text) {
    if (text.empty()) return;
    std::string clean = Clean(text);
    if (op == '-') {
      out_ += color_ ? p_.removed + clean + p_.reset : "[-" + clean + "-]";
    } else if (op == '+') {
      out_ += color_ ? p_.added + clean + p_.reset : "{+" + clean + "+}";
    } else {
      out_ += clean;
    }
  }

  // A whole record's text, coloured as added or removed.
  void Added(const std::string& text) { out_ += p_.added + Clean(text) + p_.reset; }
  void Removed(const std::string& text) { out_ += p_.removed + Clean(text) + p_.reset; }

  // One indented line of a split or merge: "- " before an old text, "+ " before a new one.
  void Part(const char* color, const char* marker, const std::string& text) {
    out_ += std::string("      ") + color + marker + Clean(text) + p_.reset;
  }

  bool color_;
  Palette p_;
  std::string out_;
};

}  // namespace

std::string ToText(const DiffResult& result, bool color) { return TextWriter(color).Write(result); }

}  // namespace samatthana::diff
