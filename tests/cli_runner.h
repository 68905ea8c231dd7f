// CliRunner: runs the built samatthana binary as a user would and captures
// its exit status, stdout and stderr, for end-to-end tests.
#ifndef SAMATTHANA_TESTS_CLI_RUNNER_H_
#define SAMATTHANA_TESTS_CLI_RUNNER_H_

#include <string>
#include <vector>

namespace samatthana::testing {

struct CliResult {
  int status = -1;
  std::string out;
  std::string err;
};

// Runs `samatthana args...` with `env` (NAME=value entries) added.
CliResult RunCli(const std::vector<std::string>& args, const std::vector<std::string>& env = {});

// A fresh temporary directory, removed with the object.
class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  std::string File(const std::string& name) const;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

std::string ReadFile(const std::string& path);
void WriteFile(const std::string& path, const std::string& content);
std::string Fixture(const std::string& name);

// Number of lines in `s` (a final line without a newline counts).
int LineCount(const std::string& s);

// A test name from a fixture path: every character but letters and digits
// becomes '_'. For INSTANTIATE_TEST_SUITE_P over fixture names.
struct FixtureName {
  template <typename Info>
  std::string operator()(const Info& info) const {
    std::string n = info.param;
    for (char& c : n) {
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) c = '_';
    }
    return n;
  }
};

}  // namespace samatthana::testing

#endif  // SAMATTHANA_TESTS_CLI_RUNNER_H_
