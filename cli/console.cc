#include "cli/console.h"

#include <iostream>

namespace samatthana::cli {

void PrintError(const Status& status) {
  std::cerr << "samatthana: error: " << status.ToString() << "\n";
}

void PrintWarning(const Diagnostic& warning) {
  std::cerr << "samatthana: warning: " << warning.ToString() << "\n";
}

int Fail(const Status& status) {
  PrintError(status);
  return kExitRefused;
}

}  // namespace samatthana::cli
