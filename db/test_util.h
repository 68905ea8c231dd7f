// Helpers for database tests: a fresh temporary directory per test.
#ifndef SAMATTHANA_DB_TEST_UTIL_H_
#define SAMATTHANA_DB_TEST_UTIL_H_

#include <unistd.h>

#include <filesystem>
#include <string>

namespace samatthana::db {

// A directory that exists for the life of the object.
class TempDir {
 public:
  TempDir() {
    std::string templ = (std::filesystem::temp_directory_path() / "samatthana-XXXXXX").string();
    path_ = ::mkdtemp(templ.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string File(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace samatthana::db

#endif  // SAMATTHANA_DB_TEST_UTIL_H_
