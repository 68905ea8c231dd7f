#include "parse/labels.h"

#include <re2/re2.h>

#include <cctype>
#include <fstream>
#include <sstream>

#include "base/char_classes.h"
#include "base/digits.h"
#include "base/utf8.h"

namespace samatthana::parse {

// A label pattern a --labels file gives. Outside the anonymous namespace:
// Labels::Patterns, which holds them, has linkage.
struct UserLabelPattern {
  std::unique_ptr<RE2> re;
};

namespace {

using std::string;

const string kDigit = "[0-9\u0E50-\u0E59]";
const string kColon = "[:\uFF1A]";

// Words that introduce a list of behaviours, in the order they combine:
// "โดยมีพฤติกรรมบ่งชี้ ดังนี้", "พฤติกรรมที่คาดหวัง", "ตัวชี้วัด:".
const string kLeadIn =
    "(?:โดย\\s*)?(?:มี\\s*)?(?:พฤติกรรม|ตัวบ่งชี้|ตัวชี้วัด)"
    "(?:\\s*(?:บ่งชี้|พฤติกรรม|ที่คาดหวัง|ที่แสดงออก|ที่พึงประสงค์|การแสดงออก|หลัก|ที่สังเกตได้))*"
    "(?:\\s*(?:ดังนี้|ได้แก่|คือ))?\\s*" +
    kColon +
    "?"
    "|(?i:behaviou?ral\\s+indicators?|key\\s+behaviou?rs?|indicators?)\\s*" +
    kColon + "?";

// "ระดับที่", "ระดับ", "ระดับความสามารถที่", "ระดับสมรรถนะที่", "Level".
const string kLevelWord = "(?:ระดับ(?:ความสามารถ|สมรรถนะ)?\\s*(?:ที่)?|(?i:level))";

// The words after "สมรรถนะ" that make it a category heading rather than
// running text: core, specific, functional-group, managerial ...
const string kCategoryWord =
    "(?:หลัก|เฉพาะ|ประจำ|ทาง|การบริหาร|ผู้บริหาร|บริหาร|ตาม|ร่วม|องค์กร|ทั่วไป|วิชาชีพ|พื้นฐาน|"
    "สำหรับ|ด้านการบริหาร)";

RE2::Options Quiet() {
  RE2::Options o;
  o.set_log_errors(false);
  return o;
}

}  // namespace

struct Labels::Patterns {
  RE2 level{"^(" + kLeadIn + ")?\\s*" + kLevelWord + "\\s*(" + kDigit + "{1,2})(?:\\s*(" + kColon +
                "|-|\u2013|\\.|\\)|คือ))?\\s*(.*)$",
            Quiet()};
  RE2 name{"^(?:ชื่อสมรรถนะ|ชื่อ|(?i:competency(?:\\s+name)?))(?:\\s*" + kColon + "\\s*(.*)|\\s+(.+))$",
           Quiet()};
  RE2 definition{"^(?:คำจำกัดความ|คำนิยาม|นิยาม|ความหมาย|(?i:definition))(?:\\s*(?:" + kColon +
                     "|-|\u2013)\\s*|\\s+|$)(.*)$",
                 Quiet()};
  RE2 lead_in{"^(?:" + kLeadIn + ")$", Quiet()};
  // "สมรรถนะหลัก", "ก. สมรรถนะหลัก (Core Competency)", "สมรรถนะเฉพาะฯ": the
  // category is the whole word (to the next space) and an English gloss.
  RE2 category{"^(?:[ก-ฮ]\\s*[.)]\\s*)?((?:กลุ่ม)?สมรรถนะ\\s*" + kCategoryWord +
                   "[^\\s(]*)(?:\\s*\\([A-Za-z][^)]*\\))?\\s*(.*)$",
               Quiet()};
  RE2 category_numbered{"^((?:หมวด|กลุ่ม)\\s*(?:ที่)?\\s*" + kDigit + "+.*)$", Quiet()};
  RE2 category_english{
      "^((?i:(?:core|functional|managerial|management|leadership|technical|specific|job|common|"
      "organi[sz]ational)\\s+competenc(?:y|ies)))(?:\\s*\\([^)]*\\))?\\s*(.*)$",
      Quiet()};
  RE2 head_number{"^(?:คำอธิบาย\\s*)?((?:[ก-ฮ]\\s*\\.\\s*(" + kDigit +
                      "{1,2}))|(?:[A-Z]{1,3}-?([0-9]{1,3}))|(?:สมรรถนะที่\\s*(" + kDigit +
                      "{1,2})))\\s*(?:[.:)\\-]\\s*)?\\s+(.+)$",
                  Quiet()};

