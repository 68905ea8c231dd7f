#include "ingest/pdf/font_style.h"

#include <array>
#include <cctype>
#include <string>

namespace samatthana::ingest {

bool FontNameSaysBold(std::string_view name) {
  std::string lower;
  lower.reserve(name.size());
  for (char c : name)
    lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  // "SemiBold" and "DemiBold" contain "bold"; "Black" and "Heavy" are heavier.
  static constexpr std::array<std::string_view, 3> kWeights = {"bold", "black", "heavy"};
  for (std::string_view w : kWeights) {
    if (lower.find(w) != std::string::npos) return true;
  }
  return false;
}

}  // namespace samatthana::ingest
