// Other agencies' layouts: the made-up catalogue of fixtures/layouts/ written
// the ways real catalogues are (one field a line, Word HTML fragments,
// numbered heads, coded heads on a web page, "name : definition"), each read
// by the real binary into exactly the records its expected file states.
#include <gtest/gtest.h>

#include <filesystem>

#include "tests/browser_print.h"
#include "tests/cli_runner.h"
#include "tests/expected_records.h"

namespace samatthana::testing {
namespace {

class Layout : public ::testing::TestWithParam<std::string> {};

TEST_P(Layout, YieldsTheExpectedRecords) {
  ScratchDir dir;
  std::string source = Fixture("layouts/" + GetParam());
  std::string expected = source.substr(0, source.rfind('.')) + ".expected.json";
  std::string db = dir.File("c.db");
  CliResult in = RunCli({"ingest", "--db", db, source});
  ASSERT_EQ(in.status, 0) << in.err;
  EXPECT_EQ(in.err.find("not read into any record"), std::string::npos) << in.err;
  std::string out = dir.File("c.json");
  ASSERT_EQ(RunCli({"export", "--db", db, "--format", "json", "-o", out}).status, 0);
  std::string exported = ReadFile(out);
  Comparison c = CompareWithExpected(ReadFile(expected), exported);
  EXPECT_EQ(c.exact, c.records);
  for (const std::string& d : c.differences) ADD_FAILURE() << d;
  for (const std::string& d : TextDefects(exported)) ADD_FAILURE() << d;
}

INSTANTIATE_TEST_SUITE_P(Layouts, Layout,
                         ::testing::Values("fields.txt", "word-fragments.txt", "numbered.txt",
                                           "letter-codes.html", "name-colon.txt", "outline.txt",
                                           "plain-gaps.txt"),
                         FixtureName());

// Text the parser cannot place is never dropped: each block is a warning
// with its line, the summary counts the blocks, --strict refuses, and
// inspect marks those lines unused.
TEST(UnusedText, IsReportedCountedAndRefusedUnderStrict) {
  ScratchDir dir;
  std::string file = dir.File("intro.txt");
  WriteFile(file,
            "พจนานุกรมสมรรถนะ\n\n"
            "เอกสารฉบับนี้จัดทำขึ้นเพื่อเป็นแนวทางในการประเมินสมรรถนะของบุคลากรทุกระดับในหน่วยงาน "
            "โดยผู้ประเมินควรศึกษาคำอธิบายของแต่ละสมรรถนะอย่างละเอียดก่อนการประเมินทุกครั้ง\n\n"
            "ชื่อ การทำงานเป็นทีม\nคำจำกัดความ: การร่วมมือกับผู้อื่น\nระดับที่ 1: ให้ความร่วมมือ\n"
            "- ทำงานตามที่ได้รับมอบหมาย\nระดับที่ 2: ประสานงาน\n- ช่วยเหลือเพื่อนร่วมงาน\n");
  std::string db = dir.File("c.db");
  CliResult in = RunCli({"ingest", "--db", db, file});
  ASSERT_EQ(in.status, 0) << in.err;
  EXPECT_NE(in.err.find(file + ":3: text not read into any record (1 line): \"เอกสารฉบับนี้"),
            std::string::npos)
      << in.err;
  EXPECT_NE(in.out.find("1 block of unused text"), std::string::npos) << in.out;
  CliResult strict = RunCli({"ingest", "--db", dir.File("s.db"), "--strict", file});
  EXPECT_EQ(strict.status, 1);
  EXPECT_EQ(LineCount(strict.err), 1) << strict.err;
  EXPECT_FALSE(std::filesystem::exists(dir.File("s.db")));
  CliResult seen = RunCli({"inspect", file});
  EXPECT_NE(seen.out.find("3\t...G\tunused\t-\tเอกสารฉบับนี้"), std::string::npos) << seen.out;
  EXPECT_NE(seen.out.find("5\t...G\tname\tC01\tชื่อ การทำงานเป็นทีม"), std::string::npos) << seen.out;
}

// inspect shows a table row by row, the text of its cells and all, not as
// a placeholder: what became of every word read is seen.
TEST(InspectText, ShowsATablesRows) {
  ScratchDir dir;
  std::string file = dir.File("expected.html");
  WriteFile(file,
            "<html><body><p>ชื่อ การทำงานเป็นทีม</p><p>คำจำกัดความ: การร่วมมือกับผู้อื่น</p>"
            "<p>ระดับที่ 1: ให้ความร่วมมือ</p><ul><li>ทำงานตามที่ได้รับมอบหมาย</li></ul>"
            "<p>ระดับที่ 2: ประสานงาน</p><ul><li>ช่วยเหลือเพื่อนร่วมงาน</li></ul>"
            "<table><tr><td>ตำแหน่ง</td><td>ระดับที่คาดหวัง</td></tr>"
            "<tr><td>นักวิชาการ</td><td>สอง</td></tr></table></body></html>");
  CliResult seen = RunCli({"inspect", file});
  ASSERT_EQ(seen.status, 0) << seen.err;
  EXPECT_NE(seen.out.find("[table 1, row 1] ตำแหน่ง | ระดับที่คาดหวัง"), std::string::npos) << seen.out;
  EXPECT_NE(seen.out.find("[table 1, row 2] นักวิชาการ | สอง"), std::string::npos) << seen.out;
}

// inspect --format html: the source lines beside the records they became,
// unused text marked, as a browser prints it.
TEST(InspectPage, ShowsLinesBesideTheirRecordsInABrowser) {
  ScratchDir dir;
  std::string file = dir.File("intro.txt");
  WriteFile(file,
            "พจนานุกรมสมรรถนะ\n\nบันทึกถึงผู้ประเมินเรื่องการใช้เอกสาร ขอให้อ่านคำอธิบายของแต่ละสมรรถนะอย่างละเอียด"
            "ก่อนประเมินทุกครั้ง และบันทึกหลักฐานเชิงพฤติกรรมประกอบการประเมินไว้ด้วย\n\n"
            "ชื่อ การทำงานเป็นทีม (Teamwork-TW)\nคำจำกัดความ: การร่วมมือกับผู้อื่น\nระดับที่ 1: ให้ความร่วมมือ\n"
            "- ทำงานตามที่ได้รับมอบหมาย\n");
  CliResult page = RunCli({"inspect", "--format", "html", file});
  ASSERT_EQ(page.status, 0) << page.err;
  EXPECT_NE(page.out.find("<tr class=\"unused\">"), std::string::npos) << page.out;
  EXPECT_NE(page.out.find("<tr class=\"name\">"), std::string::npos);
  for (const char* remote : {"http", "<script", "src="}) {
    EXPECT_EQ(page.out.find(remote), std::string::npos) << remote;
  }
  std::string printed = PrintedText(page.out, dir.path());
  ASSERT_NE(printed.rfind("error: ", 0), 0u) << printed;
  std::string flat = WithoutSpaces(printed);
  for (const char* seen :
       {"บันทึกถึงผู้ประเมินเรื่องการใช้เอกสาร", "unused", "C01.L1.1", "ทำงานตามที่ได้รับมอบหมาย",
        "การทำงานเป็นทีม(Teamwork)[TW]", "1blockofunusedtext"}) {
    EXPECT_NE(flat.find(WithoutSpaces(seen)), std::string::npos) << seen << "\n" << printed;
  }
}

// A layout the built-in reading misses is taught with a labels file.
TEST(LabelsFile, TeachesALayoutWithoutRecompiling) {
  ScratchDir dir;
  std::string file = dir.File("steps.txt");
  WriteFile(file,
            "หัวข้อสมรรถนะ การสื่อสาร\nอธิบาย การส่งสารให้ผู้อื่นเข้าใจ\nขั้นที่ 1 ฟังอย่างตั้งใจ\n- จดประเด็นสำคัญ\n"
            "ขั้นที่ 2 สื่อสารชัดเจน\n- สรุปความได้ถูกต้อง\n");
  std::string labels = dir.File("extra.labels");
  WriteFile(labels,
            "# levels read \"ขั้นที่ N\", names \"หัวข้อสมรรถนะ\", definitions \"อธิบาย\"\n"
            "level: ^ขั้นที่\\s*([0-9]+)\\s*\nname: ^หัวข้อสมรรถนะ\\s*\ndefinition: ^อธิบาย\\s*\n");
  CliResult without = RunCli({"ingest", "--db", dir.File("a.db"), file});
  EXPECT_EQ(without.status, 1) << "nothing to anchor on without the labels";
  CliResult with = RunCli({"ingest", "--db", dir.File("b.db"), "--labels", labels, file});
  ASSERT_EQ(with.status, 0) << with.err;
  EXPECT_NE(with.out.find("1 competencies, 2 levels, 2 indicators"), std::string::npos) << with.out;
  CliResult bad_labels = RunCli(
      {"ingest", "--db", dir.File("c.db"), "--labels", Fixture("cpd-competencies.txt"), file});
  EXPECT_EQ(bad_labels.status, 1);
  EXPECT_EQ(LineCount(bad_labels.err), 1) << bad_labels.err;
}

}  // namespace
}  // namespace samatthana::testing