  std::vector<UserLabelPattern> user_name, user_definition, user_level, user_lead_in, user_category;
};

Labels::Labels() : p_(std::make_unique<Patterns>()) {}
Labels::~Labels() = default;
Labels::Labels(Labels&&) noexcept = default;
Labels& Labels::operator=(Labels&&) noexcept = default;

Status Labels::AddFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError({path}, "cannot open the labels file");
  std::stringstream text;
  text << in.rdbuf();
  return AddText(text.str(), path);
}

Status Labels::AddText(std::string_view text, const std::string& origin) {
  int number = 0;
  size_t at = 0;
  while (at <= text.size()) {
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(at, end - at);
    at = end + 1;
    ++number;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    if (line.empty() || line.front() == '#') continue;
    size_t colon = line.find(':');
    Location where{origin, 0, number};
    if (colon == std::string_view::npos) {
      return Status::InvalidInput(where, "expected KIND: PATTERN");
    }
    std::string_view kind = line.substr(0, colon);
    std::string_view pattern = line.substr(colon + 1);
    while (!pattern.empty() && pattern.front() == ' ') pattern.remove_prefix(1);
    std::vector<UserLabelPattern>* into = nullptr;
    if (kind == "name") into = &p_->user_name;
    if (kind == "definition") into = &p_->user_definition;
    if (kind == "level") into = &p_->user_level;
    if (kind == "lead-in") into = &p_->user_lead_in;
    if (kind == "category") into = &p_->user_category;
    if (into == nullptr) {
      return Status::InvalidInput(where, "unknown kind \"" + std::string(kind) +
                                             "\" (name, definition, level, lead-in or category)");
    }
    auto re = std::make_unique<RE2>(std::string(pattern), Quiet());
    if (!re->ok()) return Status::InvalidInput(where, "bad pattern: " + re->error());
    if (kind == "level" && re->NumberOfCapturingGroups() != 1) {
      return Status::InvalidInput(where, "a level pattern needs one group: the level's number");
    }
    into->push_back({std::move(re)});
  }
  return Status::OK();
}

namespace {

// The first user pattern that matches at the start of `line`: the length of
// its match, and its first group when it has one.
std::optional<std::pair<size_t, string>> MatchUser(const std::vector<UserLabelPattern>& patterns,
                                                   std::string_view line) {
  for (const UserLabelPattern& u : patterns) {
    re2::StringPiece whole;
    re2::StringPiece group;
    int groups = u.re->NumberOfCapturingGroups();
    re2::StringPiece input(line.data(), line.size());
    re2::StringPiece found[2];
    if (u.re->Match(input, 0, input.size(), RE2::ANCHOR_START, found, groups > 0 ? 2 : 1)) {
      whole = found[0];
      if (groups > 0) group = found[1];
      return std::make_pair(whole.size(), string(group));
    }
  }
  return std::nullopt;
}

string Trimmed(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return string(s);
}

}  // namespace

std::optional<LevelMatch> Labels::MatchLevel(std::string_view line) const {
  if (auto user = MatchUser(p_->user_level, line)) {
    std::optional<int> n = ParseNumber(Trimmed(user->second));
    if (n) return LevelMatch{*n, Trimmed(line.substr(user->first)), false, false};
  }
  string lead, number, separator, title;
  if (!RE2::FullMatch(line, p_->level, &lead, &number, &separator, &title)) return std::nullopt;
  std::optional<int> n = ParseNumber(number);
  if (!n) return std::nullopt;
  return LevelMatch{*n, title, !lead.empty(), separator.empty()};
}

std::optional<string> Labels::MatchName(std::string_view line) const {
  if (auto user = MatchUser(p_->user_name, line)) return Trimmed(line.substr(user->first));
  string colon, spaced;
  if (!RE2::FullMatch(line, p_->name, &colon, &spaced)) return std::nullopt;
  return colon.empty() ? spaced : colon;
}

