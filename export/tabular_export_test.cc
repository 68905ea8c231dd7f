#include <csv.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "export/export.h"

namespace samatthana::exports {
namespace {

using Rows = std::vector<std::vector<std::string>>;

// Reads CSV back with libcsv's strict parser: the rows and their fields.
Rows ParseCsv(const std::string& text) {
  Rows rows(1);
  auto field = [](void* s, size_t len, void* data) {
    static_cast<Rows*>(data)->back().emplace_back(static_cast<const char*>(s), len);
  };
  auto row_end = [](int, void* data) { static_cast<Rows*>(data)->emplace_back(); };
  csv_parser parser;
  EXPECT_EQ(csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI), 0);
  size_t done = csv_parse(&parser, text.data(), text.size(), field, row_end, &rows);
  EXPECT_EQ(done, text.size()) << csv_strerror(csv_error(&parser));
  EXPECT_EQ(csv_fini(&parser, field, row_end, &rows), 0);
  csv_free(&parser);
  rows.pop_back();  // the row the last CRLF opened
  return rows;
}

// Two competencies; the first has a level without indicators and text that
// needs quoting (a comma, a quote and a line break).
Catalogue SmallCatalogue() {
  Catalogue c;
  c.title = "พจนานุกรมสมรรถนะ";
  Competency a{"c-aaa",
               1,
               "การคิดวิเคราะห์",
               "สมรรถนะเฉพาะ",
               "นิยาม, มี \"คำพูด\"\nสองบรรทัด",
               {},
               {},
               "Analytical Thinking",
               "AT"};
  Level a0;
  a0.id = "c-aaa.l0";
  a0.title = "ไม่แสดงสมรรถนะ";
  a0.summary = "ไม่แสดงสมรรถนะ";
  Level a1;
  a1.id = "c-aaa.l1";
  a1.level = 1;
  a1.title = "แยกแยะประเด็น";
  a1.summary = "แยกแยะประเด็น";
  a1.indicators.push_back({"i-001", 1, "แยกแยะปัญหา, อย่างง่าย \"พื้นฐาน\"\nต่อบรรทัด", {}});
  a1.indicators.push_back({"i-002", 2, "วางแผนงาน", {}});
  Level a2;
  a2.id = "c-aaa.l2";
  a2.level = 2;
  a2.builds_on = 1;
  a2.title = "แสดงสมรรถนะระดับที่ ๑ และ เข้าใจ";
  a2.summary = "เข้าใจ";
  a2.indicators.push_back({"i-003", 1, "ระบุเหตุและผล", {}, 72.5});
  a.levels = {a0, a1, a2};
  Competency b{"c-bbb", 2, "การสื่อสาร", "สมรรถนะเฉพาะ", "สื่อสารได้ชัดเจน", {}, {}, {}, {}};
  Level b1;
  b1.id = "c-bbb.l1";
  b1.level = 1;
  b1.title = "ฟังผู้อื่น";
  b1.summary = "ฟังผู้อื่น";
  b1.indicators.push_back({"i-004", 1, " เว้นวรรคหน้า", {}});
  b.levels = {b1};
  c.competencies = {a, b};
  return c;
}

VersionInfo Version() {
  VersionInfo v;
  v.id = 4;
  v.label = "2567";
  return v;
}

TEST(CsvExport, IndicatorsTableHasHeaderAndOneRowPerIndicator) {
  Rows rows = ParseCsv(ToCsv(Version(), SmallCatalogue(), {}));
  ASSERT_EQ(rows.size(), 5u) << "header + 4 indicators; level 0 has none and gives no row";
  EXPECT_EQ(rows[0],
            (std::vector<std::string>{
                "version", "competency_id", "competency_ordinal", "competency_name", "category",
                "level_id", "level", "level_title", "indicator_id", "indicator_ordinal",
                "indicator_text", "competency_name_en", "competency_code", "confidence"}));
  EXPECT_EQ(rows[1], (std::vector<std::string>{"4", "c-aaa", "1", "การคิดวิเคราะห์", "สมรรถนะเฉพาะ",
                                               "c-aaa.l1", "1", "แยกแยะประเด็น", "i-001", "1",
                                               "แยกแยะปัญหา, อย่างง่าย \"พื้นฐาน\"\nต่อบรรทัด",
                                               "Analytical Thinking", "AT", ""}));
  EXPECT_EQ(rows[4][11], "") << "no English name in the source: an empty field";
  EXPECT_EQ(rows[3][13], "72.5") << "an indicator read by OCR gives its confidence";
  EXPECT_EQ(rows[3][8], "i-003");
  EXPECT_EQ(rows[3][5], "c-aaa.l2");
  EXPECT_EQ(rows[4][8], "i-004");
  EXPECT_EQ(rows[4][10], " เว้นวรรคหน้า") << "a leading blank must survive a reader that trims";
}

TEST(CsvExport, QuotesOnlyFieldsThatNeedIt) {
  std::string csv = ToCsv(Version(), SmallCatalogue(), {});
  EXPECT_NE(csv.find(",\"แยกแยะปัญหา, อย่างง่าย \"\"พื้นฐาน\"\"\nต่อบรรทัด\",Analytical Thinking,AT,\r\n"),
            std::string::npos)
      << "comma, quote and newline: quoted, quote doubled\n"
      << csv;
  EXPECT_NE(csv.find("\r\n4,c-bbb,2,การสื่อสาร,"), std::string::npos) << csv;
}

TEST(CsvExport, RecordsEndWithCrlf) {
  std::string csv = ToCsv(Version(), SmallCatalogue(), {.table = CsvTable::kLevels});
  size_t lf = 0, crlf = 0;
  for (size_t k = 0; k < csv.size(); ++k) {
    if (csv[k] != '\n') continue;
    ++lf;
    if (k > 0 && csv[k - 1] == '\r') ++crlf;
  }
  EXPECT_EQ(lf, 5u) << "header + 4 levels, no line breaks inside these fields";
  EXPECT_EQ(crlf, lf) << "every record ends in CRLF";
  EXPECT_EQ(csv.substr(csv.size() - 2), "\r\n");
  EXPECT_EQ(csv.substr(0, 8), "version,") << "no BOM unless asked";
}

TEST(CsvExport, BomOnlyWhenAsked) {
  std::string csv = ToCsv(Version(), SmallCatalogue(), {.bom = true});
  ASSERT_GE(csv.size(), 3u);
  EXPECT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_EQ(csv.substr(3, 8), "version,");
}

TEST(CsvExport, LevelsTable) {
  Rows rows = ParseCsv(ToCsv(Version(), SmallCatalogue(), {.table = CsvTable::kLevels}));
  ASSERT_EQ(rows.size(), 5u) << "header + 4 levels";
  EXPECT_EQ(rows[0], (std::vector<std::string>{
                         "version", "competency_id", "competency_ordinal", "competency_name",
                         "category", "level_id", "level", "level_title", "builds_on", "summary",
                         "competency_name_en", "competency_code", "confidence"}));
  EXPECT_EQ(rows[1][5], "c-aaa.l0");
  EXPECT_EQ(rows[1][8], "") << "level 0 builds on nothing";
  EXPECT_EQ(rows[3], (std::vector<std::string>{"4", "c-aaa", "1", "การคิดวิเคราะห์", "สมรรถนะเฉพาะ",
                                               "c-aaa.l2", "2", "แสดงสมรรถนะระดับที่ ๑ และ เข้าใจ", "1",
                                               "เข้าใจ", "Analytical Thinking", "AT", ""}));
}

TEST(CsvExport, CompetenciesTableHoldsTheDefinition) {
  Rows rows = ParseCsv(ToCsv(Version(), SmallCatalogue(), {.table = CsvTable::kCompetencies}));
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0],
            (std::vector<std::string>{"version", "competency_id", "competency_ordinal",
                                      "competency_name", "category", "definition",
                                      "competency_name_en", "competency_code", "confidence"}));
  EXPECT_EQ(rows[1], (std::vector<std::string>{"4", "c-aaa", "1", "การคิดวิเคราะห์", "สมรรถนะเฉพาะ",
                                               "นิยาม, มี \"คำพูด\"\nสองบรรทัด", "Analytical Thinking",
                                               "AT", ""}));
  EXPECT_EQ(rows[2][1], "c-bbb");
}

