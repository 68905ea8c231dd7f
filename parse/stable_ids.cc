#include "parse/stable_ids.h"

#include <cstdint>
#include <cstdio>
#include <set>

#include "normalize/normalize.h"

namespace samatthana::parse {
namespace {

// FNV-1a, 64 bit: stable across platforms and releases, unlike std::hash.
uint64_t Fnv1a(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return h;
}

std::string Hex12(uint64_t h) {
  char buf[17];
  std::snprintf(buf, sizeof(buf), "%012llx",
                static_cast<unsigned long long>(h & 0xFFFFFFFFFFFFull));
  return buf;
}

// Makes `id` unique among `taken` by adding "-2", "-3", ...
std::string Unique(const std::string& id, std::set<std::string>* taken) {
  std::string candidate = id;
  for (int n = 2; taken->count(candidate); ++n) candidate = id + "-" + std::to_string(n);
  taken->insert(candidate);
  return candidate;
}

}  // namespace

std::string CompetencyIdFor(std::string_view name) {
  return "c-" + Hex12(Fnv1a(normalize::LayoutKey(name)));
}

void AssignStableIds(Catalogue* catalogue) {
  std::set<std::string> taken;
  for (Competency& c : catalogue->competencies) {
    if (!c.id.empty()) taken.insert(c.id);
    for (Level& l : c.levels) {
      if (!l.id.empty()) taken.insert(l.id);
      for (Indicator& i : l.indicators) {
        if (!i.id.empty()) taken.insert(i.id);
      }
    }
  }
  for (Competency& c : catalogue->competencies) {
    if (c.id.empty()) c.id = Unique(CompetencyIdFor(c.name), &taken);
    for (Level& l : c.levels) {
      if (l.id.empty()) l.id = Unique(c.id + ".l" + std::to_string(l.level), &taken);
      for (Indicator& i : l.indicators) {
        if (!i.id.empty()) continue;
        std::string basis =
            c.id + "/" + std::to_string(l.level) + "/" + normalize::LayoutKey(i.text);
        i.id = Unique("i-" + Hex12(Fnv1a(basis)), &taken);
      }
    }
  }
}

}  // namespace samatthana::parse
