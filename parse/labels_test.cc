#include "parse/labels.h"

#include <gtest/gtest.h>

namespace samatthana::parse {
namespace {

const Labels& L() {
  static const Labels labels;
  return labels;
}

TEST(Labels, LevelInThaiOrAsciiDigits) {
  std::optional<LevelMatch> thai = L().MatchLevel("ระดับที่ ๓: เข้าใจ");
  ASSERT_TRUE(thai);
  EXPECT_EQ(thai->level, 3);
  EXPECT_EQ(thai->title, "เข้าใจ");
  EXPECT_EQ(L().MatchLevel("ระดับที่ 0: ไม่แสดง")->level, 0);
}

TEST(Labels, LevelWithAnySeparator) {
  EXPECT_EQ(L().MatchLevel("ระดับที่ ๕ : ก")->level, 5);
  EXPECT_EQ(L().MatchLevel("ระดับที่๒:ก")->title, "ก");
  EXPECT_EQ(L().MatchLevel("ระดับที่ ๒ :")->title, "");
  EXPECT_EQ(L().MatchLevel("ระดับที่ 1 คือ แสดงความพยายาม")->title, "แสดงความพยายาม");
  EXPECT_EQ(L().MatchLevel("ระดับที่ 1 คือแสดงความพยายาม")->title, "แสดงความพยายาม");
  EXPECT_EQ(L().MatchLevel("ระดับ 2 - ประยุกต์")->title, "ประยุกต์");
  EXPECT_EQ(L().MatchLevel("ระดับ 2. ประยุกต์")->level, 2);
  EXPECT_EQ(L().MatchLevel("Level 4: Expert")->title, "Expert");
  std::optional<LevelMatch> glued = L().MatchLevel("ระดับที่ ๔ยืนหยัดเพื่อความถูกต้อง");
  ASSERT_TRUE(glued);
  EXPECT_EQ(glued->level, 4);
  EXPECT_EQ(glued->title, "ยืนหยัดเพื่อความถูกต้อง");
  EXPECT_TRUE(glued->bare);
}

TEST(Labels, LevelAfterALeadIn) {
  std::optional<LevelMatch> m = L().MatchLevel("มีพฤติกรรม ระดับที่ ๑ แสดงความพยายาม");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->level, 1);
  EXPECT_TRUE(m->lead_in);
  EXPECT_EQ(m->title, "แสดงความพยายาม");
  // Other words before "ระดับ": body text that names a level.
  EXPECT_FALSE(L().MatchLevel("แสดงสมรรถนะระดับที่ ๑ และเข้าใจ"));
}

TEST(Labels, BodyTextMentioningALevel) {
  std::optional<LevelMatch> m = L().MatchLevel("ระดับที่ ๑ และเข้าใจความสัมพันธ์");
  ASSERT_TRUE(m);
  EXPECT_TRUE(m->ContinuesASentence());
  EXPECT_FALSE(L().MatchLevel("ระดับที่สามารถแยกแยะ"));
  EXPECT_FALSE(L().MatchLevel("ระดับที่ 1: ก")->ContinuesASentence());
}

TEST(Labels, DefinitionLabelVariants) {
  for (const char* line : {"คำจำกัดความ: ก ข", "คำจำกัดความ : ก ข", "คำจำกัดความ ก ข", "คำนิยาม - ก ข",
                           "ความหมาย: ก ข", "นิยาม ก ข"}) {
    std::optional<std::string> d = L().MatchDefinition(line);
    ASSERT_TRUE(d) << line;
    EXPECT_EQ(*d, "ก ข") << line;
  }
  EXPECT_EQ(L().MatchDefinition("คำจำกัดความ"), "");
  EXPECT_FALSE(L().MatchDefinition("ความหมายของคำ"));
}

TEST(Labels, NameLabel) {
  EXPECT_EQ(L().MatchName("ชื่อ การคิดวิเคราะห์"), "การคิดวิเคราะห์");
  EXPECT_EQ(L().MatchName("ชื่อสมรรถนะ: ก"), "ก");
  EXPECT_EQ(L().MatchName("ชื่อสมรรถนะ:"), "");
  EXPECT_FALSE(L().MatchName("ชื่อเสียงขององค์กร"));
}

TEST(Labels, LeadIns) {
  for (const char* line : {"โดยมีพฤติกรรมบ่งชี้ ดังนี้", "พฤติกรรมที่คาดหวัง", "พฤติกรรมบ่งชี้", "มีพฤติกรรม",
                           "พฤติกรรมบ่งชี้:", "ตัวชี้วัดพฤติกรรม"}) {
    EXPECT_TRUE(L().IsLeadIn(line)) << line;
  }
  EXPECT_FALSE(L().IsLeadIn("พฤติกรรมที่แสดงออกถึงความรับผิดชอบต่องาน"));
}

TEST(Labels, Categories) {
  std::optional<CategoryMatch> core = L().MatchCategory("สมรรถนะหลัก");
  ASSERT_TRUE(core);
  EXPECT_EQ(core->category, "สมรรถนะหลัก");
  EXPECT_EQ(core->rest, "");
  std::optional<CategoryMatch> glossed =
      L().MatchCategory("สมรรถนะประจำกลุ่มงาน (Functional Competency)");
  EXPECT_EQ(glossed->category, "สมรรถนะประจำกลุ่มงาน");
  EXPECT_EQ(glossed->rest, "");
  EXPECT_EQ(L().MatchCategory("สมรรถนะเฉพาะตามลักษณะงานที่ปฏิบัติ")->rest, "");
  std::optional<CategoryMatch> prefixed =
      L().MatchCategory("สมรรถนะหลัก ด้านการมุ่งผลสัมฤทธิ์ (Achievement)");
  ASSERT_TRUE(prefixed);
  EXPECT_EQ(prefixed->category, "สมรรถนะหลัก");
  EXPECT_EQ(prefixed->rest, "ด้านการมุ่งผลสัมฤทธิ์ (Achievement)");
  EXPECT_EQ(L().MatchCategory("สมรรถนะเฉพาะฯ การตรวจสอบ")->category, "สมรรถนะเฉพาะฯ");
  EXPECT_TRUE(L().MatchCategory("Core Competencies"));
  EXPECT_FALSE(L().MatchCategory("สมรรถนะที่จำเป็นสำหรับการปฏิบัติงาน"));
  EXPECT_FALSE(L().MatchCategory("การมุ่งผลสัมฤทธิ์"));
}

TEST(Labels, HeadNumbers) {
  std::optional<HeadNumber> thai = L().MatchHeadNumber("ก.1 การมุ่งผลสัมฤทธิ์");
  ASSERT_TRUE(thai);
  EXPECT_EQ(thai->token, "ก.1");
  EXPECT_EQ(thai->number, 1);
  EXPECT_EQ(thai->rest, "การมุ่งผลสัมฤทธิ์");
  EXPECT_EQ(L().MatchHeadNumber("คำอธิบาย ข.๓ การทำงานเป็นทีม")->number, 3);
  EXPECT_EQ(L().MatchHeadNumber("C01 การคิดวิเคราะห์")->token, "C01");
  EXPECT_EQ(L().MatchHeadNumber("สมรรถนะที่ 4 ความร่วมแรงร่วมใจ")->number, 4);
  EXPECT_FALSE(L().MatchHeadNumber("การมุ่งผลสัมฤทธิ์"));
}

TEST(Labels, UserPatternsTeachNewLabels) {
  Labels labels;
  ASSERT_TRUE(labels
                  .AddText("# extra labels\n"
                           "level: ^ขั้นที่\\s*([0-9]+)\\s*\n"
                           "name: ^หัวข้อสมรรถนะ\\s*\n"
                           "definition: ^อธิบาย\\s*\n"
                           "lead-in: ^สิ่งที่สังเกตได้$\n"
                           "category: ^กลุ่มความสามารถ\\S*\n",
                           "extra.labels")
                  .ok());
  EXPECT_EQ(labels.MatchLevel("ขั้นที่ 3 ทำได้เอง")->level, 3);
  EXPECT_EQ(labels.MatchLevel("ขั้นที่ 3 ทำได้เอง")->title, "ทำได้เอง");
  EXPECT_EQ(labels.MatchName("หัวข้อสมรรถนะ การสื่อสาร"), "การสื่อสาร");
  EXPECT_EQ(labels.MatchDefinition("อธิบาย การส่งสาร"), "การส่งสาร");
  EXPECT_TRUE(labels.IsLeadIn("สิ่งที่สังเกตได้"));
  EXPECT_EQ(labels.MatchCategory("กลุ่มความสามารถหลัก")->category, "กลุ่มความสามารถหลัก");
  // The built-in labels still work.
  EXPECT_EQ(labels.MatchLevel("ระดับที่ ๒: ก")->level, 2);
}

TEST(Labels, BadUserPatternsNameTheirLine) {
  Labels labels;
  Status s = labels.AddText("name: ^ชื่อ\nlevel: ^ขั้น(\n", "extra.labels");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.location().line, 2);
  EXPECT_NE(s.ToString().find("extra.labels:2"), std::string::npos) << s.ToString();
  EXPECT_FALSE(labels.AddText("level: ^ขั้น\\s*[0-9]+\n", "x").ok());  // no group
  EXPECT_FALSE(labels.AddText("colour: red\n", "x").ok());
  EXPECT_FALSE(labels.AddText("no colon here\n", "x").ok());
}

