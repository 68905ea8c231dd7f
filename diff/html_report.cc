#include <memory>
#include <string>
#include <string_view>

#include "diff/report.h"
#include "diff/report_parts.h"
#include "page/html_page.h"

namespace samatthana::diff {
namespace {

// Everything the page looks like. No url(), @import or web fonts: the page
// must render the same offline, so the Thai font stack names fonts that
// Windows, macOS and Linux (fonts-thai-tlwg) install locally.
constexpr const char* kStyle = R"css(
body { font-family: "Sarabun", "TH Sarabun New", "Noto Sans Thai", "Garuda", "Loma", "Tahoma",
       sans-serif; line-height: 1.7; color: #1f2328; max-width: 60em; margin: 2em auto;
       padding: 0 1em; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1 { font-size: 1.5em; margin-bottom: .2em; }
p.sides { color: #59636e; margin-top: 0; }
table.summary { border-collapse: collapse; margin: 1em 0 2em; }
table.summary th, table.summary td { border: 1px solid #d1d9e0; padding: .15em .9em; }
table.summary th { background: #f6f8fa; text-align: left; font-weight: normal; }
table.summary td { text-align: right; }
table.summary tr.total th, table.summary tr.total td { font-weight: bold; }
div.competency { margin-top: 1.5em; break-inside: auto; }
h2 { font-size: 1.2em; border-bottom: 1px solid #d1d9e0; padding-bottom: .2em; }
h2 .ordinal { color: #59636e; margin-right: .5em; }
h2 .was { color: #59636e; font-weight: normal; font-size: .85em; }
ul.changes { list-style: none; padding-left: 0; }
li.change { margin: .7em 0; padding-left: .8em; border-left: 3px solid #d1d9e0; break-inside: avoid; }
li.added { border-left-color: #1a7f37; }
li.removed { border-left-color: #cf222e; }
li.changed, li.renamed { border-left-color: #9a6700; }
li.moved, li.split, li.merged { border-left-color: #0969da; }
.kind { font-weight: bold; }
.entity, .where, .field { color: #59636e; }
ol.parts { margin: .2em 0; }
del { background: #ffebe9; color: #82071e; }
ins { background: #dafbe1; color: #116329; }
p.empty { font-style: italic; }
)css";

using page::HtmlPage;
using page::Node;

Node* Element(Node* parent, const char* name, const char* cls = nullptr) {
  return HtmlPage::Element(parent, name, cls);
}
void Text(Node* parent, std::string_view text) { HtmlPage::Text(parent, text); }
Node* TextElement(Node* parent, const char* name, const char* cls, std::string_view text) {
  return HtmlPage::TextElement(parent, name, cls, text);
}

// <h2>: the competency as it is now (or was, when removed) and what it was before.
void Heading(Node* parent, const Change& c) {
  Node* h2 = Element(parent, "h2");
  CompetencyTitle t = TitleOf(c);
  TextElement(h2, "span", "ordinal", t.code);
  if (t.name) Text(h2, " " + *t.name);
  std::string was = t.removed ? "removed" : t.added ? "new" : t.was.empty() ? "" : "was " + t.was;
  if (!was.empty()) {
    Text(h2, " ");
    TextElement(h2, "span", "was", "(" + was + ")");
  }
}

// "level 3", "level 2, indicator 4", "level 3, indicator 2 → 1"; empty for a competency.
std::string Where(const Change& c) {
  if (c.entity == Entity::kCompetency) {
    if (c.kind != ChangeKind::kMoved) return "";
    return CompetencyCode(c.competency_old_ordinal) + " \u2192 " +
           CompetencyCode(c.competency_new_ordinal);
  }
  std::string at = c.level ? "level " + std::to_string(*c.level) : "";
  if (c.entity == Entity::kLevel) return at;
  bool moved = c.kind == ChangeKind::kMoved && c.indicator_old_ordinal && c.indicator_new_ordinal;
  int ordinal =
      moved || c.indicator_new_ordinal == 0 ? c.indicator_old_ordinal : c.indicator_new_ordinal;
  if (ordinal == 0) return at;
  at += (at.empty() ? "indicator " : ", indicator ") + std::to_string(ordinal);
  if (moved) at += " \u2192 " + std::to_string(c.indicator_new_ordinal);
  return at;
}

// The word diff inline: <del> and <ins> runs between kept words.
void WordDiff(Node* parent, const Change& c) {
  if (c.words.empty()) {
    TextElement(parent, "del", nullptr, c.old_text.value_or(""));
    TextElement(parent, "ins", nullptr, c.new_text.value_or(""));
    return;
  }
  char op = '=';
  std::string run;
  auto flush = [&] {
    if (run.empty()) return;
    if (op == '-') {
      TextElement(parent, "del", nullptr, run);
    } else if (op == '+') {
      TextElement(parent, "ins", nullptr, run);
    } else {
      Text(parent, run);
    }
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
}

// One <li>: what kind of change, where, and its text with highlights.
void ChangeItem(Node* list, const Change& c) {
  std::string kind = KindName(c.kind);
  Node* li = Element(list, "li", ("change " + kind).c_str());
  Node* head = Element(li, "div", "head");
  TextElement(head, "span", "kind", kind);
  Text(head, " ");
  TextElement(head, "span", "entity", EntityName(c.entity));
  if (std::string at = Where(c); !at.empty()) {
    Text(head, " \u00B7 ");
    TextElement(head, "span", "where", at);
  }
  if (c.kind == ChangeKind::kChanged && !c.field.empty()) {
    Text(head, " \u00B7 ");
    TextElement(head, "span", "field", c.field);
  }
  Node* body = Element(li, "div", "text");
  switch (c.kind) {
    case ChangeKind::kAdded:
      TextElement(body, "ins", nullptr, c.new_text ? *c.new_text : c.competency_new.value_or(""));
      break;
    case ChangeKind::kRemoved:
      TextElement(body, "del", nullptr, c.old_text ? *c.old_text : c.competency_old.value_or(""));
      break;
    case ChangeKind::kChanged:
    case ChangeKind::kRenamed:
      WordDiff(body, c);
      break;
    case ChangeKind::kMoved:
      if (c.entity != Entity::kCompetency)
        Text(body, c.new_text ? *c.new_text : c.old_text.value_or(""));
      break;
    case ChangeKind::kSplit: {
      TextElement(body, "del", nullptr, c.old_text.value_or(""));
      Node* parts = Element(body, "ol", "parts");
      for (const std::string& part : c.parts)
        TextElement(Element(parts, "li"), "ins", nullptr, part);
      break;
    }
    case ChangeKind::kMerged: {
      Node* parts = Element(body, "ol", "parts");
      for (const std::string& part : c.parts)
        TextElement(Element(parts, "li"), "del", nullptr, part);
      TextElement(body, "ins", nullptr, c.new_text.value_or(""));
      break;
    }
  }
  HtmlPage::RemoveIfEmpty(body);
}

// The summary table: one row per kind, then the total.
void SummaryTable(Node* parent, const Summary& s) {
  const std::pair<ChangeKind, int> counts[] = {
      {ChangeKind::kAdded, s.added},     {ChangeKind::kRemoved, s.removed},
      {ChangeKind::kChanged, s.changed}, {ChangeKind::kRenamed, s.renamed},
      {ChangeKind::kMoved, s.moved},     {ChangeKind::kSplit, s.split},
      {ChangeKind::kMerged, s.merged}};
  Node* table = Element(parent, "table", "summary");
  Node* tbody = Element(table, "tbody");
  for (const auto& [kind, n] : counts) {
    Node* tr = Element(tbody, "tr", KindName(kind));
    TextElement(tr, "th", nullptr, KindName(kind));
    TextElement(tr, "td", nullptr, std::to_string(n));
  }
  Node* tr = Element(tbody, "tr", "total");
  TextElement(tr, "th", nullptr, "total");
  TextElement(tr, "td", nullptr, std::to_string(s.total()));
}

}  // namespace

std::string ToHtml(const DiffResult& r) {
  std::string title =
      "Catalogue changes: " + SideName(r.old_side) + " \u2192 " + SideName(r.new_side);
  HtmlPage page(title, kStyle);
  Node* body = page.body();
  TextElement(body, "h1", nullptr, "Catalogue changes");
  Node* sides = Element(body, "p", "sides");
  Text(sides, "from ");
  TextElement(sides, "b", nullptr, SideName(r.old_side));
  Text(sides, " to ");
  TextElement(sides, "b", nullptr, SideName(r.new_side));
  SummaryTable(body, r.summary);
  if (r.changes.empty()) TextElement(body, "p", "empty", "No differences.");

  const Change* previous = nullptr;
  Node* list = nullptr;
  for (const Change& c : r.changes) {
    if (!previous || !SameCompetency(*previous, c)) {
      Node* section = Element(body, "div", "competency");
      Heading(section, c);
      list = Element(section, "ul", "changes");
    }
    ChangeItem(list, c);
    previous = &c;
  }
  return page.Serialize();
}

}  // namespace samatthana::diff
