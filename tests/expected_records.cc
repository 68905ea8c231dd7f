#include "tests/expected_records.h"

#include <re2/re2.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "normalize/normalize.h"

namespace samatthana::testing {
namespace {

using nlohmann::json;

// Layout-free key: NFC, ASCII digits, no whitespace, no bullets or dashes.
std::string Key(const json& v) {
  if (!v.is_string()) return "";
  std::string s = normalize::LayoutKey(v.get<std::string>());
  static const RE2 marks("[\\x{2022}\\x{25CF}\\x{F0B7}\\x{25AA}\\x{25CB}\\x{00A0}\\x{200B}-]");
  RE2::GlobalReplace(&s, marks, "");
  return s;
}

std::vector<std::string> Keys(const json& items) {
  std::vector<std::string> out;
  for (const json& i : items) out.push_back(Key(i.is_string() ? i : i["text"]));
  return out;
}

}  // namespace

Comparison CompareWithExpected(const std::string& expected_json, const std::string& export_json) {
  json gold = json::parse(expected_json);
  json got = json::parse(export_json);
  Comparison c;
  std::map<std::string, json> by_name;
  for (const json& comp : got["competencies"]) by_name.emplace(Key(comp["name"]), comp);
  if (got["competencies"].size() != gold["competencies"].size()) {
    c.differences.push_back("competency count " + std::to_string(got["competencies"].size()) +
                            " != " + std::to_string(gold["competencies"].size()));
  }
  const json alternates = gold.value("alternates", json::object());
  for (const json& g : gold["competencies"]) {
    std::string name = g["name"];
    c.records += 2;
    auto it = by_name.find(Key(g["name"]));
    if (it == by_name.end()) {
      c.differences.push_back("missing competency " + name);
      continue;
    }
    const json& e = it->second;
    c.exact += 1;
    if (Key(e["definition"]) == Key(g["definition"])) {
      ++c.exact;
    } else {
      c.differences.push_back("definition of " + name);
    }
    // The optional fields count where the expected records state them.
    for (const char* field : {"category", "name_en", "code"}) {
      if (!g.contains(field) || g[field].is_null()) continue;
      ++c.records;
      if (e.contains(field) && Key(e[field]) == Key(g[field])) {
        ++c.exact;
      } else {
        c.differences.push_back(std::string(field) + " of " + name);
      }
    }
    std::map<int, json> levels;
    for (const json& l : e["levels"]) levels.emplace(l["level"].get<int>(), l);
    std::set<int> expected_levels;
    for (const json& gl : g["levels"]) expected_levels.insert(gl["level"].get<int>());
    for (const auto& [n, _] : levels) {
      if (!expected_levels.count(n)) {
        ++c.records;
        c.differences.push_back(name + " level " + std::to_string(n) + " not in the source");
      }
    }
    for (const json& gl : g["levels"]) {
      int n = gl["level"];
      std::string where = name + " level " + std::to_string(n);
      c.records += 1 + static_cast<int>(gl["indicators"].size());
      auto lt = levels.find(n);
      if (lt == levels.end()) {
        c.differences.push_back(where + " missing");
        continue;
      }
      if (Key(lt->second["title"]) == Key(gl["title"])) {
        ++c.exact;
      } else {
        c.differences.push_back(where + " title");
      }
      std::vector<std::string> have = Keys(lt->second["indicators"]);
      std::vector<std::vector<std::string>> choices = {Keys(gl["indicators"])};
      int ordinal = g.contains("ordinal") ? g["ordinal"].get<int>() : 0;
      std::string alt_key = std::to_string(ordinal) + "/" + std::to_string(n);
      if (alternates.contains(alt_key)) {
        for (const json& a : alternates[alt_key]) choices.push_back(Keys(a));
      }
      bool matched = false;
      for (const auto& choice : choices) matched |= choice == have;
      if (matched) {
        c.exact += static_cast<int>(gl["indicators"].size());
      } else {
        c.differences.push_back(where + " indicators (" + std::to_string(have.size()) + " vs " +
                                std::to_string(gl["indicators"].size()) + ")");
      }
    }
  }
  return c;
}

std::vector<std::string> TextDefects(const std::string& export_json) {
  std::vector<std::string> out;
  json got = json::parse(export_json);
  static const RE2 broken(
      "([\\x{0E40}-\\x{0E44}]\\s|\\s[\\x{0E31}\\x{0E34}-\\x{0E3A}\\x{0E47}-\\x{0E4E}])");
  static const RE2 pua("[\\x{E000}-\\x{F8FF}]");
  auto check = [&](const json& v, const std::string& what) {
    if (!v.is_string()) return;
    std::string s = v.get<std::string>();
    if (RE2::PartialMatch(s, pua)) out.push_back(what + ": private-use glyph");
    if (s.find("\u0E4D\u0E32") != std::string::npos) out.push_back(what + ": split sara am");
    if (RE2::PartialMatch(s, broken)) out.push_back(what + ": space inside a cluster");
    if (s.find("\uFFFD") != std::string::npos) out.push_back(what + ": U+FFFD");
    if (normalize::NormalizeText(s) != s) out.push_back(what + ": not normalized");
  };
  for (const json& c : got["competencies"]) {
    std::string name = c["name"];
    check(c["name"], name);
    check(c["category"], name + " category");
    check(c["definition"], name + " definition");
    for (const json& l : c["levels"]) {
      std::string where = name + " level " + std::to_string(l["level"].get<int>());
      check(l["title"], where);
      for (const json& i : l["indicators"]) check(i["text"], where + " indicator");
    }
  }
  return out;
}

}  // namespace samatthana::testing