TEST(RestoreLabelTones, ALabelReadWithoutItsTonesGetsThemBack) {
  EXPECT_EQ(RestoreLabelTones("ชือ การคิด"), "ชื่อ การคิด");
  EXPECT_EQ(RestoreLabelTones("ระดับที ๓: ขั้นสาม"), "ระดับที่ ๓: ขั้นสาม");
  EXPECT_EQ(RestoreLabelTones("ระดับที3"), "ระดับที่3");
  EXPECT_EQ(RestoreLabelTones("ชือสมรรถนะ: ก"), "ชื่อสมรรถนะ: ก");
  EXPECT_EQ(RestoreLabelTones("ชื่อ การคิด"), "ชื่อ การคิด");
}

TEST(StripMisreadNameLabel, ALabelMisreadAndGluedToTheNameComesOff) {
  EXPECT_EQ(StripMisreadNameLabel("ชือการคิดวิเคราะห์"), "การคิดวิเคราะห์");
  EXPECT_EQ(StripMisreadNameLabel("ซือการสืบเสาะหาข้อมูล"), "การสืบเสาะหาข้อมูล");
  EXPECT_EQ(StripMisreadNameLabel("ซื่อเป้าหมาย"), "เป้าหมาย");
  // The label's exact spelling opens words ("ชื่อเสียง"); other words are names.
  EXPECT_FALSE(StripMisreadNameLabel("ชื่อเสียงขององค์กร").has_value());
  EXPECT_FALSE(StripMisreadNameLabel("การคิดวิเคราะห์").has_value());
  EXPECT_FALSE(StripMisreadNameLabel("ชือ").has_value());
  EXPECT_FALSE(StripMisreadNameLabel("ซ่อมบำรุง").has_value());
  // Where other evidence says the line is a name, the exact label comes off too.
  EXPECT_EQ(StripMisreadNameLabel("ชื่อศิลปะการสื่อสาร", /*exact_too=*/true), "ศิลปะการสื่อสาร");
}