std::optional<string> Labels::MatchDefinition(std::string_view line) const {
  if (auto user = MatchUser(p_->user_definition, line)) return Trimmed(line.substr(user->first));
  string text;
  if (!RE2::FullMatch(line, p_->definition, &text)) return std::nullopt;
  return text;
}

bool Labels::IsLeadIn(std::string_view line) const {
  for (const UserLabelPattern& u : p_->user_lead_in) {
    if (RE2::FullMatch(line, *u.re)) return true;
  }
  return RE2::FullMatch(line, p_->lead_in);
}

std::optional<CategoryMatch> Labels::MatchCategory(std::string_view line) const {
  if (auto user = MatchUser(p_->user_category, line)) {
    return CategoryMatch{Trimmed(line.substr(0, user->first)), Trimmed(line.substr(user->first))};
  }
  CategoryMatch m;
  if (RE2::FullMatch(line, p_->category, &m.category, &m.rest) ||
      RE2::FullMatch(line, p_->category_english, &m.category, &m.rest)) {
    return m;
  }
  if (RE2::FullMatch(line, p_->category_numbered, &m.category)) return m;
  return std::nullopt;
}

std::optional<HeadNumber> Labels::MatchHeadNumber(std::string_view line) const {
  HeadNumber h;
  string thai, latin, ordinal;
  if (!RE2::FullMatch(line, p_->head_number, &h.token, &thai, &latin, &ordinal, &h.rest)) {
    return std::nullopt;
  }
  std::optional<int> n = ParseNumber(!thai.empty() ? thai : !latin.empty() ? latin : ordinal);
  if (!n) return std::nullopt;
  h.number = *n;
  return h;
}

namespace {

// The built-in labels' words that carry tone marks or SARA AM (whose small
// circle OCR loses, or reads as a tone mark), longest first.
constexpr std::string_view kTonedLabels[] = {
    "ชื่อสมรรถนะ", "ระดับความสามารถที่", "ระดับสมรรถนะที่", "คำจำกัดความ", "ระดับที่", "คำนิยาม", "ชื่อ"};

bool IsToneMark(std::string_view text, size_t at) {
  // U+0E48..U+0E4B: E0 B9 88..8B.
  return at + 2 < text.size() && static_cast<unsigned char>(text[at]) == 0xE0 &&
         static_cast<unsigned char>(text[at + 1]) == 0xB9 &&
         static_cast<unsigned char>(text[at + 2]) >= 0x88 &&
         static_cast<unsigned char>(text[at + 2]) <= 0x8B;
}

std::string WithoutTones(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    if (IsToneMark(text, i)) {
      i += 3;
      continue;
    }
    out.push_back(text[i++]);
  }
  return out;
}

// Thai consonants whose glyphs differ by a stroke OCR can miss or add (a
// tail, a notch): ช and ซ, ด and ต, บ and ป ... Each pair, in either order.
bool LookAlike(UChar32 a, UChar32 b) {
  static constexpr std::pair<char32_t, char32_t> kPairs[] = {
      {U'ช', U'ซ'}, {U'ด', U'ต'}, {U'บ', U'ป'}, {U'ผ', U'ฝ'}, {U'พ', U'ฟ'},
      {U'ถ', U'ภ'}, {U'ฎ', U'ฏ'}, {U'ข', U'ฃ'}, {U'ค', U'ฅ'}};
  for (const auto& [x, y] : kPairs) {
    if ((a == static_cast<UChar32>(x) && b == static_cast<UChar32>(y)) ||
        (a == static_cast<UChar32>(y) && b == static_cast<UChar32>(x))) {
      return true;
    }
  }
  return false;
}

