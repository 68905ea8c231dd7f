#include "ingest/docx/docx_numbering.h"

namespace samatthana::ingest {

class NumberingHandler : public XmlHandler {
 public:
  explicit NumberingHandler(DocxNumbering* out) : out_(out) {}

  bool Start(const XmlElement& e) override {
    if (!IsWordNamespace(e.ns)) return true;
    std::string_view n = e.name;
    if (n == "abstractNum") {
      abstract_ = &out_->abstracts_[WordInt(e.Attr("abstractNumId"), -1)];
      instance_ = nullptr;
    } else if (n == "num") {
      instance_ = &out_->instances_[WordInt(e.Attr("numId"), -1)];
      abstract_ = nullptr;
    } else if (n == "abstractNumId" && instance_) {
      instance_->abstract_id = WordInt(e.Attr("val"), -1);
    } else if (n == "lvlOverride" && instance_) {
      override_level_ = WordInt(e.Attr("ilvl"), 0);
    } else if (n == "lvl") {
      level_ = WordInt(e.Attr("ilvl"), 0);
    } else if (n == "numFmt") {
      if (abstract_) abstract_->levels[level_].format = e.Attr("val", "decimal");
      if (instance_) instance_->format_overrides[override_level_] = e.Attr("val", "decimal");
    } else if (n == "pStyle" && abstract_ && e.parent_name == "lvl") {
      abstract_->level_of_style.try_emplace(std::string(e.Attr("val")), level_);
    } else if (n == "numStyleLink" && abstract_) {
      abstract_->style_link = e.Attr("val");
    } else if (n == "pPr" || n == "rPr") {
      return false;  // a level's indents and fonts
    }
    if (n == "lvl" && abstract_) abstract_->levels.try_emplace(level_);
    return true;
  }

  void End(std::string_view ns, std::string_view name) override {
    if (!IsWordNamespace(ns)) return;
    if (name == "abstractNum") abstract_ = nullptr;
    if (name == "num") instance_ = nullptr;
  }

  void Text(std::string_view) override {}

 private:
  DocxNumbering* out_;
  DocxNumbering::Abstract* abstract_ = nullptr;
  DocxNumbering::Instance* instance_ = nullptr;
  int level_ = 0;
  int override_level_ = 0;
};

Status DocxNumbering::Parse(std::string_view xml, const std::string& file, const XmlLimits& limits,
                            DocxNumbering* out) {
  NumberingHandler handler(out);
  return StreamXml(xml, file, ".docx", "word/numbering.xml", limits, &handler);
}

bool DocxNumbering::ShowsMark(NumberingRef ref, const std::string& paragraph_style,
                              const DocxStyles& styles) const {
  // A link from one definition to a numbering style and on to another
  // definition: followed a few times, never round in a circle.
  for (int hop = 0; hop < 4; ++hop) {
    if (ref.num_id <= 0) return false;
    auto inst = instances_.find(ref.num_id);
    if (inst == instances_.end()) return false;
    auto abs = abstracts_.find(inst->second.abstract_id);
    if (abs == abstracts_.end()) return false;
    const Abstract& a = abs->second;
    if (!a.style_link.empty() && a.levels.empty()) {
      NumberingRef linked = styles.NumberingStyle(a.style_link);
      ref.num_id = linked.num_id;
      continue;
    }
    int level = ref.level;
    if (level < 0) {
      auto by_style = a.level_of_style.find(paragraph_style);
      level = by_style == a.level_of_style.end() ? 0 : by_style->second;
    }
    if (auto o = inst->second.format_overrides.find(level);
        o != inst->second.format_overrides.end()) {
      return o->second != "none";
    }
    auto l = a.levels.find(level);
    return l != a.levels.end() && l->second.format != "none";
  }
  return false;
}

}  // namespace samatthana::ingest
