#include "ingest/docx/odt_styles.h"

#include "ingest/docx/docx_styles.h"

namespace samatthana::ingest {
namespace {

constexpr int kMaxParentChain = 32;

std::optional<bool> Weight(std::string_view w) {
  if (w.empty()) return std::nullopt;
  if (w == "bold") return true;
  if (w == "normal") return false;
  int n = WordInt(w, 400);
  return n >= 600;
}

}  // namespace

bool OdtStyles::Read(const XmlElement& e) {
  if (e.ns == odf::kStyle && (e.name == "style" || e.name == "default-style")) {
    std::string_view family = e.Attr("family");
    style_ = nullptr;
    if (e.name == "default-style") {
      if (family == "paragraph") style_ = &default_paragraph_;
      return true;
    }
    std::string name(e.Attr("name"));
    if (family == "paragraph") {
      style_ = &paragraph_[name];
    } else if (family == "text") {
      style_ = &text_[name];
    }
    if (style_) {
      *style_ = Style();
      style_->parent = e.Attr("parent-style-name");
      std::string_view shown = e.Attr("display-name", name);
      style_->heading = shown == "Title" || e.HasAttr("default-outline-level");
    }
    return true;
  }
  if (e.ns == odf::kStyle && e.name == "paragraph-properties") {
    if (style_ && e.HasAttr("text-align")) style_->centered = e.Attr("text-align") == "center";
    return true;
  }
  if (e.ns == odf::kStyle && e.name == "text-properties") {
    if (!style_) return true;
    for (int i = 0; i < e.attribute_count; ++i) {
      const XmlAttribute& a = e.attributes[i];
      if (a.name == "font-weight") style_->bold = Weight(a.value);
      if (a.name == "font-weight-complex") style_->bold_complex = Weight(a.value);
    }
    return true;
  }
  if (e.ns == odf::kText && e.name == "list-style") {
    list_ = &lists_[std::string(e.Attr("name"))];
    return true;
  }
  if (e.ns == odf::kText && list_ && e.name.starts_with("list-level-style-")) {
    int level = WordInt(e.Attr("level"), 1);
    bool shows = true;
    if (e.name == "list-level-style-number") shows = !e.Attr("num-format", "1").empty();
    if (e.name == "list-level-style-bullet") shows = !e.Attr("bullet-char", "•").empty();
    (*list_)[level] = shows;
    return true;
  }
  return false;
}

void OdtStyles::EndElement(std::string_view ns, std::string_view name) {
  if (ns == odf::kStyle && (name == "style" || name == "default-style")) style_ = nullptr;
  if (ns == odf::kText && name == "list-style") list_ = nullptr;
}

const OdtStyles::Style* OdtStyles::Find(const std::unordered_map<std::string, Style>& styles,
                                        const std::string& name) const {
  auto it = styles.find(name);
  return it == styles.end() ? nullptr : &it->second;
}

std::optional<bool> OdtStyles::Bold(const std::unordered_map<std::string, Style>& styles,
                                    const std::string& name) const {
  // Thai is complex-script text: its weight is the complex one where the
  // style gives it, else the Western one.
  const Style* s = Find(styles, name);
  for (int hop = 0; s && hop < kMaxParentChain; ++hop, s = Find(styles, s->parent)) {
    if (s->bold_complex) return s->bold_complex;
    if (s->bold) return s->bold;
  }
  return std::nullopt;
}

std::optional<bool> OdtStyles::SpanBold(const std::string& span) const { return Bold(text_, span); }

bool OdtStyles::ParagraphBold(const std::string& paragraph) const {
  std::optional<bool> b = Bold(paragraph_, paragraph);
  if (b) return *b;
  if (default_paragraph_.bold_complex) return *default_paragraph_.bold_complex;
  return default_paragraph_.bold.value_or(false);
}

bool OdtStyles::Centered(const std::string& paragraph) const {
  const Style* s = Find(paragraph_, paragraph);
  for (int hop = 0; s && hop < kMaxParentChain; ++hop, s = Find(paragraph_, s->parent)) {
    if (s->centered) return *s->centered;
  }
  return default_paragraph_.centered.value_or(false);
}

bool OdtStyles::IsHeading(const std::string& paragraph) const {
  const Style* s = Find(paragraph_, paragraph);
  for (int hop = 0; s && hop < kMaxParentChain; ++hop, s = Find(paragraph_, s->parent)) {
    if (s->heading) return true;
  }
  return false;
}

bool OdtStyles::ShowsMark(const std::string& list_style, int level) const {
  auto list = lists_.find(list_style);
  if (list == lists_.end()) return true;
  auto l = list->second.find(level);
  return l == list->second.end() || l->second;
}

}  // namespace samatthana::ingest