// How many bytes of `text` spell `label` but for its tone marks (any tones
// kept are taken too) and at most one misreading (a look-alike consonant,
// SARA AM read as SARA AA, a consonant read into it); 0 if they do not.
// `exact`: they spell it as it is.
size_t LabelReading(std::string_view text, std::string_view label, bool* exact) {
  const std::string bare = WithoutTones(label);
  size_t i = 0, j = 0;
  bool swapped = false;
  unsigned char tone = 0;  // the last byte of a tone mark just skipped
  while (i < text.size() && j < bare.size()) {
    if (IsToneMark(text, i)) {
      tone = static_cast<unsigned char>(text[i + 2]);
      i += 3;
      continue;
    }
    size_t ni = i, nj = j;
    UChar32 a = NextCodepoint(text, &ni), b = NextCodepoint(bare, &nj);
    // SARA AM read as SARA AA: its circle lost, or read as MAI THO, the mark
    // of a like size (MAI EK, a stroke, makes a word: "ค่านิยาม").
    const bool am_read_aa = a == 0x0E32 && b == 0x0E33 && (tone == 0 || tone == 0x89);
    tone = 0;
    // A consonant read into the label: a letter read twice ("ระดับทที่"), or
    // a stray one ("ระดับนที่"); the label's letter follows it.
    if (a != b && !swapped && IsThaiConsonant(static_cast<char32_t>(a))) {
      size_t after = ni;
      if (NextCodepoint(text, &after) == b) {
        swapped = true;
        i = ni;
        continue;
      }
    }
    if (a != b && (swapped || !(LookAlike(a, b) || am_read_aa))) return 0;
    swapped |= a != b;
    i = ni;
    j = nj;
  }
  if (j != bare.size()) return 0;
  while (IsToneMark(text, i)) i += 3;
  *exact = text.substr(0, i) == label;
  return i;
}

}  // namespace

std::string RestoreLabelTones(std::string text) {
  for (std::string_view label : kTonedLabels) {
    bool exact = false;
    const size_t i = LabelReading(text, label, &exact);
    if (i == 0) continue;
    // The label must end there: a space, a colon, a digit or the line's end;
    // or a speck read as a full stop, which stands for a space (a comma may
    // list the word: "ชื่อ, ที่อยู่"), except after a label a number follows
    // ("ระดับที่"), where the dot may be the number misread.
    size_t next = i;
    if (i < text.size() && text[i] == '.' && !label.ends_with("ที่")) {
      return std::string(label) + " " + text.substr(i + 1);
    }
    if (i < text.size() && text[i] != ' ' && text[i] != ':' &&
        !IsDigit(static_cast<char32_t>(NextCodepoint(text, &next)))) {
      continue;
    }
    return std::string(label) + text.substr(i);
  }
  return text;
}

std::optional<std::string> StripMisreadNameLabel(std::string_view text, bool exact_too) {
  for (std::string_view label : kTonedLabels) {
    if (!label.starts_with("ชื่อ")) continue;  // the name labels
    bool exact = false;
    const size_t i = LabelReading(text, label, &exact);
    if (i == 0 || (exact && !exact_too) || i >= text.size()) continue;
    // Glued to the name: a syllable starts right after it.
    size_t next = i;
    const char32_t c = static_cast<char32_t>(NextCodepoint(text, &next));
    if (!IsThaiConsonant(c) && !IsThaiLeadingVowel(c)) continue;
    return std::string(text.substr(i));
  }
  return std::nullopt;
}

std::optional<std::string> StripLatinReadNameLabel(std::string_view text) {
  constexpr size_t kLongest = 3;
  size_t n = 0;
  bool lower = false;
  while (n < text.size() && std::isalpha(static_cast<unsigned char>(text[n]))) {
    lower |= std::islower(static_cast<unsigned char>(text[n])) != 0;
    ++n;
  }
  // An acronym ("ICT") is a word of the name; a misreading mixes cases.
  if (n == 0 || n > kLongest || !lower || n + 1 >= text.size() || text[n] != ' ') {
    return std::nullopt;
  }
  size_t next = n + 1;
  const char32_t c = static_cast<char32_t>(NextCodepoint(text, &next));
  if (!IsThaiConsonant(c) && !IsThaiLeadingVowel(c)) return std::nullopt;
  return std::string(text.substr(n + 1));
}

