// A hand-made diff with one change of every kind, for the report tests.
#ifndef SAMATTHANA_DIFF_SAMPLE_DIFF_H_
#define SAMATTHANA_DIFF_SAMPLE_DIFF_H_

#include <string>
#include <vector>

#include "diff/diff.h"

namespace samatthana::diff {

// A diff with one change of every kind, in three competencies, and for each
// change a word of its text that the report must show.
struct Sample {
  DiffResult result;
  std::vector<std::string> words;
};

// A change inside competency `old_ordinal` -> `new_ordinal` of the sample.
inline Change In(int old_ordinal, int new_ordinal, ChangeKind kind, Entity entity) {
  static const char* const kOld[] = {"", "การมุ่งผลสัมฤทธิ์", "การบริการที่ดี", "", "การตรวจสอบบัญชี"};
  static const char* const kNew[] = {"", "การมุ่งผลสัมฤทธิ์", "การบริการประชาชน"};
  Change c;
  c.kind = kind;
  c.entity = entity;
  c.competency_old_ordinal = old_ordinal;
  c.competency_new_ordinal = new_ordinal;
  if (old_ordinal) c.competency_old = kOld[old_ordinal];
  if (new_ordinal) c.competency_new = kNew[new_ordinal];
  return c;
}

// C01 with a changed, an added, a removed and a moved indicator; C02 renamed,
// with a split and a merge; C04 removed.
inline Sample MakeSample() {
  Sample s;
  DiffResult& r = s.result;
  r.old_side = {1, "2566"};
  r.new_side = {2, "2567"};
  r.summary = {
      .added = 1, .removed = 2, .changed = 1, .renamed = 1, .moved = 1, .split = 1, .merged = 1};
  auto add = [&](Change c, std::string word) {
    r.changes.push_back(std::move(c));
    s.words.push_back(std::move(word));
  };

  Change changed = In(1, 1, ChangeKind::kChanged, Entity::kIndicator);
  changed.level = 2;
  changed.indicator_old_ordinal = changed.indicator_new_ordinal = 3;
  changed.field = "text";
  changed.old_text = "กำหนดเป้าหมายการทำงานของตนเอง";
  changed.new_text = "กำหนดเกณฑ์การทำงานของตนเอง";
  changed.words = {{'=', "กำหนด"}, {'-', "เป้าหมาย"}, {'+', "เกณฑ์"}, {'=', "การทำงานของตนเอง"}};
  add(changed, "เกณฑ์");

  Change added = In(1, 1, ChangeKind::kAdded, Entity::kIndicator);
  added.level = 2;
  added.indicator_new_ordinal = 4;
  added.new_text = "วางแผนงานล่วงหน้าอย่างเป็นระบบ";
  add(added, "ล่วงหน้า");

  Change removed = In(1, 1, ChangeKind::kRemoved, Entity::kIndicator);
  removed.level = 3;
  removed.indicator_old_ordinal = 1;
  removed.old_text = "ติดตามผลงานด้วยตนเองสม่ำเสมอ";
  add(removed, "ติดตามผลงาน");

  Change moved = In(1, 1, ChangeKind::kMoved, Entity::kIndicator);
  moved.level = 3;
  moved.indicator_old_ordinal = 2;
  moved.indicator_new_ordinal = 1;
  moved.old_text = moved.new_text = "รายงานความก้าวหน้าต่อผู้บังคับบัญชา";
  add(moved, "รายงานความก้าวหน้า");

  Change renamed = In(2, 2, ChangeKind::kRenamed, Entity::kCompetency);
  renamed.field = "name";
  renamed.old_text = "การบริการที่ดี";
  renamed.new_text = "การบริการประชาชน";
  renamed.words = {{'=', "การบริการ"}, {'-', "ที่ดี"}, {'+', "ประชาชน"}};
  add(renamed, "ประชาชน");

  Change split = In(2, 2, ChangeKind::kSplit, Entity::kIndicator);
  split.level = 1;
  split.indicator_old_ordinal = split.indicator_new_ordinal = 2;
  split.old_text = "รับฟังและตอบคำถามผู้รับบริการ";
  split.parts = {"รับฟังปัญหาผู้รับบริการ", "ตอบคำถามอย่างสุภาพ"};
  add(split, "สุภาพ");

  Change merged = In(2, 2, ChangeKind::kMerged, Entity::kIndicator);
  merged.level = 4;
  merged.indicator_new_ordinal = 1;
  merged.parts = {"ประสานงานกับหน่วยงานอื่น", "แบ่งปันข้อมูลกับเพื่อนร่วมงาน"};
  merged.new_text = "ประสานงานและแบ่งปันข้อมูลกับหน่วยงานอื่น";
  add(merged, "เพื่อนร่วมงาน");

  Change gone = In(4, 0, ChangeKind::kRemoved, Entity::kCompetency);
  gone.old_text = "การตรวจสอบบัญชี";
  add(gone, "ตรวจสอบบัญชี");
  return s;
}

// `text` split at newlines, without them.
inline std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

}  // namespace samatthana::diff

#endif  // SAMATTHANA_DIFF_SAMPLE_DIFF_H_
