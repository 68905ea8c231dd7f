#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "export/export.h"

namespace samatthana::exports {

Status WriteOutput(const std::string& path, const std::string& content) {
  if (path.empty() || path == "-") {
    std::cout << content;
    std::cout.flush();
    if (!std::cout) return Status::IoError({"<stdout>"}, "write failed");
    return Status::OK();
  }
  std::filesystem::path target(path);
  std::filesystem::path temp = target;
  temp += ".tmp-" + std::to_string(::getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IoError({path}, "cannot create the output file");
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) {
      out.close();
      std::filesystem::remove(temp);
      return Status::IoError({path}, "write failed (disk full?)");
    }
  }
  std::error_code ec;
  std::filesystem::rename(temp, target, ec);
  if (ec) {
    std::filesystem::remove(temp);
    return Status::IoError({path}, "cannot replace the output file: " + ec.message());
  }
  return Status::OK();
}

}  // namespace samatthana::exports
