// ExpectedRecords: compares an exported catalogue (the JSON of `samatthana
// export`) with the expected records in fixtures/, forgiving only layout:
// whitespace, bullets and Thai vs ASCII digits. Items the source runs together
// may match any of the expected file's "alternates".
#ifndef SAMATTHANA_TESTS_EXPECTED_RECORDS_H_
#define SAMATTHANA_TESTS_EXPECTED_RECORDS_H_

#include <string>
#include <vector>

namespace samatthana::testing {

struct Comparison {
  int records = 0;  // competencies + definitions + levels + indicators expected
  int exact = 0;
  std::vector<std::string> differences;  // readable, one per record that differs
};

Comparison CompareWithExpected(const std::string& expected_json, const std::string& export_json);

// Text damage a correct normalizer never leaves: legacy PUA glyphs, split sara
// am, a space inside a Thai cluster, U+FFFD. Returns one line per defect.
std::vector<std::string> TextDefects(const std::string& export_json);

}  // namespace samatthana::testing

#endif  // SAMATTHANA_TESTS_EXPECTED_RECORDS_H_
