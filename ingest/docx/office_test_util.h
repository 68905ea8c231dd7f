// Test support for the office readers: a fixture read into a Document, and
// its lines written out one a string, so a test states what it expects the
// way a reader would look at it.
#ifndef SAMATTHANA_INGEST_DOCX_OFFICE_TEST_UTIL_H_
#define SAMATTHANA_INGEST_DOCX_OFFICE_TEST_UTIL_H_

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "base/result.h"
#include "ingest/docx/office_reader.h"

namespace samatthana::ingest::testing {

inline std::string FixtureBytes(const std::string& name) {
  std::ifstream in(std::string(SAMATTHANA_FIXTURES) + "/docx/" + name, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline Result<Document> ReadBytes(const std::string& name, const std::string& bytes,
                                  const ReadOptions& options = {}) {
  Document doc;
  doc.path = name;
  if (Status s = ReadOfficeZip(bytes, options, &doc); !s.ok()) return s;
  return doc;
}

inline Result<Document> ReadFixture(const std::string& name, const ReadOptions& options = {}) {
  return ReadBytes(name, FixtureBytes(name), options);
}

// "<line> <flags> <text>": flags are '*' an item starts, '+' continues tight
// ('~' continues with a space), H heading, B bold, C centred, T<n> table n.
inline std::string Describe(const Line& l) {
  std::string flags;
  if (l.starts_item) flags += '*';
  if (l.continues) flags += l.join_tight ? '+' : '~';
  if (l.style.heading) flags += 'H';
  if (l.style.bold) flags += 'B';
  if (l.style.centered) flags += 'C';
  if (l.table >= 0) flags += "T" + std::to_string(l.table);
  std::string s = std::to_string(l.line);
  if (!flags.empty()) s += " " + flags;
  if (!l.text.empty()) s += " " + l.text;
  return s;
}

inline std::vector<std::string> Describe(const std::vector<Line>& lines) {
  std::vector<std::string> out;
  for (const Line& l : lines) out.push_back(Describe(l));
  return out;
}

// A table's cells: "r,c rowspan x colspan [h]: line | line".
inline std::vector<std::string> DescribeCells(const Table& t) {
  std::vector<std::string> out;
  for (const TableCell& c : t.cells) {
    std::string s = std::to_string(c.row) + "," + std::to_string(c.column) + " " +
                    std::to_string(c.row_span) + "x" + std::to_string(c.column_span) +
                    (c.header ? " h" : "") + ":";
    for (size_t i = 0; i < c.lines.size(); ++i) {
      s += (i ? " | " : " ") + Describe(c.lines[i]);
    }
    out.push_back(s);
  }
  return out;
}

}  // namespace samatthana::ingest::testing

#endif  // SAMATTHANA_INGEST_DOCX_OFFICE_TEST_UTIL_H_
