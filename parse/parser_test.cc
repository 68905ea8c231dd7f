#include <gtest/gtest.h>

#include "parse/parse.h"

namespace samatthana::parse {
namespace {

ingest::Document Doc(std::vector<std::string> lines) {
  ingest::Document doc;
  doc.path = "t.txt";
  int n = 0;
  for (std::string& l : lines) {
    ++n;
    if (!l.empty()) doc.lines.push_back(ingest::Line{.text = std::move(l), .line = n});
  }
  return doc;
}

ParsedCatalogue MustParse(ingest::Document doc, ParseOptions options = {}) {
  Result<ParsedCatalogue> r = ParseDocument(&doc, options);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? std::move(r).value() : ParsedCatalogue{};
}

std::vector<std::string> Items(const Level& l) {
  std::vector<std::string> out;
  for (const Indicator& i : l.indicators) out.push_back(i.text);
  return out;
}

const std::vector<std::string> kOne = {"หัวเรื่อง",
                                       "ส่วนหัว",
                                       "สมรรถนะหลัก",
                                       "ชื่อ สมรรถนะก",
                                       "คำจำกัดความ: นิยามก",
                                       "ระดับที่ ๐: ไม่แสดง",
                                       "ระดับที่ ๑: ขั้นต้น",
                                       "- ข้อหนึ่ง",
                                       "- ข้อสอง",
                                       "ระดับที่ ๒: แสดงสมรรถนะระดับที่ ๑ และ ขั้นสอง",
                                       "- ข้อสาม",
                                       "ต่อข้อสาม",
                                       "ส่วนหัว",
                                       "สมรรถนะประจำกลุ่มงาน",
                                       "ชื่อ สมรรถนะข",
                                       "คำจำกัดความ : นิยามข",
                                       "ยาวต่อ",
                                       "ระดับที่ 0: ไม่แสดง",
                                       "ระดับที่ ๑: ขั้นต้นข",
                                       "● ก● ข",
                                       "ระดับที่ ๒: ขั้นสองข",
                                       "ค"};

TEST(Parser, BuildsCompetenciesLevelsAndIndicators) {
  ParsedCatalogue p = MustParse(Doc(kOne));
  const Catalogue& c = p.catalogue;
  EXPECT_EQ(c.title, "หัวเรื่อง");
  ASSERT_EQ(c.competencies.size(), 2u);
  const Competency& a = c.competencies[0];
  EXPECT_EQ(a.ordinal, 1);
  EXPECT_EQ(a.name, "สมรรถนะก");
  EXPECT_EQ(a.category, "สมรรถนะหลัก");
  EXPECT_EQ(a.definition, "นิยามก");
  ASSERT_EQ(a.levels.size(), 3u);
  EXPECT_EQ(Items(a.levels[1]), (std::vector<std::string>{"ข้อหนึ่ง", "ข้อสอง"}));
  EXPECT_EQ(a.levels[2].builds_on, 1);
  EXPECT_EQ(a.levels[2].summary, "ขั้นสอง");
  EXPECT_EQ(a.levels[2].title, "แสดงสมรรถนะระดับที่ ๑ และ ขั้นสอง");
  EXPECT_EQ(a.source.line, 4);
  EXPECT_EQ(a.levels[1].indicators[1].source.line, 9);
}

TEST(Parser, UnmarkedLineContinuesTheItemWhenItemsCarryMarks) {
  ParsedCatalogue p = MustParse(Doc(kOne));
  EXPECT_EQ(Items(p.catalogue.competencies[0].levels[2]),
            (std::vector<std::string>{"ข้อสาม ต่อข้อสาม"}));
}

TEST(Parser, EachParagraphIsAnItemWhenNoItemCarriesAMark) {
  ParsedCatalogue p = MustParse(Doc(kOne));
  EXPECT_EQ(Items(p.catalogue.competencies[1].levels[2]), (std::vector<std::string>{"ค"}));
  EXPECT_EQ(Items(p.catalogue.competencies[1].levels[1]), (std::vector<std::string>{"ก", "ข"}));
}

TEST(Parser, RepeatedHeaderIsNeitherTitleNorText) {
  ParsedCatalogue p = MustParse(Doc(kOne));
  // "ส่วนหัว" opens both competencies: a running header, not data.
  EXPECT_EQ(p.catalogue.title, "หัวเรื่อง");
  EXPECT_EQ(p.catalogue.competencies[0].levels[2].indicators.back().text, "ข้อสาม ต่อข้อสาม");
  EXPECT_EQ(p.catalogue.competencies[1].category, "สมรรถนะประจำกลุ่มงาน");
  EXPECT_EQ(p.catalogue.competencies[1].definition, "นิยามข ยาวต่อ");
}

TEST(Parser, ALevelTitlesSecondLineRepeatedInEveryCompetencyIsNoHeader) {
  // The last level's title is broken by hand the same way in every
  // competency: its second line repeats, but always right under the heading.
  std::vector<std::string> lines;
  for (std::string name : {"ก", "ข", "ค"}) {
    for (const std::string& line : std::vector<std::string>{
             "ชื่อ " + name, "คำจำกัดความ: นิยาม" + name, "ระดับที่ ๑: ต้น", "- ข้อ" + name,
             "ระดับที่ ๒: แสดงสมรรถนะระดับที่ ๑", "และสร้างแนวทางใหม่", "- ท้าย" + name}) {
      lines.push_back(line);
    }
  }
  ParsedCatalogue p = MustParse(Doc(lines));
  ASSERT_EQ(p.catalogue.competencies.size(), 3u);
  for (const Competency& c : p.catalogue.competencies) {
    ASSERT_EQ(c.levels.size(), 2u);
    EXPECT_EQ(c.levels[1].title, "แสดงสมรรถนะระดับที่ ๑ และสร้างแนวทางใหม่");
  }
  // The same with the heading's number alone on its line, once.
  lines.erase(lines.begin() + 11);
  lines.insert(lines.begin() + 11, {"ระดับที่ ๒:", "แสดงสมรรถนะระดับที่ ๑"});
  p = MustParse(Doc(lines));
  ASSERT_EQ(p.catalogue.competencies.size(), 3u);
  ASSERT_EQ(p.catalogue.competencies[1].levels.size(), 2u);
  EXPECT_EQ(p.catalogue.competencies[1].levels[1].title, "แสดงสมรรถนะระดับที่ ๑ และสร้างแนวทางใหม่");
  // And with the title wrapped before its last word, in another.
  lines.erase(lines.begin() + 4);
  lines.insert(lines.begin() + 4, {"ระดับที่ ๒: แสดงสมรรถนะระดับที่", "๑"});
  p = MustParse(Doc(lines));
  ASSERT_EQ(p.catalogue.competencies.size(), 3u);
  ASSERT_EQ(p.catalogue.competencies[0].levels.size(), 2u);
  EXPECT_EQ(p.catalogue.competencies[0].levels[1].title, "แสดงสมรรถนะระดับที่ ๑ และสร้างแนวทางใหม่");
}

TEST(Parser, ALabelWrappedOffItsNameKeepsItsSpace) {
  ingest::Document doc = Doc({"ชื่อ", "การทดสอบ", "คำจำกัดความ: นิยาม", "ระดับที่ ๑: ต้น", "- ข้อ"});
  doc.lines[1].continues = true;
  doc.lines[1].join_tight = true;
  ParsedCatalogue p = MustParse(doc);
  ASSERT_EQ(p.catalogue.competencies.size(), 1u);
  EXPECT_EQ(p.catalogue.competencies[0].name, "การทดสอบ");
}

TEST(Parser, ALineOpeningWithAConjunctionGoesOnWithTheTitle) {
  ParsedCatalogue p = MustParse(Doc({"ชื่อ ก", "คำจำกัดความ: นิยาม", "ระดับที่ ๐: ไม่แสดงสมรรถนะ",
                                     "หรือแสดงอย่างไม่ชัดเจน", "ระดับที่ ๑: ต้น", "ข้อหนึ่ง"}));
  ASSERT_EQ(p.catalogue.competencies.size(), 1u);
  const Competency& c = p.catalogue.competencies[0];
  ASSERT_EQ(c.levels.size(), 2u);
  EXPECT_EQ(c.levels[0].title, "ไม่แสดงสมรรถนะ หรือแสดงอย่างไม่ชัดเจน");
  EXPECT_TRUE(c.levels[0].indicators.empty());
  EXPECT_EQ(Items(c.levels[1]), (std::vector<std::string>{"ข้อหนึ่ง"}));
}

TEST(Parser, AnOcrLevelNumberReadAsLettersTakesItsPlaceInTheRun) {
  // ๒ read "lo" inside a scale, ๓ read "mt" at its end, ๐ read "o" at the
  // start of the next.
  ingest::Document doc = Doc({"ชื่อ ก", "คำจำกัดความ: นิยาม", "ระดับที่ ๑: หนึ่ง", "- ข้อ", "ระดับที่ lo: สอง",
                              "- ข้อ", "ระดับที่ mt แสดงสมรรถนะสาม", "- ข้อ", "ชื่อ ข",
                              "คำจำกัดความ: นิยามข", "ระดับที่ o: ศูนย์", "ระดับที่ ๑: หนึ่ง", "- ข้อ"});
  ParsedCatalogue typed = MustParse(doc);
  for (ingest::Line& l : doc.lines) l.confidence = 90;
  ParsedCatalogue read = MustParse(doc);
  ASSERT_EQ(read.catalogue.competencies.size(), 2u);
  std::vector<int> numbers;
  for (const Competency& c : read.catalogue.competencies) {
    for (const Level& l : c.levels) numbers.push_back(l.level);
  }
  EXPECT_EQ(numbers, (std::vector<int>{1, 2, 3, 0, 1}));
  EXPECT_EQ(read.catalogue.competencies[0].levels[2].title, "แสดงสมรรถนะสาม");
  // Typed text is not read this way: those lines are no headings.
  size_t typed_levels = 0;
  for (const Competency& c : typed.catalogue.competencies) typed_levels += c.levels.size();
  EXPECT_EQ(typed_levels, 2u);
}

TEST(Parser, OcrReadingsOfOneRepeatedLineCountAsOne) {
  // A header before every name, read by OCR a little differently each time.
  std::vector<std::string> lines;
  const char* headers[] = {"สมรรถนะที่จำเป็นสำหรับการปฏิบัติงาน", "สมรรถนะทีจำเป็นสำหรับการปฏิบัติงาน",
                           "สมรรถนะที่จำ เป็นสำหรับการปฏิบัติ งาน", "สมรรถน่ะที่จำเป็นสำหรับการปฏิบัติงาน"};
  const char* names[] = {"ก", "ข", "ค", "ง"};
  for (int k = 0; k < 4; ++k) {
    lines.insert(lines.end(), {headers[k], std::string("ชื่อ ") + names[k],
                               "คำจำกัดความ: นิยาม" + std::string(names[k]), "ระดับที่ ๑: หนึ่ง",
                               "- ข้อ" + std::string(names[k])});
  }
  ingest::Document doc = Doc(lines);
  for (ingest::Line& l : doc.lines) l.confidence = 90;
  ParsedCatalogue p = MustParse(doc);
  ASSERT_EQ(p.catalogue.competencies.size(), 4u);
  for (size_t k = 0; k < 4; ++k) {
    const Competency& c = p.catalogue.competencies[k];
    ASSERT_EQ(c.levels.size(), 1u);
    // The header is nobody's text: it is not read into the item above it.
    EXPECT_EQ(Items(c.levels[0]), (std::vector<std::string>{"ข้อ" + std::string(names[k])}));
  }
}

TEST(Parser, AnOcrLevelNumberThatBreaksItsRunIsMended) {
  ingest::Document doc = Doc({"ชื่อ ก", "คำจำกัดความ: นิยาม", "ระดับที่ ๑: หนึ่ง", "- ข้อ", "ระดับที่ ๒: สอง",
                              "- ข้อ", "ระดับที่ ๕: สาม", "- ข้อ", "ระดับที่ ๔: สี่", "- ข้อ"});
  ParsedCatalogue typed = MustParse(doc);
  for (ingest::Line& l : doc.lines) l.confidence = 90;
  ParsedCatalogue read = MustParse(doc);
  ASSERT_EQ(read.catalogue.competencies.size(), 1u);
  const std::vector<Level>& levels = read.catalogue.competencies[0].levels;
  ASSERT_EQ(levels.size(), 4u);
  EXPECT_EQ(levels[2].level, 3);
  EXPECT_EQ(levels[2].title, "สาม");
  // The same text typed keeps its number.
  bool kept = false;
  for (const Competency& c : typed.catalogue.competencies) {
    for (const Level& l : c.levels) kept |= l.level == 5;
  }
  EXPECT_TRUE(kept);
}

TEST(Parser, ACategoryJoinedToTheHeaderAboveItIsSplitOff) {
  // A header line that fills the width looks like a wrap in a PDF: the
  // category below it is read as its continuation, in every competency.
  ingest::Document doc =
      Doc({"หัวเรื่อง", "ส่วนหัวยาว", "สมรรถนะหลัก", "ชื่อ ก", "คำจำกัดความ: ข", "ระดับที่ ๑: ค", "- ง",
           "ส่วนหัวยาว", "สมรรถนะประจำกลุ่มงาน", "ชื่อ จ", "คำจำกัดความ: ฉ", "ระดับที่ ๑: ช", "- ซ"});
  for (size_t i : {2, 8}) {
    doc.lines[i].continues = true;
    doc.lines[i].join_tight = true;
  }
  ParsedCatalogue p = MustParse(doc);
  ASSERT_EQ(p.catalogue.competencies.size(), 2u);
  EXPECT_EQ(p.catalogue.competencies[0].category, "สมรรถนะหลัก");
  EXPECT_EQ(p.catalogue.competencies[1].category, "สมรรถนะประจำกลุ่มงาน");
  EXPECT_EQ(p.catalogue.title, "หัวเรื่อง");
}

TEST(Parser, AHeaderJoinedToTheLastIndicatorIsCutOff) {
  // The last indicator ends on a full line at the foot of a page; the header
  // and the category that open the next page read as its continuation.
  ingest::Document doc =
      Doc({"หัวเรื่อง", "ส่วนหัวยาว", "สมรรถนะหลัก", "ชื่อ ก", "คำจำกัดความ: ข", "ระดับที่ ๑: ค", "- ง", "ต่อง",
           "ส่วนหัวยาว", "สมรรถนะประจำกลุ่มงาน", "ชื่อ จ", "คำจำกัดความ: ฉ", "ระดับที่ ๑: ช", "- ซ"});
  for (size_t i : {7, 8, 9}) {
    doc.lines[i].continues = true;
    doc.lines[i].join_tight = true;
  }
  ParsedCatalogue p = MustParse(doc);
  ASSERT_EQ(p.catalogue.competencies.size(), 2u);
  EXPECT_EQ(Items(p.catalogue.competencies[0].levels[0]), (std::vector<std::string>{"งต่อง"}));
  EXPECT_EQ(p.catalogue.competencies[1].category, "สมรรถนะประจำกลุ่มงาน");
  EXPECT_EQ(p.catalogue.competencies[1].source.line, 11);
}

// A document read by OCR, a line at a time, for the headings that repeat
// before every name.
struct OcrDoc {
  ingest::Line& Add(std::string text, int page, bool continues = false) {
    const int number = static_cast<int>(doc.lines.size()) + 1;
    doc.lines.push_back(ingest::Line{.text = std::move(text), .line = number, .page = page});
    doc.lines.back().continues = continues;
    doc.lines.back().confidence = 90;
    return doc.lines.back();
  }
  // What follows a competency's heading: its category, its labelled name,
  // its definition, and one level with one item, "ข้อ" and the name.
  void AddCompetency(const std::string& name, int page) {
    Add("สมรรถนะหลัก", page);
    Add("ชื่อ " + name, page);
    Add("คำจำกัดความ: นิยาม" + name, page);
    Add("ระดับที่ ๑: หนึ่ง", page);
    Add("- ข้อ" + name, page);
  }
  ingest::Document doc;
};

// `p` holds the competencies OcrDoc::AddCompetency made, named `names`, and
// nothing of their headings.
void ExpectCompetencies(const ParsedCatalogue& p, const std::vector<std::string>& names) {
  ASSERT_EQ(p.catalogue.competencies.size(), names.size());
  for (size_t k = 0; k < names.size(); ++k) {
    const Competency& c = p.catalogue.competencies[k];
    EXPECT_EQ(c.name, names[k]);
    EXPECT_EQ(c.category, "สมรรถนะหลัก");
    ASSERT_EQ(c.levels.size(), 1u);
    EXPECT_EQ(Items(c.levels[0]), (std::vector<std::string>{"ข้อ" + names[k]}));
  }
}

TEST(Parser, AnOcrHeadingOpeningAPageIsCutFromTheIndicatorItRanOnFrom) {
  // A two-line heading repeats before every name. On a scan no bold tells
  // it from body text: where it opens a page it reads as the continuation of
  // the last indicator on the page before, and OCR read it a little off.
  const std::vector<std::string> names = {"ก", "ข", "ค", "ง"};
  // Competency k on page k + 1; `carried`: the last indicator of the third
  // goes on at the top of the fourth's page.
  auto read = [&](bool carried) {
    OcrDoc ocr;
    for (int k = 0; k < 4; ++k) {
      ocr.Add(k == 1 ? "สมรรถนะทีจำเป็นสำหรับการปฏิบัติงาน" : "สมรรถนะที่จำเป็นสำหรับการปฏิบัติงาน", k + 1,
              k == 1);
      ocr.Add("ของข้าราชการ", k + 1, true);
      ocr.AddCompetency(names[static_cast<size_t>(k)], k + 1);
      if (carried && k == 2) ocr.Add("ต่อข้อ", k + 2, true);
    }
    return MustParse(ocr.doc);
  };
  ExpectCompetencies(read(false), names);
  // A line that goes on over a page break is no heading unless it repeats.
  ParsedCatalogue p = read(true);
  ASSERT_EQ(p.catalogue.competencies.size(), 4u);
  EXPECT_EQ(Items(p.catalogue.competencies[2].levels[0]), (std::vector<std::string>{"ข้อค ต่อข้อ"}));
}

TEST(Parser, AnOcrHeadingReadAsTwoParagraphsOnOnePageIsStillTheHeading) {
  // A two-line heading repeats before every name. On one page OCR took its
  // first line for an indented item and its wrap for a line of its own.
  const std::vector<std::string> names = {"ก", "ข", "ค", "ง"};
  OcrDoc ocr;
  for (int k = 0; k < 4; ++k) {
    const bool apart = k == 2;
    ocr.Add(apart ? "สมรรถนะที่จำเป็นสำหรับการปฏิบัติงานข่องข้าราชการกรม"
                  : "สมรรถนะที่จำเป็นสำหรับการปฏิบัติงานของข้าราชการกรม",
            k + 1)
        .starts_item = apart;
    ocr.Add(apart ? "ส่งเสริมสหิกรณ์" : "ส่งเสริมสหกรณ์", k + 1, !apart);
    ocr.AddCompetency(names[static_cast<size_t>(k)], k + 1);
  }
  ExpectCompetencies(MustParse(ocr.doc), names);
}

TEST(Parser, AnOcrNameWhoseLabelWasMisreadAndGluedOnLosesIt) {
  // Every name is labelled; on one OCR lost the label's tone mark and the
  // space after it.
  std::vector<std::string> lines;
  const char* names[] = {"ชื่อ การคิด", "ชือการวางแผน", "ชื่อ การสื่อสาร", "ชื่อ การทำงานเป็นทีม"};
  for (const char* name : names) {
    lines.insert(lines.end(), {name, "คำจำกัดความ: นิยาม", "ระดับที่ ๑: หนึ่ง", "- ข้อ"});
  }
  ingest::Document doc = Doc(lines);
  ParsedCatalogue typed = MustParse(doc);
  for (ingest::Line& l : doc.lines) l.confidence = 90;
  ParsedCatalogue read = MustParse(doc);
  ASSERT_EQ(read.catalogue.competencies.size(), 4u);
  EXPECT_EQ(read.catalogue.competencies[1].name, "การวางแผน");
  EXPECT_EQ(read.catalogue.competencies[2].name, "การสื่อสาร");
  // Typed text says what it says.
  ASSERT_EQ(typed.catalogue.competencies.size(), 4u);
  EXPECT_EQ(typed.catalogue.competencies[1].name, "ชือการวางแผน");
}

TEST(Parser, AnOcrCategoryHeadingReadWithSpacesInItsWordsIsTheHeading) {
  ingest::Document doc =
      Doc({"สมรรถนะหลัก", "ชื่อ ก", "คำจำกัดความ: นิยามก", "ระดับที่ ๑: หนึ่ง", "- ข้อก",
           "สมรรถนะประจำ กลุ่ม งาน", "ชื่อ ข", "คำจำกัดความ: นิยามข", "ระดับที่ ๑: หนึ่ง", "- ข้อข"});
  for (ingest::Line& l : doc.lines) l.confidence = 90;
  ParsedCatalogue p = MustParse(doc);
  ASSERT_EQ(p.catalogue.competencies.size(), 2u);
  EXPECT_EQ(p.catalogue.competencies[1].category, "สมรรถนะประจำกลุ่มงาน");
  EXPECT_EQ(Items(p.catalogue.competencies[0].levels[0]), (std::vector<std::string>{"ข้อก"}));
}

std::string Definition(const std::string& name) { return "ทักษะ" + name + name + name + name; }

TEST(Parser, AnOcrHeadWhoseLabelsWereMisreadIsStillAHead) {
  // A heading that fills the width repeats before every name, each name is
  // labelled. OCR glued the second name's label to it; read the third's as
  // Latin letters, where the heading ran on from the indicator before; and
  // read the fourth definition's label with SARA AA for SARA AM.
  const std::vector<std::string> names = {"ก", "ข", "ค", "ง"};
  const std::vector<std::string> name_lines = {"ชื่อ ก", "ชื่อข", "Ya ค", "ชื่อ ง"};
  auto read = [&](bool misread) {
    OcrDoc ocr;
    for (int k = 0; k < 4; ++k) {
      const size_t i = static_cast<size_t>(k);
      ocr.Add("สมรรถนะที่จำเป็นสำหรับการปฏิบัติงาน", k + 1, misread && k == 2);
      ocr.Add("สมรรถนะหลัก", k + 1, true);
      ocr.Add(misread ? name_lines[i] : "ชื่อ " + names[i], k + 1);
      // (Definitions a tenth apart at least: closer OCR readings are one line.)
      ocr.Add(std::string(misread && k == 3 ? "ค้า" : "คำ") + "จำกัดความ: " + Definition(names[i]),
              k + 1);
      ocr.Add("ระดับที่ ๑: หนึ่ง", k + 1);
      ocr.Add("- ข้อ" + names[i], k + 1);
    }
    return MustParse(ocr.doc);
  };
  ExpectCompetencies(read(false), names);
  ParsedCatalogue p = read(true);
  ExpectCompetencies(p, names);
  for (size_t k = 0; k < names.size(); ++k) {
    EXPECT_EQ(p.catalogue.competencies[k].definition, Definition(names[k]));
  }
}

TEST(Parser, ANameEndingAPageIsCutFromTheDefinitionJoinedToIt) {
  // One field a line, every name with its English gloss. The third name
  // fills the last line of a page, so the definition at the next page's
  // top was joined onto it: the stretch before that scale has no line that
  // ends with a gloss, but the joined unit's first line does.
  std::vector<std::string> lines;
  for (const auto& [name, definition] : {std::pair{"สมรรถนะหนึ่ง (First One-FO)", "นิยามแรก"},
                                         {"สมรรถนะสอง (Second One-SO)", "นิยามที่สอง"},
                                         {"สมรรถนะสาม (Third One-TO)", "นิยามที่สาม"}}) {
    lines.insert(lines.end(), {name, definition, "ระดับที่ 1 คือ ขั้นต้น", "- ข้อหนึ่ง", "- ข้อสอง",
                               "ระดับที่ 2 คือ ขั้นสอง", "- ข้อสาม"});
  }
  ingest::Document doc = Doc(lines);
  doc.lines[15].continues = true;  // the third definition, after the third name
  ParsedCatalogue p = MustParse(doc);
  ASSERT_EQ(p.catalogue.competencies.size(), 3u);
  const Competency& third = p.catalogue.competencies[2];
  EXPECT_EQ(third.name, "สมรรถนะสาม");
  EXPECT_EQ(third.name_en, "Third One");
  EXPECT_EQ(third.definition, "นิยามที่สาม");
  EXPECT_EQ(Items(p.catalogue.competencies[1].levels[1]), (std::vector<std::string>{"ข้อสาม"}));
}

TEST(Parser, ANameOpeningAPageIsCutFromTheLineJoinedBeforeIt) {
  // One field a line, every name glossed. The last indicator before the
  // third name filled the last line of page 1; the name opens page 2 and
  // was read as its wrap.
  std::vector<std::string> lines;
  for (const auto& [name, definition] : {std::pair{"สมรรถนะหนึ่ง (First One-FO)", "นิยามแรก"},
                                         {"สมรรถนะสอง (Second One-SO)", "นิยามที่สอง"},
                                         {"สมรรถนะสาม (Third One-TO)", "นิยามที่สาม"}}) {
    lines.insert(lines.end(), {name, definition, "ระดับที่ 1 คือ ขั้นต้น", "- ข้อหนึ่ง", "- ข้อสอง",
                               "ระดับที่ 2 คือ ขั้นสอง", "ข้อสามยาวเต็มบรรทัด"});
  }
  ingest::Document doc = Doc(lines);
  for (size_t i = 0; i < doc.lines.size(); ++i) doc.lines[i].page = i < 14 ? 1 : 2;
  doc.lines[14].continues = true;  // the third name, read as the wrap of the line before
  ParsedCatalogue p = MustParse(doc);
  ASSERT_EQ(p.catalogue.competencies.size(), 3u);
  EXPECT_EQ(p.catalogue.competencies[2].name, "สมรรถนะสาม");
  EXPECT_EQ(Items(p.catalogue.competencies[1].levels[1]),
            (std::vector<std::string>{"ข้อสามยาวเต็มบรรทัด"}));
}

TEST(Parser, ACategoryJoinedToALevelTitleIsCutOff) {
  // The last level's title ends short before the category line, which the
  // reader took for its wrap: the category still opens the next competency.
  ingest::Document doc = Doc({"ชื่อ ก", "คำจำกัดความ: ข", "ระดับที่ ๑: ค", "- ง", "ระดับที่ ๒: จ", "ฉ",
                              "สมรรถนะประจำกลุ่มงาน", "ชื่อ ช", "คำจำกัดความ: ซ", "ระดับที่ ๑: ฌ", "- ญ"});
  for (size_t i : {5, 6}) doc.lines[i].continues = true;
  ParsedCatalogue p = MustParse(doc);
  ASSERT_EQ(p.catalogue.competencies.size(), 2u);
  EXPECT_EQ(p.catalogue.competencies[0].levels[1].title, "จ ฉ");
  EXPECT_EQ(p.catalogue.competencies[1].category, "สมรรถนะประจำกลุ่มงาน");
}

TEST(Parser, ANameLabelAloneOnItsLineLabelsTheNameJoinedToIt) {
  // "ชื่อ" wrapped off its long name by a breaker that breaks at spaces; the
  // reader joined the name back onto it.
  // The name's last piece stands on a line of its own after it.
  ingest::Document doc = Doc({"ชื่อ ก", "คำจำกัดความ: ข", "ระดับที่ ๑: ค", "- ง", "ชื่อ", "การสั่งการยาวมาก",
                              "และระบบ", "คำจำกัดความ: ซ", "ระดับที่ ๑: ฌ", "- ญ"});
  doc.lines[5].continues = true;
  ParsedCatalogue p = MustParse(doc);
  ASSERT_EQ(p.catalogue.competencies.size(), 2u);
  EXPECT_EQ(p.catalogue.competencies[1].name.rfind("การสั่งการยาวมาก", 0), 0u)
      << p.catalogue.competencies[1].name;
  EXPECT_EQ(Items(p.catalogue.competencies[0].levels[0]), (std::vector<std::string>{"ง"}));
}

TEST(Parser, WhereTheReaderJoinedWrapsWidthsAreNotHardWraps) {
  // Unmarked items; the reader (a PDF's) joined each level title's wrapped
  // line. Joined titles are wide, items a little narrower: no item is read
  // as the wrap of the line before it.
  const std::string wide(40, 'a');
  std::vector<std::string> lines = {"ชื่อ ก", "คำจำกัดความ: ข"};
  for (int level = 1; level <= 4; ++level) {
    lines.push_back("ระดับที่ " + std::to_string(level) + ": " + wide);
    lines.push_back(wide);
    lines.push_back(wide + "b");
    lines.push_back(wide + "c");
  }
  ingest::Document doc = Doc(lines);
  for (size_t i = 3; i < doc.lines.size(); i += 4) doc.lines[i].continues = true;
  ParsedCatalogue p = MustParse(doc);
  ASSERT_EQ(p.catalogue.competencies.size(), 1u);
  const Level& one = p.catalogue.competencies[0].levels[0];
  EXPECT_EQ(one.title, wide + " " + wide);
  EXPECT_EQ(Items(one), (std::vector<std::string>{wide + "b", wide + "c"}));
}

TEST(Parser, ACategoryThatWrapsStaysWhole) {
  // The same shape once only: nothing repeats, so nothing is a header.
  ingest::Document doc = Doc({"ชื่อ ก", "คำจำกัดความ: ข", "ระดับที่ ๑: ค", "- ง", "สมรรถนะประจำ",
                              "กลุ่มงาน", "ชื่อ จ", "คำจำกัดความ: ฉ", "ระดับที่ ๑: ช", "- ซ"});
  doc.lines[5].continues = true;
  doc.lines[5].join_tight = true;
  ParsedCatalogue p = MustParse(doc);
  ASSERT_EQ(p.catalogue.competencies.size(), 2u);
  EXPECT_EQ(p.catalogue.competencies[1].category, "สมรรถนะประจำกลุ่มงาน");
}

TEST(Parser, ItemsFromTheSourceStructure) {
  ingest::Document doc = Doc({"ชื่อ ก", "คำจำกัดความ: ข", "ระดับที่ ๑: ค", "หนึ่ง", "สอง", "ต่อ"});
  doc.lines[3].starts_item = true;
  doc.lines[4].starts_item = true;
  ParsedCatalogue p = MustParse(doc);
  EXPECT_EQ(Items(p.catalogue.competencies[0].levels[0]),
            (std::vector<std::string>{"หนึ่ง", "สอง ต่อ"}));
}

TEST(Parser, VisualWrapsJoinWithoutSpaceInThai) {
  ingest::Document doc = Doc({"ชื่อ ก", "คำจำกัดความ: ความเข้า", "ใจ", "ระดับที่ ๑: ค", "- แยก", "แยะ"});
  doc.lines[2].continues = true;
  doc.lines[2].join_tight = true;
  doc.lines[5].continues = true;
  doc.lines[5].join_tight = true;
  ParsedCatalogue p = MustParse(doc);
  EXPECT_EQ(p.catalogue.competencies[0].definition, "ความเข้าใจ");
  EXPECT_EQ(Items(p.catalogue.competencies[0].levels[0]), (std::vector<std::string>{"แยกแยะ"}));
}

TEST(Parser, HeadingOnItsOwnLineTakesTheNextLineAsTitle) {
  ParsedCatalogue p = MustParse(Doc({"ชื่อ ก", "คำจำกัดความ: ข", "ระดับที่ ๑", "ชื่อระดับ", "- หนึ่ง"}));
  const Level& l = p.catalogue.competencies[0].levels[0];
  EXPECT_EQ(l.title, "ชื่อระดับ");
  EXPECT_EQ(Items(l), (std::vector<std::string>{"หนึ่ง"}));
}

TEST(Parser, NoCompetencyIsAnError) {
  ingest::Document none = Doc({"สวัสดี", "- ก"});
  Result<ParsedCatalogue> r = ParseDocument(&none, {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kInvalidInput);
  EXPECT_NE(r.status().ToString().find("t.txt: no competencies found"), std::string::npos);
}

TEST(Parser, AnomaliesWarnOrRefuseUnderStrict) {
  ingest::Document doc = Doc({"ชื่อ ก", "คำจำกัดความ: ข", "ระดับที่ ๐: ศูนย์", "ระดับที่ ๒: สอง"});
  ParsedCatalogue p = MustParse(doc);
  ASSERT_FALSE(p.warnings.empty());
  Result<ParsedCatalogue> strict = ParseDocument(&doc, {.strict = true});
  ASSERT_FALSE(strict.ok());
  EXPECT_EQ(strict.status().code(), Status::Code::kRefused);
}

TEST(Parser, TyposAreData) {
  ParsedCatalogue p =
      MustParse(Doc({"ชื่อ ก", "คำจำกัดความ: ข", "ระดับที่ ๑: ปัญหาที่ยุงยาก", "- ความรู้ท่ามีความซับซ้อน"}));
  EXPECT_EQ(p.catalogue.competencies[0].levels[0].title, "ปัญหาที่ยุงยาก");
  EXPECT_EQ(p.catalogue.competencies[0].levels[0].indicators[0].text, "ความรู้ท่ามีความซับซ้อน");
}

TEST(Parser, StableIdsAreSet) {
  ParsedCatalogue p = MustParse(Doc(kOne));
  const Competency& a = p.catalogue.competencies[0];
  EXPECT_EQ(a.id.rfind("c-", 0), 0u);
  EXPECT_EQ(a.levels[1].id, a.id + ".l1");
  EXPECT_EQ(a.levels[1].indicators[0].id.rfind("i-", 0), 0u);
}

// Manuals open with what their levels mean; that is no competency.
TEST(Parser, TheManualsOwnScaleIsNotACompetency) {
  ParsedCatalogue p =
      MustParse(Doc({"คู่มือสมรรถนะ", "ความหมายของระดับ", "ระดับที่ 1: เริ่มต้น", "ระดับที่ 2: ชำนาญ", "ชื่อ ก",
                     "คำจำกัดความ: ข", "ระดับที่ 1: หนึ่ง", "- ทำ", "ระดับที่ 2: สอง", "- ทำอีก", "ชื่อ ค",
                     "คำจำกัดความ: ง", "ระดับที่ 1: หนึ่ง", "- ทำ", "ระดับที่ 2: สอง", "- ทำอีก"}));
  ASSERT_EQ(p.catalogue.competencies.size(), 2u);
  EXPECT_EQ(p.catalogue.competencies[0].name, "ก");
  EXPECT_EQ(p.catalogue.title.rfind("คู่มือสมรรถนะ", 0), 0u) << p.catalogue.title;
  EXPECT_EQ(p.unused_blocks, 1) << "the scale's description is reported";
}

TEST(Parser, OutlineNumberedItems) {
  ParsedCatalogue p =
      MustParse(Doc({"ชื่อ ก", "คำจำกัดความ: ข", "ระดับที่ 2: สอง", "2.1 ทำหนึ่ง", "ต่อหนึ่ง", "2.2 ทำสอง",
                     "ระดับที่ 3: สาม", "2.5 ล้านบาทต่อปี", "ระดับที่ 4: สี่", "๔.๑ ทำคนเดียว"}));
  const Competency& c = p.catalogue.competencies[0];
  EXPECT_EQ(Items(c.levels[0]), (std::vector<std::string>{"ทำหนึ่ง ต่อหนึ่ง", "ทำสอง"}));
  // One figure at a line's start is text, not a mark...
  EXPECT_EQ(Items(c.levels[1]), (std::vector<std::string>{"2.5 ล้านบาทต่อปี"}));
  // ... but a number under the level's own is.
  EXPECT_EQ(Items(c.levels[2]), (std::vector<std::string>{"ทำคนเดียว"}));
}

TEST(Parser, NumberedCategoryHeadings) {
  ParsedCatalogue p =
      MustParse(Doc({"1. สมรรถนะหลัก", "ชื่อ ก", "คำจำกัดความ: ข", "ระดับที่ 1: หนึ่ง", "- ทำ",
                     "2. สมรรถนะประจำกลุ่มงาน", "ชื่อ ค", "คำจำกัดความ: ง", "ระดับที่ 1: หนึ่ง", "- ทำ"}));
  EXPECT_EQ(p.catalogue.competencies[0].category, "สมรรถนะหลัก");
  EXPECT_EQ(p.catalogue.competencies[1].category, "สมรรถนะประจำกลุ่มงาน");
  EXPECT_EQ(Items(p.catalogue.competencies[0].levels[0]), (std::vector<std::string>{"ทำ"}));
}

// A catalogue whose levels are running descriptions, each one paragraph: the
// one paragraph that follows a level heading continues its title.
TEST(Parser, InACatalogueOfRunningLevelsAStrayParagraphContinuesTheTitle) {
  std::vector<std::string> lines;
  for (int c = 1; c <= 3; ++c) {
    lines.push_back(std::to_string(c) + ". สมรรถนะทดสอบที่" + std::to_string(c));
    lines.push_back("คำจำกัดความ: ความสามารถในการทำงาน");
    for (int l = 1; l <= 4; ++l) {
      lines.push_back("ระดับที่ " + std::to_string(l) + " ปฏิบัติงานได้ตามระดับที่ " + std::to_string(l));
    }
  }
  lines.insert(lines.begin() + 5, "(เรื่อง) งานวิจัย ตำรา");
  ParsedCatalogue p = MustParse(Doc(lines));
  ASSERT_EQ(p.catalogue.competencies.size(), 3u);
  const Level& third = p.catalogue.competencies[0].levels[2];
  EXPECT_EQ(third.title, "ปฏิบัติงานได้ตามระดับที่ 3 (เรื่อง) งานวิจัย ตำรา");
  EXPECT_TRUE(third.indicators.empty());
}

}  // namespace
}  // namespace samatthana::parse