TEST(RestoreLabelTones, SaraAmReadAsSaraAaIsTheLabel) {
  EXPECT_EQ(RestoreLabelTones("ค้าจำกัดความ: ก"), "คำจำกัดความ: ก");
  EXPECT_EQ(RestoreLabelTones("คาจำกัดความ: ก"), "คำจำกัดความ: ก");
  EXPECT_EQ(RestoreLabelTones("ค้านิยาม ก"), "คำนิยาม ก");
  // One misreading at most, and the label must end there.
  EXPECT_EQ(RestoreLabelTones("ค้าจากัดความ: ก"), "ค้าจากัดความ: ก");
  EXPECT_EQ(RestoreLabelTones("ค่านิยามองค์กร"), "ค่านิยามองค์กร");
  // MAI EK is no reading of the circle: "ค่านิยาม" is a word.
  EXPECT_EQ(RestoreLabelTones("ค่านิยาม ของเรา"), "ค่านิยาม ของเรา");
}

TEST(RestoreLabelTones, ASpeckReadAfterALabelIsASpace) {
  EXPECT_EQ(RestoreLabelTones("ซื่อ.สุนทรียภาพ"), "ชื่อ สุนทรียภาพ");
  EXPECT_EQ(RestoreLabelTones("ชื่อ, ที่อยู่"), "ชื่อ, ที่อยู่");
  // After a level label the dot may be the level's number misread.
  EXPECT_EQ(RestoreLabelTones("ระดับที่. คือ แสดง"), "ระดับที่. คือ แสดง");
}

