// What `inspect` shows: the lines ingest reads and what each became.
#include <algorithm>
#include <map>

#include "import/import.h"
#include "import/labels_file.h"
#include "model/record_code.h"
#include "page/html_page.h"
#include "parse/parse.h"

namespace samatthana::import {
namespace {

using page::HtmlPage;
using page::Node;

// What one line is shown with.
struct Shown {
  const ingest::Line* line;
  parse::LineRole role;
};

// The text a line is shown as: its own, or for a table one entry a row
// ("[table 2, row 3] cell | cell"), so the text read into cells is seen too.
std::vector<std::string> ShownText(const ingest::Line& l,
                                   const std::vector<ingest::Table>& tables) {
  if (l.table < 0) return {l.text};
  const std::string name = "[table " + std::to_string(l.table + 1);
  if (static_cast<size_t>(l.table) >= tables.size()) return {name + "]"};
  const ingest::Table& t = tables[static_cast<size_t>(l.table)];
  std::vector<std::string> rows(static_cast<size_t>(std::max(t.rows, 0)));
  for (const ingest::TableCell& cell : t.cells) {  // row by row, left to right
    if (cell.row < 0 || static_cast<size_t>(cell.row) >= rows.size()) continue;
    std::string text;
    for (const ingest::Line& line : cell.lines) {
      if (!text.empty() && !line.text.empty()) text += ' ';
      text += line.text;
    }
    std::string& row = rows[static_cast<size_t>(cell.row)];
    row += row.empty() ? text : " | " + text;
  }
  std::vector<std::string> out;
  out.reserve(rows.size());
  for (size_t r = 0; r < rows.size(); ++r) {
    out.push_back(name + ", row " + std::to_string(r + 1) + "] " + rows[r]);
  }
  if (out.empty()) out.push_back(name + "]");
  return out;
}

std::string Where(const ingest::Line& l) {
  return l.page > 0 ? "p" + std::to_string(l.page) : std::to_string(l.line);
}

// I: the source marks an item here; C/T: continues the line before (T: with
// no space); R: characters repaired from the font; G: after a blank line or space.
std::string Flags(const ingest::Line& l) {
  std::string flags;
  flags += l.starts_item ? 'I' : '.';
  flags += l.continues ? (l.join_tight ? 'T' : 'C') : '.';
  flags += l.repaired ? 'R' : '.';
  flags += l.after_gap ? 'G' : '.';
  return flags;
}

std::string Header(const ingest::Document& doc, size_t lines, const Catalogue* cat,
                   int unused_blocks) {
  std::string out = doc.path + ": " + std::string(ingest::FormatName(doc.format));
  if (!doc.encoding.empty()) out += ", " + doc.encoding;
  if (doc.pages > 0) out += ", " + std::to_string(doc.pages) + " pages";
  if (doc.ocr_pages > 0) out += " (" + std::to_string(doc.ocr_pages) + " read by OCR)";
  out += ", " + std::to_string(lines) + " lines";
  if (cat != nullptr) {
    CatalogueCounts n = CountRecords(*cat);
    out += "; " + std::to_string(n.competencies) + " competencies, " + std::to_string(n.levels) +
           " levels, " + std::to_string(n.indicators) + " indicators";
  }
  if (unused_blocks > 0) {
    out += "; " + std::to_string(unused_blocks) + (unused_blocks == 1 ? " block" : " blocks") +
           " of unused text";
  }
  return out;
}

std::string AsText(const std::string& header, const std::vector<Shown>& shown,
                   const std::vector<ingest::Table>& tables) {
  std::string out = "# " + header + "\n";
  for (const Shown& s : shown) {
    const ingest::Line& l = *s.line;
    for (const std::string& text : ShownText(l, tables)) {
      out += Where(l) + "\t" + Flags(l) + "\t" + parse::RoleName(s.role.role) + "\t" +
             (s.role.record.empty() ? "-" : s.role.record) + "\t" + text + "\n";
    }
  }
  return out;
}

constexpr const char* kStyle = R"css(
body { font-family: %FONTS%; line-height: 1.6; color: #1f2328; margin: 1.5em; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1 { font-size: 1.3em; margin-bottom: .2em; }
p.summary { color: #59636e; margin-top: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #eaeef2; padding: .15em .6em; vertical-align: top; text-align: left; }
th { background: #f6f8fa; font-weight: normal; color: #59636e; }
td.where, td.record { color: #59636e; white-space: nowrap; font-size: .9em; }
td.role { white-space: nowrap; font-size: .9em; }
tr.name td.text { font-weight: bold; }
tr.category td.text, tr.title td.text { font-style: italic; }
tr.level td.text { font-weight: bold; color: #0550ae; }
tr.indicator td.text { padding-left: 1.5em; }
tr.continuation td.text { padding-left: 2.5em; color: #3d444d; }
tr.furniture td, tr.label td, tr.none td { color: #8c959f; }
tr.unused td { background: #fff1c2; }
tr.unused td.role { color: #9a6700; font-weight: bold; }
td.record-text { color: #1a7f37; }
)css";

std::string AsHtml(const std::string& header, const std::vector<Shown>& shown,
                   const std::vector<ingest::Table>& tables,
                   const std::map<std::string, std::string>& records) {
  std::string css = kStyle;
  css.replace(css.find("%FONTS%"), 7, page::kThaiFonts);
  HtmlPage page("samatthana inspect: " + header, css);
  Node* body = page.body();
  HtmlPage::TextElement(body, "h1", nullptr, "What samatthana read");
  HtmlPage::TextElement(body, "p", "summary", header);
  Node* table = HtmlPage::Element(body, "table");
  Node* head = HtmlPage::Element(table, "tr");
  for (const char* title : {"source", "role", "record", "line", "record as read"}) {
    HtmlPage::TextElement(head, "th", nullptr, title);
  }
  std::string previous_record;
  for (const Shown& s : shown) {
    const ingest::Line& l = *s.line;
    for (const std::string& text : ShownText(l, tables)) {
      Node* row = HtmlPage::Element(table, "tr", parse::RoleName(s.role.role));
      HtmlPage::TextElement(row, "td", "where", Where(l));
      HtmlPage::TextElement(row, "td", "role", parse::RoleName(s.role.role));
      HtmlPage::TextElement(row, "td", "record", s.role.record);
      HtmlPage::TextElement(row, "td", "text", text);
      // The record beside the line it starts on.
      std::string record_text;
      if (!s.role.record.empty() && s.role.record != previous_record) {
        auto it = records.find(s.role.record);
        if (it != records.end()) record_text = it->second;
      }
      HtmlPage::TextElement(row, "td", "record-text", record_text);
      if (!s.role.record.empty()) previous_record = s.role.record;
    }
  }
  return page.Serialize();
}

// Each record's text by its code: what the export holds.
std::map<std::string, std::string> RecordTexts(const Catalogue& cat) {
  std::map<std::string, std::string> out;
  if (!cat.title.empty()) out["title"] = cat.title;
  for (const Competency& c : cat.competencies) {
    std::string code = CompetencyCode(c.ordinal);
    std::string head;
    if (!c.category.empty()) head.append(c.category).append(" / ");
    head += c.name;
    if (c.name_en) head.append(" (").append(*c.name_en).append(")");
    if (c.code) head.append(" [").append(*c.code).append("]");
    if (!c.definition.empty()) head.append(": ").append(c.definition);
    out[code] = head;
    for (const Level& l : c.levels) {
      std::string level_code = LevelCode(code, l.level);
      out[level_code] = "ระดับ " + std::to_string(l.level) + ": " + l.title;
      for (const Indicator& i : l.indicators) out[IndicatorCode(level_code, i.ordinal)] = i.text;
    }
  }
  return out;
}

}  // namespace

Result<std::string> InspectFile(const std::string& file, const InspectOptions& options,
                                const std::function<void(const Diagnostic&)>& on_warning) {
  auto warn = [&](const Diagnostic& d) {
    if (on_warning) on_warning(d);
  };
  Result<parse::Labels> labels = LoadLabels(options.labels_file);
  if (!labels.ok()) return labels.status();
  Result<ingest::Document> doc = ingest::ReadDocument(file, options.read);
  if (!doc.ok()) return doc.status();
  for (const Diagnostic& w : doc->warnings) warn(w);
  const std::vector<ingest::Line> lines = doc->lines;  // the parse consumes its copy
  const std::vector<ingest::Table> tables = doc->tables;
  Result<parse::ParsedCatalogue> parsed = parse::ParseDocument(&*doc, {.labels = &*labels});
  std::vector<Shown> shown;
  shown.reserve(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    parse::LineRole role;
    if (parsed.ok()) {
      role = parsed->lines[i];
    } else {
      role.role = parse::Role::kUnused;
    }
    shown.push_back({&lines[i], role});
  }
  std::string header;
  std::map<std::string, std::string> records;
  if (parsed.ok()) {
    for (const Diagnostic& w : parsed->warnings) warn(w);
    header = Header(*doc, lines.size(), &parsed->catalogue, parsed->unused_blocks);
    records = RecordTexts(parsed->catalogue);
  } else {
    warn({parsed.status().location(), parsed.status().message()});
    header = Header(*doc, lines.size(), nullptr, 0);
  }
  if (options.format == "html") return AsHtml(header, shown, tables, records);
  return AsText(header, shown, tables);
}

}  // namespace samatthana::import
