// The label words a parse reads with: the built-in ones, and those of a
// labels file when the user gives one (--labels FILE).
#ifndef SAMATTHANA_IMPORT_LABELS_FILE_H_
#define SAMATTHANA_IMPORT_LABELS_FILE_H_

#include <string>

#include "base/result.h"
#include "parse/labels.h"

namespace samatthana::import {

// Built-in labels, plus `file`'s patterns when `file` is not empty.
Result<parse::Labels> LoadLabels(const std::string& file);

}  // namespace samatthana::import

#endif  // SAMATTHANA_IMPORT_LABELS_FILE_H_
