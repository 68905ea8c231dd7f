// Golden tests of the command line: each directory under tests/cli/ holds a
// `cmd` file (one samatthana invocation per line) and the expected `stdout`,
// `stderr` and `status` of running them in order. Paths and times are
// replaced by @FIXTURES@, @TMP@ and @TIME@. To accept new output after a
// deliberate change: SAMATTHANA_UPDATE_GOLDEN=1 ctest -R CliGolden
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "tests/cli_runner.h"

namespace samatthana::testing {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> GoldenCases() {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(SAMATTHANA_GOLDEN)) {
    if (e.is_directory()) out.push_back(e.path().filename().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
  return s;
}

class CliGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(CliGolden, MatchesExpectedOutput) {
  fs::path dir = fs::path(SAMATTHANA_GOLDEN) / GetParam();
  ScratchDir tmp;
  std::istringstream cmds(ReadFile((dir / "cmd").string()));
  std::string line, out, err;
  int status = 0;
  while (std::getline(cmds, line)) {
    if (line.empty() || line[0] == '#') continue;
    line = Replace(Replace(line, "@FIXTURES@", SAMATTHANA_FIXTURES), "@TMP@", tmp.path());
    std::istringstream words(line);
    std::vector<std::string> args;
    for (std::string w; words >> w;) args.push_back(w);
    CliResult r = RunCli(args, {"NO_COLOR=1", "COLUMNS=100"});
    out += r.out;
    err += r.err;
    status = r.status;
  }
  auto scrub = [&](std::string s) {
    s = Replace(Replace(s, SAMATTHANA_FIXTURES, "@FIXTURES@"), tmp.path(), "@TMP@");
    RE2::GlobalReplace(&s, R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)", "@TIME@");
    return s;
  };
  out = scrub(out);
  err = scrub(err);
  std::string status_text = std::to_string(status) + "\n";
  if (std::getenv("SAMATTHANA_UPDATE_GOLDEN")) {
    WriteFile((dir / "stdout").string(), out);
    WriteFile((dir / "stderr").string(), err);
    WriteFile((dir / "status").string(), status_text);
    return;
  }
  EXPECT_EQ(out, ReadFile((dir / "stdout").string()));
  EXPECT_EQ(err, ReadFile((dir / "stderr").string()));
  EXPECT_EQ(status_text, ReadFile((dir / "status").string()));
}

INSTANTIATE_TEST_SUITE_P(GoldenCases, CliGolden, ::testing::ValuesIn(GoldenCases()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace samatthana::testing