std::optional<LevelMatch> MatchMisreadLevel(const Labels& labels, std::string_view line) {
  constexpr size_t kWithin = 48;  // bytes: the label and a space or two
  // A speck read as a sign (".", ",", "-", "«", "'") just before the first
  // digit, after the label or a space (not between digits: "1.2", "1-2").
  for (size_t i = 1; i + 1 < line.size() && i < kWithin;) {
    size_t next = i;
    const char32_t c = static_cast<char32_t>(NextCodepoint(line, &next));
    const bool sign =
        c > U' ' && c < 0x0E00 && (c >= 0x80 || !std::isalnum(static_cast<unsigned char>(c)));
    if (!sign) {
      i = next;
      continue;
    }
    size_t before = i;
    if (IsDigit(static_cast<char32_t>(PreviousCodepoint(line, &before)))) break;  // a number began
    size_t after = next;
    if (!IsDigit(static_cast<char32_t>(NextCodepoint(line, &after)))) {
      i = next;
      continue;
    }
    return labels.MatchLevel(std::string(line.substr(0, i)) + std::string(line.substr(next)));
  }
  // The label itself read as a short Latin word ("ai 3 คือ แสดง…", "IZAUN
  // ๑: …"): a number of one digit after it and an explicit separator (":",
  // "คือ") make it a level heading.
  {
    constexpr size_t kLongestWord = 6;
    size_t n = 0;
    while (n < line.size() && std::isalpha(static_cast<unsigned char>(line[n]))) ++n;
    size_t after = n + 1;
    const char32_t digit =
        n + 2 < line.size() ? static_cast<char32_t>(NextCodepoint(line, &after)) : 0;
    size_t next = after;
    const bool one_digit =
        IsDigit(digit) &&
        (after >= line.size() || !IsDigit(static_cast<char32_t>(NextCodepoint(line, &next))));
    if (n > 0 && n <= kLongestWord && line[n] == ' ' && one_digit) {
      std::optional<LevelMatch> m = labels.MatchLevel("ระดับที่ " + std::string(line.substr(n + 1)));
      if (m && !m->bare) return m;
    }
  }
  // The number read as one other character, glued to an explicit
  // separator or standing before it ("ระดับที่ รคือ แสดง…"): a heading of
  // unknown number.
  for (std::string_view separator : {std::string_view("คือ"), std::string_view(":")}) {
    const size_t at = line.find(separator);
    if (at == std::string_view::npos || at == 0 || at > kWithin) continue;
    size_t start = at;
    while (start > 0 && line[start - 1] == ' ') --start;
    if (start == 0) continue;
    const char32_t c = static_cast<char32_t>(PreviousCodepoint(line, &start));
    if (IsDigit(c) || IsThaiCombiningMark(c)) continue;
    std::optional<LevelMatch> m =
        labels.MatchLevel(std::string(line.substr(0, start)) + "0 " + std::string(line.substr(at)));
    if (m && !m->bare) {
      m->level = kUnknownLevel;
      return m;
    }
  }
  // The first run of Latin letters (or bars: "1" read "|"), within the
  // first few words: one or two letters standing alone, after Thai text.
  auto letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '|'; };
  size_t begin = 0;
  while (begin < line.size() && begin < kWithin && !letter(line[begin])) ++begin;
  if (begin == 0 || begin >= line.size() || begin >= kWithin) return std::nullopt;
  size_t end = begin;
  while (end < line.size() && letter(line[end])) ++end;
  // Right after the number, up to three letters are its separator misread
  // ("คือ" read "do": "ระดับที่ 3 do แสดง", "ระดับที่ 0Ao ไม่แสดง"): the number
  // stands, the letters go.
  const size_t digit_at = line[begin - 1] == ' ' && begin >= 2 ? begin - 2 : begin - 1;
  if (std::isdigit(static_cast<unsigned char>(line[digit_at])) && end - begin <= 3 &&
      end < line.size() && line[end] == ' ') {
    return labels.MatchLevel(std::string(line.substr(0, begin)) + std::string(line.substr(end)));
  }
  if (line[begin - 1] != ' ') return std::nullopt;
  if (end - begin > 2 || (end < line.size() && line[end] != ' ' && line[end] != ':')) {
    return std::nullopt;
  }
  std::string text(line.substr(0, begin));
  text += "0";
  text += line.substr(end);
  std::optional<LevelMatch> m = labels.MatchLevel(text);
  if (m) m->level = kUnknownLevel;
  return m;
}

}  // namespace samatthana::parse