TEST(JsonLinesExport, OneFlatRecordPerLineInDocumentOrder) {
  std::string text = ToJsonLines(Version(), SmallCatalogue());
  ASSERT_FALSE(text.empty());
  EXPECT_EQ(text.back(), '\n');
  EXPECT_NE(text.find("การคิดวิเคราะห์"), std::string::npos) << "Thai must not be \\u-escaped";

  std::vector<nlohmann::json> records;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    ASSERT_FALSE(line.empty());
    records.push_back(nlohmann::json::parse(line));
  }
  std::vector<std::string> order;
  for (const auto& r : records) {
    order.push_back(r["type"].get<std::string>() + " " + r["id"].get<std::string>());
    EXPECT_EQ(r["version"], 4);
    for (const auto& [key, value] : r.items()) {
      EXPECT_FALSE(value.is_object() || value.is_array()) << "flat: " << key;
    }
  }
  EXPECT_EQ(order, (std::vector<std::string>{"competency c-aaa", "level c-aaa.l0", "level c-aaa.l1",
                                             "indicator i-001", "indicator i-002", "level c-aaa.l2",
                                             "indicator i-003", "competency c-bbb",
                                             "level c-bbb.l1", "indicator i-004"}));

  const auto& comp = records[0];
  EXPECT_EQ(comp["ordinal"], 1);
  EXPECT_EQ(comp["name"], "การคิดวิเคราะห์");
  EXPECT_EQ(comp["category"], "สมรรถนะเฉพาะ");
  EXPECT_EQ(comp["name_en"], "Analytical Thinking");
  EXPECT_EQ(comp["code"], "AT");
  EXPECT_TRUE(records[7]["code"].is_null()) << "no code in the source: null";
  EXPECT_EQ(comp["definition"], "นิยาม, มี \"คำพูด\"\nสองบรรทัด");
  const auto& l0 = records[1];
  EXPECT_EQ(l0["competency_id"], "c-aaa");
  EXPECT_TRUE(l0["builds_on"].is_null());
  const auto& l2 = records[5];
  EXPECT_EQ(l2["level"], 2);
  EXPECT_EQ(l2["builds_on"], 1);
  EXPECT_EQ(l2["summary"], "เข้าใจ");
  EXPECT_EQ(records[6]["confidence"], 72.5) << "read by OCR";
  EXPECT_TRUE(records[3]["confidence"].is_null()) << "the file's own text";
  const auto& ind = records[3];
  EXPECT_EQ(ind["level_id"], "c-aaa.l1");
  EXPECT_EQ(ind["competency_id"], "c-aaa");
  EXPECT_EQ(ind["ordinal"], 1);
  EXPECT_EQ(ind["text"], "แยกแยะปัญหา, อย่างง่าย \"พื้นฐาน\"\nต่อบรรทัด");
}

}  // namespace
}  // namespace samatthana::exports