TEST(RestoreLabelTones, ALabelWithALetterReadIntoItIsTheLabel) {
  EXPECT_EQ(RestoreLabelTones("ระดับทที่ 4"), "ระดับที่ 4");
  EXPECT_EQ(RestoreLabelTones("ระดับนที่ ๐: ไม่แสดง"), "ระดับที่ ๐: ไม่แสดง");
  // Two misreadings are too many.
  EXPECT_EQ(RestoreLabelTones("ระตับทที่ 4"), "ระตับทที่ 4");
}

TEST(StripLatinReadNameLabel, ALabelReadAsLatinLettersComesOff) {
  EXPECT_EQ(StripLatinReadNameLabel("Ya การสั่งการ"), "การสั่งการ");
  EXPECT_EQ(StripLatinReadNameLabel("vo เป้าหมาย"), "เป้าหมาย");
  EXPECT_FALSE(StripLatinReadNameLabel("ICT เพื่องาน").has_value());  // an acronym
  EXPECT_FALSE(StripLatinReadNameLabel("Team การทำงาน").has_value());
  EXPECT_FALSE(StripLatinReadNameLabel("Ya 123").has_value());
  EXPECT_FALSE(StripLatinReadNameLabel("การสั่งการ").has_value());
}

TEST(RestoreLabelTones, ALabelReadWithALookAlikeConsonantIsTheLabel) {
  EXPECT_EQ(RestoreLabelTones("ซื่อ การบริหาร"), "ชื่อ การบริหาร");
  EXPECT_EQ(RestoreLabelTones("ซือ การคิด"), "ชื่อ การคิด");
  EXPECT_EQ(RestoreLabelTones("ระดับที่ ๒: สอง"), "ระดับที่ ๒: สอง");
  EXPECT_EQ(RestoreLabelTones("ระคับที่ ๒: สอง"), "ระคับที่ ๒: สอง");  // ค and ด: no look-alikes
  EXPECT_EQ(RestoreLabelTones("ระตับที่ ๒: สอง"), "ระดับที่ ๒: สอง");
  // A word that only starts like the label, and two consonants off, are text.
  EXPECT_EQ(RestoreLabelTones("ซื่อสัตย์ต่อหน้าที่"), "ซื่อสัตย์ต่อหน้าที่");
  EXPECT_EQ(RestoreLabelTones("ระตับที่ ๒: สอง ซ"), "ระดับที่ ๒: สอง ซ");
  EXPECT_EQ(RestoreLabelTones("ระตับทื่ ๒"), "ระตับทื่ ๒");
}

TEST(MatchMisreadLevel, ASpeckReadBeforeTheNumberIsNoPartOfIt) {
  Labels labels;
  EXPECT_FALSE(labels.MatchLevel("ระดับ ที่ .๑: ปฏิบัติงานได้").has_value());
  std::optional<LevelMatch> m = MatchMisreadLevel(labels, "ระดับ ที่ .๑: ปฏิบัติงานได้");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->level, 1);
  EXPECT_EQ(m->title, "ปฏิบัติงานได้");
  m = MatchMisreadLevel(labels, "ระดับที่ ,3 แสดง");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->level, 3);
  m = MatchMisreadLevel(labels, "ระดับที่ «๕: แสดง");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->level, 5);
  // A dash, even with no space before it.
  m = MatchMisreadLevel(labels, "ระดับ ที่-๓: แสดง");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->level, 3);
  EXPECT_EQ(m->title, "แสดง");
  // A dot after the number, or inside running text, is no speck of this kind.
  EXPECT_FALSE(MatchMisreadLevel(labels, "ช่วง ๑-๒ ปี").has_value());
  EXPECT_FALSE(MatchMisreadLevel(labels, "ราคา .5 บาท").has_value());
  EXPECT_FALSE(MatchMisreadLevel(labels, "ระดับที่ ๑. แสดง").has_value());
}

