// Named moments in a long write at which a test can stop the process dead,
// to check that a database survives an ingest killed there. A test sets
// SAMATTHANA_TEST_KILL_AT=<moment> in the environment of the process it
// starts; the process sends itself SIGKILL on reaching that moment. Unset,
// each point costs one cached getenv.
#ifndef SAMATTHANA_BASE_TEST_HOOK_H_
#define SAMATTHANA_BASE_TEST_HOOK_H_

namespace samatthana {

// Kills the process (SIGKILL, so nothing is flushed or rolled back) when
// SAMATTHANA_TEST_KILL_AT names `moment`.
void TestKillPoint(const char* moment);

}  // namespace samatthana

#endif  // SAMATTHANA_BASE_TEST_HOOK_H_
