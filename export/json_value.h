// JSON values the exports share.
#ifndef SAMATTHANA_EXPORT_JSON_VALUE_H_
#define SAMATTHANA_EXPORT_JSON_VALUE_H_

#include <nlohmann/json.hpp>
#include <optional>

namespace samatthana::exports {

// A number the source may not have (an OCR confidence): null when absent.
inline nlohmann::ordered_json Nullable(const std::optional<double>& v) {
  return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json();
}

}  // namespace samatthana::exports

#endif  // SAMATTHANA_EXPORT_JSON_VALUE_H_
