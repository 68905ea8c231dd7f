// Search latency over one stored version: runs a set of Thai and Latin
// queries many times in one process and prints the median and 99th
// percentile, in milliseconds.
//   search_latency DB VERSION
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "db/store.h"
#include "search/search.h"

int main(int argc, char** argv) {
  using namespace samatthana;
  if (argc != 3) {
    std::fprintf(stderr, "usage: search_latency DB VERSION\n");
    return 2;
  }
  auto store = db::Store::Open(argv[1], {.must_exist = true});
  if (!store.ok()) {
    std::fprintf(stderr, "%s\n", store.status().ToString().c_str());
    return 1;
  }
  auto version = (*store)->ResolveVersion(argv[2]);
  if (!version.ok()) {
    std::fprintf(stderr, "%s\n", version.status().ToString().c_str());
    return 1;
  }
  const std::vector<std::string> queries = {
      "สามัญสำนึก",   "ผู้บังคับบัญชา", "ป้องกัน",      "วิเคราะห์", "สหกรณ์",   "ข้อมูล",
      "ความปลอดภัย", "ประสานงาน", "กลุ่มเกษตรกร", "IT",      "Synergy", "แผนงาน ซับซ้อน"};
  std::vector<double> ms;
  for (int round = 0; round < 50; ++round) {
    for (const std::string& q : queries) {
      search::Query query;
      query.text = q;
      query.version_id = version->id;
      auto start = std::chrono::steady_clock::now();
      auto hits = search::Find(**store, query);
      auto end = std::chrono::steady_clock::now();
      if (!hits.ok()) {
        std::fprintf(stderr, "%s\n", hits.status().ToString().c_str());
        return 1;
      }
      ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
  }
  std::sort(ms.begin(), ms.end());
  std::printf("p50 %.2f ms, p99 %.2f ms (%zu queries)\n", ms[ms.size() / 2],
              ms[ms.size() * 99 / 100], ms.size());
  return 0;
}