TEST(MatchMisreadLevel, ASeparatorReadAsLettersAfterTheNumberGoes) {
  Labels labels;
  std::optional<LevelMatch> m = MatchMisreadLevel(labels, "ระดับที่ 3 do แสดงสมรรถนะ");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->level, 3);
  EXPECT_EQ(m->title, "แสดงสมรรถนะ");
  m = MatchMisreadLevel(labels, "ระดับที่ 0Ao ไม่แสดง");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->level, 0);
  EXPECT_EQ(m->title, "ไม่แสดง");
  // A word after a number in running text is no separator.
  EXPECT_FALSE(MatchMisreadLevel(labels, "ใช้ 3 apps ในงาน").has_value());
}

TEST(MatchMisreadLevel, ALabelReadAsLettersBeforeANumberAndASeparator) {
  Labels labels;
  std::optional<LevelMatch> m = MatchMisreadLevel(labels, "ai 3 คือ แสดงสมรรถนะ");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->level, 3);
  EXPECT_EQ(m->title, "แสดงสมรรถนะ");
  m = MatchMisreadLevel(labels, "sedi 2: ขั้นสอง");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->level, 2);
  m = MatchMisreadLevel(labels, "IZAUN ๑: ซาบซึ้ง");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->level, 1);
  EXPECT_FALSE(MatchMisreadLevel(labels, "ISO 9001: มาตรฐาน").has_value());
  // The number read as a Thai letter glued to the separator.
  m = MatchMisreadLevel(labels, "ระดับที่ รคือ แสดงสมรรถนะ");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->level, kUnknownLevel);
  EXPECT_EQ(m->title, "แสดงสมรรถนะ");
  EXPECT_FALSE(MatchMisreadLevel(labels, "ระดับที่ดีคือ การทำงาน").has_value());
  // Without a separator it may be any text that opens with a number.
  EXPECT_FALSE(MatchMisreadLevel(labels, "ai 3 แสดงสมรรถนะ").has_value());
  EXPECT_FALSE(MatchMisreadLevel(labels, "Team 3 คน").has_value());
}

TEST(MatchMisreadLevel, ANumberReadAsLettersIsAnUnknownNumber) {
  Labels labels;
  std::optional<LevelMatch> m = MatchMisreadLevel(labels, "ระดับที่ mt แสดงสมรรถนะ");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->level, kUnknownLevel);
  EXPECT_EQ(m->title, "แสดงสมรรถนะ");
  m = MatchMisreadLevel(labels, "ระดับที่ |");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->level, kUnknownLevel);
  m = MatchMisreadLevel(labels, "ระดับที่ o: ไม่แสดง");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->title, "ไม่แสดง");
  EXPECT_FALSE(MatchMisreadLevel(labels, "ระดับที่ ABC แสดง").has_value());   // a word, not a digit
  EXPECT_FALSE(MatchMisreadLevel(labels, "ใช้ระบบ IT ในงาน").has_value());  // no level label
  EXPECT_FALSE(MatchMisreadLevel(labels, "ab ระดับ").has_value());
}

TEST(RestoreLabelTones, OtherWordsStayAsRead) {
  EXPECT_EQ(RestoreLabelTones("ชือเสียง"), "ชือเสียง");  // not the label: a word goes on
  EXPECT_EQ(RestoreLabelTones("ระดับ ๓"), "ระดับ ๓");
  EXPECT_EQ(RestoreLabelTones("ซื้อของ"), "ซื้อของ");
  EXPECT_EQ(RestoreLabelTones(""), "");
}

}  // namespace
}  // namespace samatthana::parse
