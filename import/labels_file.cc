#include "import/labels_file.h"

namespace samatthana::import {

Result<parse::Labels> LoadLabels(const std::string& file) {
  parse::Labels labels;
  if (!file.empty()) {
    if (Status s = labels.AddFile(file); !s.ok()) return s;
  }
  return labels;
}

}  // namespace samatthana::import
