// Small hand-made catalogues for diff tests.
#ifndef SAMATTHANA_DIFF_TEST_CATALOGUES_H_
#define SAMATTHANA_DIFF_TEST_CATALOGUES_H_

#include <string>
#include <vector>

#include "model/catalogue.h"

namespace samatthana::diff {

// A competency with levels 0..n-1, level k holding `items[k]`.
inline Competency Comp(std::string name, std::string definition,
                       std::vector<std::vector<std::string>> items) {
  Competency c;
  c.name = std::move(name);
  c.category = "สมรรถนะเฉพาะตามลักษณะงานที่ปฏิบัติ";
  c.definition = std::move(definition);
  for (size_t k = 0; k < items.size(); ++k) {
    Level l;
    l.level = static_cast<int>(k);
    l.title = "ระดับชั้นที่" + std::to_string(k) + " ของ" + c.name.substr(0, 12);
    for (size_t i = 0; i < items[k].size(); ++i) {
      l.indicators.push_back({"", static_cast<int>(i) + 1, items[k][i], {}});
    }
    c.levels.push_back(std::move(l));
  }
  return c;
}

inline Catalogue Cat(std::vector<Competency> comps) {
  Catalogue cat;
  cat.title = "พจนานุกรมสมรรถนะ";
  for (size_t i = 0; i < comps.size(); ++i) {
    comps[i].ordinal = static_cast<int>(i) + 1;
    cat.competencies.push_back(std::move(comps[i]));
  }
  // Ids from content, as the parser gives them (the matcher never reads them).
  for (Competency& c : cat.competencies) {
    c.id = "c-" + c.name;
    for (Level& l : c.levels) {
      l.id = c.id + ".l" + std::to_string(l.level);
      for (Indicator& i : l.indicators) i.id = "i-" + l.id + "." + i.text;
    }
  }
  return cat;
}

// Three competencies with distinct content, the base of most tests.
inline std::vector<Competency> Base() {
  return {
      Comp("การคิดวิเคราะห์", "ความเข้าใจและวิเคราะห์สถานการณ์ ประเด็นปัญหา แนวคิดโดยการแยกแยะประเด็น",
           {{},
            {"แยกแยะปัญหาออกเป็นรายการอย่างง่าย", "วางแผนงานโดยแตกเป็นส่วนหรือกิจกรรมต่างๆ ได้"},
            {"ระบุเหตุและผลโดยใช้ประสบการณ์ที่ผ่านมา", "เชื่อมโยงข้อมูล แนวโน้ม และความไม่ครบถ้วนของข้อมูลได้"}}),
      Comp("การสืบเสาะหาข้อมูล", "ความรู้เชิงลึกที่จะแสวงหาข้อมูลเกี่ยวกับสถานการณ์ ภูมิหลัง ประวัติความเป็นมา",
           {{},
            {"ใช้ข้อมูลที่มีอยู่จากสหกรณ์หรือหน่วยงานอื่น", "ถามสหกรณ์หรือหน่วยงานที่เกี่ยวข้องโดยตรง"},
            {"สืบเสาะหาข้อมูลจากอินเทอร์เน็ตหรืออินทราเน็ตของกรม"}}),
      Comp("ความละเอียดรอบคอบ", "การให้ความสำคัญกับรายละเอียดของงานที่รับผิดชอบ และตรวจสอบความถูกต้องของข้อมูล",
           {{},
            {"ตรวจสอบงานก่อนส่งผู้บังคับบัญชา"},
            {"เมื่อเกิดความผิดพลาด ปรึกษาหารือในรายละเอียดร่วมกับผู้บังคับบัญชา แล้วนำมาปรับแก้ไขงานของตนเอง"}}),
  };
}

}  // namespace samatthana::diff

#endif  // SAMATTHANA_DIFF_TEST_CATALOGUES_H_
