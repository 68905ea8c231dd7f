#include "base/test_hook.h"

#include <signal.h>

#include <cstdlib>
#include <cstring>

namespace samatthana {

void TestKillPoint(const char* moment) {
  static const char* const wanted = std::getenv("SAMATTHANA_TEST_KILL_AT");
  if (wanted != nullptr && std::strcmp(wanted, moment) == 0) ::raise(SIGKILL);
}

}  // namespace samatthana
