// Heads: the category, name and definition that stand before a scale.
#include "parse/name_parts.h"
#include "parse/structure.h"

namespace samatthana::parse {
namespace {

// A category heading alone on its line: nothing but the category's words
// (and an English gloss) on it.
bool IsCategoryLine(const Unit& u, const Labels& labels) {
  // A bulleted line is an item; a numbered one may be a numbered section.
  if ((u.bulleted && !u.mark_number) || u.level || u.table >= 0) return false;
  constexpr int kLongestCategory = 80;
  if (u.width > kLongestCategory) return false;
  std::optional<CategoryMatch> m = labels.MatchCategory(u.text);
  return m && m->rest.empty();
}

bool IsEnglishGloss(const Unit& u) {
  return u.text.size() > 2 && u.text.front() == '(' && u.text.back() == ')' &&
         SplitName("ก " + u.text).name_en.has_value();
}

class HeadFinder {
 public:
  HeadFinder(const std::vector<Unit>& units, size_t from, size_t to, const Habits& habits,
             const Labels& labels)
      : units_(units), from_(from), to_(to), habits_(habits), labels_(labels) {}

  // Where the name is, by the strongest evidence the region holds, and
  // which evidence that was.
  std::pair<int, Evidence> FindName(int previous_number) const {
    if (int n = Last([&](const Unit& u) { return u.name_label; }); n >= 0) {
      return {n, Evidence::kLabel};
    }
    if (int d = Last([&](const Unit& u) { return labels_.MatchDefinition(u.text).has_value(); });
        d >= 0) {
      for (int i = d - 1; i >= static_cast<int>(from_); --i) {
        if (Usable(i) && !IsCategoryLine(units_[i], labels_)) return {i, Evidence::kLabel};
      }
      return {d, Evidence::kLabel};  // the name is missing: the head starts at its definition
    }
    if (int n = Last([&](const Unit& u) { return labels_.MatchHeadNumber(u.text).has_value(); });
        n >= 0) {
      return {n, Evidence::kNumber};
    }
    if (int n = NumberedName(previous_number); n >= 0) return {n, Evidence::kNumber};
    if (habits_.english_names) {
      int n = Last([&](const Unit& u) {
        if (u.bulleted || IsCategoryLine(u, labels_)) return false;
        NameParts parts = SplitName(NameText(u));
        return parts.name_en.has_value() || parts.code.has_value();
      });
      if (n >= 0) return {n, Evidence::kEnglishName};
    }
    if (habits_.style_marks_heads) {
      if (int n = StyledName(); n >= 0) return {n, Evidence::kStyle};
    }
    if (habits_.gaps_mark_heads) {
      int n = Last([&](const Unit& u) { return u.after_gap && !IsCategoryLine(u, labels_); });
      if (n >= 0) return {n, Evidence::kGap};
    }
    // The document marks items: the head starts after the last one.
    int last_item = Last([](const Unit& u) { return u.marked; });
    if (last_item >= 0) {
      for (size_t i = static_cast<size_t>(last_item) + 1; i < to_; ++i) {
        if (Usable(i) && !IsCategoryLine(units_[i], labels_)) {
          return {static_cast<int>(i), Evidence::kAfterItems};
        }
      }
      return {-1, Evidence::kNone};
    }
    // Nothing tells: a name and a definition line, the most common head.
    int guess = static_cast<int>(to_) - 2;
    while (guess < static_cast<int>(to_) && guess >= static_cast<int>(from_) &&
           (!Usable(guess) || IsCategoryLine(units_[guess], labels_))) {
      ++guess;
    }
    if (guess < static_cast<int>(from_)) guess = static_cast<int>(from_);
    if (guess < static_cast<int>(to_) && Usable(guess)) return {guess, Evidence::kGuess};
    return {-1, Evidence::kNone};
  }

  Head Build(int name) const {
    Head h;
    h.name = name;
    if (name < 0) {
      h.begin = to_;
      return h;
    }
    const size_t n = static_cast<size_t>(name);
    h.begin = n;
    // Before the name: its category (the nearest category line, or the
    // nearest line that repeats before other names), and running headers.
    bool have_category = false;
    for (size_t i = n; i-- > from_;) {
      const Unit& u = units_[i];
      bool repeated = u.role == Role::kFurniture;
      bool category = IsCategoryLine(u, labels_) ||
                      (habits_.style_marks_heads && (u.style.bold || u.style.heading) &&
                       u.after_gap && !u.marked);
      // A category line, or a line the document repeats (the category a
      // header repeats before every name), is the head's category.
      if ((category || repeated) && !have_category) {
        h.categories.push_back(i);
        have_category = true;
      } else if (repeated || labels_.IsLeadIn(u.text)) {
        h.furniture.push_back(i);
      } else {
        break;
      }
      h.begin = i;
    }
    // After it: the definition, lead-ins, and an English name on a line of its own.
    for (size_t i = n + 1; i < to_; ++i) {
      const Unit& u = units_[i];
      if (u.set_aside) continue;
      if (u.role == Role::kFurniture || labels_.IsLeadIn(u.text) || IsEnglishGloss(u) ||
          u.table >= 0) {
        h.furniture.push_back(i);
      } else {
        h.definition.push_back(i);
      }
    }
    return h;
  }

 private:
  template <typename Pred>
  int Last(Pred pred) const {
    for (size_t i = to_; i-- > from_;) {
      if (Usable(static_cast<int>(i)) && pred(units_[i])) return static_cast<int>(i);
    }
    return -1;
  }

  bool Usable(int i) const {
    const Unit& u = units_[static_cast<size_t>(i)];
    return u.table < 0 && !u.level && !u.set_aside && u.role != Role::kFurniture &&
           !labels_.IsLeadIn(u.text);
  }

  // The name part of a line that may open with its category ("สมรรถนะหลัก ด้าน...").
  std::string NameText(const Unit& u) const {
    std::optional<CategoryMatch> m = labels_.MatchCategory(u.text);
    return m && !m->rest.empty() ? m->rest : u.text;
  }

  // Heads numbered as a list ("1. การมุ่งผลสัมฤทธิ์"): the one numbered next after
  // the head before, when no item numbered after it follows (then it is an item).
  int NumberedName(int previous_number) const {
    const int wanted = previous_number + 1;
    int n = Last([&](const Unit& u) { return u.mark_number == wanted; });
    if (n < 0) return -1;
    for (size_t i = static_cast<size_t>(n) + 1; i < to_; ++i) {
      if (units_[i].marked) return -1;
    }
    return n;
  }

  // The first of the last run of bold or heading lines.
  int StyledName() const {
    auto styled = [](const Unit& u) { return u.style.bold || u.style.heading; };
    int last = Last([&](const Unit& u) { return styled(u) && !IsCategoryLine(u, labels_); });
    if (last < 0) return -1;
    int first = last;
    while (first - 1 >= static_cast<int>(from_) && Usable(first - 1) &&
           styled(units_[static_cast<size_t>(first - 1)]) &&
           !IsCategoryLine(units_[static_cast<size_t>(first - 1)], labels_)) {
      --first;
    }
    return first;
  }

  const std::vector<Unit>& units_;
  const size_t from_;
  const size_t to_;
  const Habits& habits_;
  const Labels& labels_;
};

}  // namespace

Head FindHead(const std::vector<Unit>& units, size_t from, size_t to, const Habits& habits,
              const Labels& labels, int previous_number) {
  HeadFinder finder(units, from, to, habits, labels);
  auto [name, evidence] = finder.FindName(previous_number);
  Head h = finder.Build(name);
  h.evidence = evidence;
  return h;
}

}  // namespace samatthana::parse
