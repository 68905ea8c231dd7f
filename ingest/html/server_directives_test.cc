#include "ingest/html/server_directives.h"

#include <gtest/gtest.h>

namespace samatthana::ingest {
namespace {

TEST(ServerDirectives, DirectivesAndTemplateTagsHaveALength) {
  EXPECT_EQ(ServerMarkupLength("<%@ Page Title=\"\" %>\n<p>"), 20u);
  EXPECT_EQ(ServerMarkupLength("<?php echo 1; ?><p>"), 16u);
  EXPECT_EQ(ServerMarkupLength("<asp:Content ID=\"C\" runat=\"server\">x"), 35u);
  EXPECT_EQ(ServerMarkupLength("</asp:Content>"), 14u);
  EXPECT_EQ(ServerMarkupLength("<jsp:include page=\"a.jsp\"/>"), 27u);
}

TEST(ServerDirectives, OtherMarkupHasNone) {
  EXPECT_EQ(ServerMarkupLength("<p>"), 0u);
  EXPECT_EQ(ServerMarkupLength("<a href=\"http://x\">"), 0u);
  EXPECT_EQ(ServerMarkupLength("<%@ never closed"), 0u);
  EXPECT_EQ(ServerMarkupLength("<asp:Label <p>"), 0u);
  EXPECT_EQ(ServerMarkupLength("ก <%%>"), 0u);
}

TEST(ServerDirectives, RemovedWithTheirNewlinesKept) {
  EXPECT_EQ(WithoutServerDirectives("<%@ Page\n A %>\n<p>ก<%= x %>ข</p><?php\n?>ค"),
            "\n\n<p>กข</p>\nค");
  EXPECT_EQ(WithoutServerDirectives("a < b <% c"), "a < b <% c");
  EXPECT_EQ(WithoutServerDirectives("<"), "<");
}

}  // namespace
}  // namespace samatthana::ingest
