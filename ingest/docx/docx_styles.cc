#include "ingest/docx/docx_styles.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace samatthana::ingest {

bool IsWordNamespace(std::string_view ns) {
  return ns == "http://schemas.openxmlformats.org/wordprocessingml/2006/main" ||
         ns == "http://purl.oclc.org/ooxml/wordprocessingml/main";
}

bool WordOnOff(std::string_view val) {
  return !(val == "0" || val == "false" || val == "off" || val == "none");
}

int WordInt(std::string_view val, int fallback) {
  int n = 0;
  auto [end, ec] = std::from_chars(val.data(), val.data() + val.size(), n);
  return (ec == std::errc() && end == val.data() + val.size()) ? n : fallback;
}

namespace {

// Style chains longer than this are cycles or hostile.
constexpr int kMaxChain = 32;

bool IsHeadingName(std::string_view name) {
  std::string lower(name);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  if (lower == "title") return true;
  return lower.size() == 9 && lower.starts_with("heading ") && lower[8] >= '1' && lower[8] <= '9';
}

}  // namespace

// Reads w:docDefaults and each w:style; the conditional formatting of table
// styles and recorded formatting changes are not the style's own and are
// skipped.
class StylesHandler : public XmlHandler {
 public:
  explicit StylesHandler(DocxStyles* out) : out_(out) {}

  bool Start(const XmlElement& e) override {
    if (!IsWordNamespace(e.ns)) return true;
    std::string_view n = e.name;
    if (n == "tblStylePr" || n == "pPrChange" || n == "rPrChange" || n == "latentStyles") {
      return false;
    }
    if (n == "style") {
      style_ = DocxStyles::Style();
      type_ = e.Attr("type", "paragraph");
      id_ = e.Attr("styleId");
      if (type_ == "paragraph" && e.HasAttr("default") && WordOnOff(e.Attr("default"))) {
        out_->default_paragraph_ = id_;
      }
      in_style_ = true;
      return true;
    }
    if (n == "rPrDefault") in_defaults_ = true;
    if (!in_style_ && !in_defaults_) return true;
    DocxStyles::Style& s = style_;
    if (n == "name" && in_style_) {
      s.heading_name = IsHeadingName(e.Attr("val"));
    } else if (n == "basedOn") {
      s.based_on = e.Attr("val");
    } else if (n == "outlineLvl") {
      s.outline_level = WordInt(e.Attr("val"), 9);
    } else if (n == "jc" && e.parent_name == "pPr") {
      s.centered = e.Attr("val") == "center";
    } else if (n == "b" && e.parent_name == "rPr") {
      (in_defaults_ ? out_->default_bold_ : s.bold).latin = WordOnOff(e.Attr("val"));
    } else if (n == "bCs" && e.parent_name == "rPr") {
      (in_defaults_ ? out_->default_bold_ : s.bold).complex = WordOnOff(e.Attr("val"));
    } else if (n == "numId" && e.parent_name == "numPr") {
      s.numbering.num_id = WordInt(e.Attr("val"), -1);
    } else if (n == "ilvl" && e.parent_name == "numPr") {
      s.numbering.level = WordInt(e.Attr("val"), -1);
    }
    return true;
  }

  void End(std::string_view ns, std::string_view name) override {
    if (!IsWordNamespace(ns)) return;
    if (name == "rPrDefault") in_defaults_ = false;
    if (name != "style" || !in_style_) return;
    in_style_ = false;
    if (type_ == "paragraph") {
      out_->paragraph_[id_] = std::move(style_);
    } else if (type_ == "character") {
      out_->character_[id_] = std::move(style_);
    } else if (type_ == "numbering") {
      out_->numbering_[id_] = std::move(style_);
    }
  }

  void Text(std::string_view) override {}

 private:
  DocxStyles* out_;
  DocxStyles::Style style_;
  std::string type_;
  std::string id_;
  bool in_style_ = false;
  bool in_defaults_ = false;
};

Status DocxStyles::Parse(std::string_view xml, const std::string& file, const XmlLimits& limits,
                         DocxStyles* out) {
  StylesHandler handler(out);
  return StreamXml(xml, file, ".docx", "word/styles.xml", limits, &handler);
}

const DocxStyles::Style* DocxStyles::Find(const std::unordered_map<std::string, Style>& styles,
                                          const std::string& id) const {
  auto it = styles.find(id);
  return it == styles.end() ? nullptr : &it->second;
}

bool DocxStyles::IsHeading(const std::string& paragraph_style) const {
  const Style* s = Find(paragraph_, paragraph_style);
  if (s && s->heading_name) return true;
  for (int hop = 0; s && hop < kMaxChain; ++hop, s = Find(paragraph_, s->based_on)) {
    if (s->outline_level) return *s->outline_level >= 0 && *s->outline_level <= 8;
  }
  return false;
}

std::optional<bool> DocxStyles::Centered(const std::string& paragraph_style) const {
  const Style* s = Find(paragraph_, paragraph_style);
  for (int hop = 0; s && hop < kMaxChain; ++hop, s = Find(paragraph_, s->based_on)) {
    if (s->centered) return s->centered;
  }
  return std::nullopt;
}

bool DocxStyles::Bold(const BoldProperties& direct, const std::string& character_style,
                      const std::string& paragraph_style) const {
  BoldProperties b = direct;
  auto fill = [&](const std::unordered_map<std::string, Style>& styles, const std::string& id) {
    const Style* s = Find(styles, id);
    for (int hop = 0; s && hop < kMaxChain; ++hop, s = Find(styles, s->based_on)) {
      if (!b.latin) b.latin = s->bold.latin;
      if (!b.complex) b.complex = s->bold.complex;
    }
  };
  fill(character_, character_style);
  fill(paragraph_, paragraph_style);
  if (!b.latin) b.latin = default_bold_.latin;
  if (!b.complex) b.complex = default_bold_.complex;
  return b.latin.value_or(false) || b.complex.value_or(false);
}

NumberingRef DocxStyles::Numbering(const std::string& paragraph_style) const {
  const Style* s = Find(paragraph_, paragraph_style);
  for (int hop = 0; s && hop < kMaxChain; ++hop, s = Find(paragraph_, s->based_on)) {
    if (s->numbering.num_id >= 0) return s->numbering;
  }
  return {};
}

NumberingRef DocxStyles::NumberingStyle(const std::string& style) const {
  const Style* s = Find(numbering_, style);
  for (int hop = 0; s && hop < kMaxChain; ++hop, s = Find(numbering_, s->based_on)) {
    if (s->numbering.num_id >= 0) return s->numbering;
  }
  return {};
}

}  // namespace samatthana::ingest
