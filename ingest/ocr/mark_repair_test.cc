#include "ingest/ocr/mark_repair.h"

#include <gtest/gtest.h>

namespace samatthana::ingest {
namespace {

// Clusters of `text`, one a base with its marks.
std::vector<MarkCluster> Clusters(std::u32string_view text) {
  std::vector<MarkCluster> out;
  for (char32_t c : text) {
    bool mark = c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E);
    if (mark && !out.empty()) {
      out.back().text.push_back(c);
    } else {
      out.push_back(MarkCluster{.text = std::u32string(1, c)});
    }
  }
  return out;
}

std::u32string Text(const std::vector<MarkCluster>& clusters) {
  return JoinClusters(clusters, 0, clusters.size());
}

class MarkRepair : public ::testing::Test {
 protected:
  ThaiDictionary dictionary_;
};

TEST_F(MarkRepair, ToneMarkOverAVowelIsRestoredWhereOneWordFits) {
  // "ระดับที ๑" read with the MAI EK of ที่ missing; the page has a blob
  // above ที that no mark read accounts for.
  std::vector<MarkCluster> clusters = Clusters(U"ระดับที ๑");
  clusters[4].unread_above = 1;  // ที
  MarkRepairCount count = RepairMarks(dictionary_, &clusters);
  EXPECT_EQ(Text(clusters), U"ระดับที่ ๑");
  EXPECT_EQ(count.restored, 1);
  EXPECT_EQ(count.uncertain, 0);
}

TEST_F(MarkRepair, NothingChangesWithoutEvidenceOnThePage) {
  std::vector<MarkCluster> clusters = Clusters(U"ระดับที ๑");
  MarkRepairCount count = RepairMarks(dictionary_, &clusters);
  EXPECT_EQ(Text(clusters), U"ระดับที ๑");
  EXPECT_EQ(count.restored, 0);
}

TEST_F(MarkRepair, NoFittingWordLeavesTheTextAndCountsIt) {
  // A blob above ก of "กกกก": no mark there makes a word.
  std::vector<MarkCluster> clusters = Clusters(U"กกกก");
  clusters[1].unread_above = 1;
  MarkRepairCount count = RepairMarks(dictionary_, &clusters);
  EXPECT_EQ(Text(clusters), U"กกกก");
  EXPECT_EQ(count.uncertain, 1);
  EXPECT_TRUE(clusters[1].uncertain);
}

TEST_F(MarkRepair, ADoubtedMarkTakesTheAlternativeThatMakesAWord) {
  // "เข๊า" (MAI TRI misread for MAI THO), with MAI THO and MAI CHATTAWA
  // among Tesseract's alternatives: only MAI THO makes a word.
  std::vector<MarkCluster> clusters = Clusters(U"เข๊าใจ");
  clusters[1].doubted_mark = 1;
  clusters[1].alternatives = {0x0E4B, 0x0E49};
  RepairMarks(dictionary_, &clusters);
  EXPECT_EQ(Text(clusters), U"เข้าใจ");
}

TEST_F(MarkRepair, ADoubtedMarkWithTwoFittingAlternativesStaysAsRead) {
  // MAI EK makes เข่า (knee), MAI THO เข้า (enter): no telling which.
  std::vector<MarkCluster> clusters = Clusters(U"เข๊าใจ");
  clusters[1].doubted_mark = 1;
  clusters[1].alternatives = {0x0E48, 0x0E49};
  RepairMarks(dictionary_, &clusters);
  EXPECT_EQ(Text(clusters), U"เข๊าใจ");
}

TEST_F(MarkRepair, SaraAmIsComposedForTheDictionary) {
  EXPECT_EQ(Text(Clusters(U"ทํางาน")), U"ทำงาน");
  EXPECT_EQ(Text(Clusters(U"น้ํา")), U"น้ำ");
}

}  // namespace
}  // namespace samatthana::ingest
