#include "ingest/docx/xml_stream.h"

#include <gtest/gtest.h>

namespace samatthana::ingest {
namespace {

// Collects the text and counts the elements it sees.
class Collect : public XmlHandler {
 public:
  bool Start(const XmlElement& e) override {
    ++elements;
    return e.name != "skip";
  }
  void End(std::string_view, std::string_view) override {}
  void Text(std::string_view t) override { text.append(t); }
  int elements = 0;
  std::string text;
};

Status Stream(const std::string& xml, Collect* c, int depth = 512) {
  return StreamXml(xml, "f.docx", ".docx", "word/document.xml", XmlLimits{.max_depth = depth}, c);
}

TEST(XmlStream, TextEntitiesAndSkippedSubtrees) {
  Collect c;
  ASSERT_TRUE(Stream("<a>ก&amp;<skip>ไม่<b>ใช่</b></skip>&#x0E02;<![CDATA[<ค>]]></a>", &c).ok());
  EXPECT_EQ(c.text, "ก&ข<ค>");
  EXPECT_EQ(c.elements, 2);
}

TEST(XmlStream, ADtdIsRefusedBeforeItsEntitiesExpand) {
  std::string laughs = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY l0 \"ha\">";
  for (int i = 1; i < 10; ++i) {
    std::string prev = "&l" + std::to_string(i - 1) + ";";
    std::string v;
    for (int k = 0; k < 10; ++k) v += prev;
    laughs += "<!ENTITY l" + std::to_string(i) + " \"" + v + "\">";
  }
  laughs += "]><a>&l9;</a>";
  Collect c;
  ::testing::internal::CaptureStderr();
  Status s = Stream(laughs, &c);
  EXPECT_EQ(::testing::internal::GetCapturedStderr(), "");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.ToString(),
            "f.docx: damaged or hostile .docx: word/document.xml declares a DTD, which office "
            "documents never do");
  EXPECT_EQ(c.text, "");
}

TEST(XmlStream, ExternalEntitiesAreNeverFetched) {
  Collect c;
  Status s = Stream("<!DOCTYPE a SYSTEM \"http://example.invalid/x.dtd\"><a>x</a>", &c);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("DTD"), std::string::npos);
}

TEST(XmlStream, NestingPastTheLimit) {
  std::string deep;
  for (int i = 0; i < 600; ++i) deep += "<d>";
  for (int i = 0; i < 600; ++i) deep += "</d>";
  Collect ok;
  EXPECT_TRUE(Stream(deep, &ok, 1000).ok());
  Collect c;
  Status s = Stream(deep, &c, 512);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.ToString(),
            "f.docx: damaged or hostile .docx: word/document.xml nests deeper than 512 elements "
            "(raise the limit with --max-html-depth)");
}

TEST(XmlStream, MalformedXmlIsOneQuietLine) {
  Collect c;
  ::testing::internal::CaptureStderr();
  Status s = Stream("<a>\n<b></a>", &c);
  EXPECT_EQ(::testing::internal::GetCapturedStderr(), "");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind("damaged or hostile .docx: word/document.xml: line 2: ", 0), 0u)
      << s.message();
  EXPECT_EQ(s.message().find('\n'), std::string::npos);
}

TEST(XmlStream, UndeclaredEntityIsAnError) {
  Collect c;
  EXPECT_FALSE(Stream("<a>&nbsp;</a>", &c).ok());
}

TEST(XmlStream, TheHandlerCanStopTheParse) {
  class Stopper : public XmlHandler {
   public:
    bool Start(const XmlElement&) override {
      Stop(Status::InvalidInput({"f"}, "enough"));
      return true;
    }
    void End(std::string_view, std::string_view) override { ADD_FAILURE(); }
    void Text(std::string_view) override {}
  } stopper;
  Status s = StreamXml("<a><b/></a>", "f", ".docx", "p", {}, &stopper);
  EXPECT_EQ(s.ToString(), "f: enough");
}

}  // namespace
}  // namespace samatthana::ingest
