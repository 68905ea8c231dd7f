#include "base/status.h"

namespace samatthana {

std::string Location::ToString() const {
  std::string out = file;
  if (page > 0) {
    out += ": page " + std::to_string(page);
    if (line > 0) out += ", line " + std::to_string(line);
  } else if (line > 0) {
    out += ":" + std::to_string(line);
  }
  if (offset >= 0) out += ": byte " + std::to_string(offset);
  return out;
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  std::string where = location_.ToString();
  return where.empty() ? message_ : where + ": " + message_;
}

std::string Diagnostic::ToString() const {
  std::string at = where.ToString();
  return at.empty() ? message : at + ": " + message;
}

}  // namespace samatthana
