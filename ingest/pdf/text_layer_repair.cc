#include "ingest/pdf/text_layer_repair.h"

#include <algorithm>
#include <optional>

#include "base/char_classes.h"
#include "base/legacy_thai.h"

namespace samatthana::ingest {
namespace {

constexpr char32_t kThaiDigitZero = 0x0E50;

// SARA AM is NIKHAHIT drawn over SARA AA: the three are the characters Word
// confuses.
bool IsSaraAmPart(char32_t c) { return c == kSaraAa || c == kSaraAm || c == kNikhahit; }

RepairKind KindOf(char32_t truth, const std::u32string& reading) {
  if (IsSaraAmPart(truth) || (reading.size() == 1 && IsSaraAmPart(StandardThai(reading[0])))) {
    return RepairKind::kSaraAm;
  }
  if (truth >= kThaiDigitZero && truth <= kThaiDigitZero + 9) return RepairKind::kThaiDigit;
  return IsThaiCombiningMark(truth) ? RepairKind::kThaiMark : RepairKind::kThaiLetter;
}

std::u32string Standard(std::u32string text) {
  for (char32_t& c : text) c = StandardThai(c);
  return text;
}

// SARA AM reaches well above the letters (its NIKHAHIT rides above the
// x-height); SARA AA stands as high as a consonant. Only asked of a font that
// names none of its glyphs, where the boxes are all there is.
constexpr double kSaraAmRise = 1.2;

// The median top of the glyphs the text layer reads as Thai consonants, or
// nothing when there are too few to tell.
std::optional<long> ConsonantTop(const FontTruth& truth, const std::vector<CodeReading>& codes) {
  std::vector<long> tops;
  for (const CodeReading& r : codes) {
    if (r.text.size() != 1 || !IsThaiConsonant(r.text[0])) continue;
    GlyphBox box = truth.BoxOf(r.gid);
    if (!box.empty) tops.push_back(box.y_max);
  }
  if (tops.size() < 3) return std::nullopt;
  std::nth_element(tops.begin(), tops.begin() + tops.size() / 2, tops.end());
  return tops[tops.size() / 2];
}

// What a font's own glyphs say of the glyph it draws for an ASCII digit.
enum class DigitShape {
  kAscii,    // its outline or advance differs from the Thai digit's
  kThai,     // it is the Thai digit's outline, point for point
  kUnknown,  // the font has no outline of that Thai digit to compare with
  kLeave,    // one glyph for both digits, or no ink: nothing to go by
};

DigitShape OwnDigitShape(const FontTruth& truth, unsigned gid, char32_t ascii) {
  const unsigned thai = truth.GlyphOf(kThaiDigitZero + (ascii - U'0'));
  if (thai == gid) return DigitShape::kLeave;
  const GlyphBox own = truth.BoxOf(gid);
  if (own.empty) return DigitShape::kLeave;
  if (thai == 0) return DigitShape::kUnknown;
  const GlyphBox other = truth.BoxOf(thai);
  if (own.advance != other.advance) return DigitShape::kAscii;  // not the Thai digit's glyph
  if (other.empty) return DigitShape::kUnknown;  // the subset dropped the Thai digit's outline
  return truth.SameOutline(gid, thai) ? DigitShape::kThai : DigitShape::kAscii;
}

struct DigitCode {
  unsigned code;
  unsigned gid;
  char32_t ascii;
  DigitShape shape;
};

// Which ASCII digits the font draws as Thai digits. A font draws its digits
// as one set: where it shows some of them to be its Thai digits' outlines
// and none otherwise, the ones whose Thai twin the subset dropped are Thai
// too. Failing that, another font of the document may hold the outline.
// Returns the codes that draw Thai digits, with the digit.
std::vector<std::pair<unsigned, char32_t>> ThaiDrawnDigits(
    const FontTruth& truth, const std::vector<DigitCode>& digits,
    const ThaiDigitOutlinesSource& document) {
  std::vector<std::pair<unsigned, char32_t>> out;
  bool thai = false, ascii = false;
  for (const DigitCode& d : digits) {
    thai |= d.shape == DigitShape::kThai;
    ascii |= d.shape == DigitShape::kAscii;
  }
  const ThaiDigitOutlines* known = nullptr;  // asked for once, when needed
  for (const DigitCode& d : digits) {
    const char32_t as_thai = kThaiDigitZero + (d.ascii - U'0');
    bool drawn_thai = d.shape == DigitShape::kThai;
    if (d.shape == DigitShape::kUnknown) {
      if (thai && !ascii) {
        drawn_thai = true;
      } else if (document) {
        if (known == nullptr) known = &document();
        auto it = known->find(truth.OutlineHash(d.gid));
        drawn_thai = it != known->end() && it->second == as_thai;
      }
    }
    if (drawn_thai) out.emplace_back(d.code, as_thai);
  }
  return out;
}

}  // namespace

void AddThaiDigitOutlines(const FontTruth& truth, ThaiDigitOutlines* outlines) {
  for (char32_t d = kThaiDigitZero; d <= kThaiDigitZero + 9; ++d) {
    const unsigned gid = truth.GlyphOf(d);
    if (gid == 0) continue;
    if (uint64_t hash = truth.OutlineHash(gid)) outlines->emplace(hash, d);
  }
}

std::string_view RepairKindName(RepairKind kind) {
  switch (kind) {
    case RepairKind::kSaraAm:
      return "sara am";
    case RepairKind::kThaiDigit:
      return "Thai digits";
    case RepairKind::kThaiMark:
      return "marks";
    case RepairKind::kThaiLetter:
      return "letters";
    case RepairKind::kNone:
      break;
  }
  return "";
}

std::string RepairSummary(const RepairCounts& counts) {
  size_t total = 0;
  std::string kinds;
  for (size_t k = 1; k < kRepairKinds; ++k) {
    if (counts[k] == 0) continue;
    total += counts[k];
    if (!kinds.empty()) kinds += ", ";
    kinds += RepairKindName(static_cast<RepairKind>(k));
  }
  if (total == 0) return "";
  std::string number = std::to_string(total);
  for (int at = static_cast<int>(number.size()) - 3; at > 0; at -= 3) {
    number.insert(static_cast<size_t>(at), ",");
  }
  return "repaired " + number + (total == 1 ? " character" : " characters") +
         " whose text layer disagreed with the font (" + kinds + ")";
}

void FontRepair::Add(unsigned code, char32_t c, RepairKind kind) {
  if (code >= by_code_.size()) by_code_.resize(code + 1);
  by_code_[code] = {c, kind};
}

FontRepair FontRepair::Plan(const FontTruth& truth, const std::vector<CodeReading>& codes,
                            const ThaiDigitOutlinesSource& document) {
  FontRepair out;
  std::vector<DigitCode> digits;
  for (const CodeReading& r : codes) {
    std::u32string says = Standard(truth.CharsOf(r.gid));
    if (says.empty()) continue;
    std::u32string reading = Standard(r.text);
    if (reading.size() > 1) continue;  // one glyph for several characters: a ligature
    if (reading.size() == 1 && says.find(reading[0]) != std::u32string::npos) {
      // The font agrees, unless the glyph of an ASCII digit draws a Thai
      // digit (PlanDigits).
      if (reading[0] >= U'0' && reading[0] <= U'9') {
        digits.push_back({r.code, r.gid, reading[0], OwnDigitShape(truth, r.gid, reading[0])});
      }
      continue;
    }
    // The text layer says something else (or nothing): where the font says
    // the glyph is Thai, the font is right. Other scripts are left as read.
    auto thai = std::find_if(says.begin(), says.end(), [](char32_t c) { return IsThai(c); });
    if (thai != says.end()) out.Add(r.code, *thai, KindOf(*thai, r.text));
  }
  for (auto [code, thai] : ThaiDrawnDigits(truth, digits, document)) {
    out.Add(code, thai, RepairKind::kThaiDigit);
  }
  if (truth.names_glyphs()) return out;

  // A font that names nothing: a glyph read as SARA AA or SARA AM is the one
  // its box says it is.
  std::optional<long> consonant_top;
  bool measured = false;
  for (const CodeReading& r : codes) {
    if (r.text.size() != 1 || (r.text[0] != kSaraAa && r.text[0] != kSaraAm)) continue;
    if (!measured) {
      consonant_top = ConsonantTop(truth, codes);
      measured = true;
    }
    if (!consonant_top || *consonant_top <= 0) break;
    GlyphBox box = truth.BoxOf(r.gid);
    if (box.empty) continue;
    char32_t drawn =
        box.y_max > kSaraAmRise * static_cast<double>(*consonant_top) ? kSaraAm : kSaraAa;
    if (drawn != r.text[0]) out.Add(r.code, drawn, RepairKind::kSaraAm);
  }
  return out;
}

}  // namespace samatthana::ingest
