// Status: the outcome of an operation that can fail, carried across stage
// boundaries as a value. A failed Status names where the problem is (file,
// page, line or byte offset) and says what it is in one line, so the CLI can
// print it as is and exit.
#ifndef SAMATTHANA_BASE_STATUS_H_
#define SAMATTHANA_BASE_STATUS_H_

#include <cstdint>
#include <string>
#include <utility>

namespace samatthana {

// A place in a source file. Zero page/line and a negative offset mean "not known".
struct Location {
  std::string file;
  int page = 0;
  int line = 0;
  int64_t offset = -1;

  // "file", "file:12", "file: page 3", "file: page 3, line 4", "file: byte 17".
  std::string ToString() const;
  bool operator==(const Location&) const = default;
};

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidInput,  // the input is not a catalogue we can read (exit 1)
    kRefused,       // readable, but refused (e.g. --strict anomalies) (exit 1)
    kNotFound,      // a named version, label or file does not exist
    kIoError,       // reading or writing a file failed
    kDatabase,      // the catalogue database refused or failed
    kInternal,      // a bug: should never be seen
    kUsage,         // the command was given options that do not go together (exit 2)
  };

  Status() = default;  // OK

  static Status OK() { return Status(); }
  static Status InvalidInput(Location where, std::string message) {
    return Status(Code::kInvalidInput, std::move(where), std::move(message));
  }
  static Status Refused(Location where, std::string message) {
    return Status(Code::kRefused, std::move(where), std::move(message));
  }
  static Status NotFound(std::string message) {
    return Status(Code::kNotFound, Location{}, std::move(message));
  }
  static Status IoError(Location where, std::string message) {
    return Status(Code::kIoError, std::move(where), std::move(message));
  }
  static Status Database(Location where, std::string message) {
    return Status(Code::kDatabase, std::move(where), std::move(message));
  }
  static Status Usage(std::string message) {
    return Status(Code::kUsage, Location{}, std::move(message));
  }
  static Status Internal(std::string message) {
    return Status(Code::kInternal, Location{}, std::move(message));
  }
  // A status of any code, for code that carries statuses across a process
  // boundary. REQUIRES: code != kOk.
  static Status Of(Code code, Location where, std::string message) {
    return Status(code, std::move(where), std::move(message));
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const Location& location() const { return location_; }
  const std::string& message() const { return message_; }

  // One line: "<location>: <message>", or just the message when no location is known.
  std::string ToString() const;

 private:
  Status(Code code, Location where, std::string message)
      : code_(code), location_(std::move(where)), message_(std::move(message)) {}

  Code code_ = Code::kOk;
  Location location_;
  std::string message_;
};

// A warning found while reading an otherwise usable input: where and what.
struct Diagnostic {
  Location where;
  std::string message;

  std::string ToString() const;
  bool operator==(const Diagnostic&) const = default;
};

}  // namespace samatthana

#endif  // SAMATTHANA_BASE_STATUS_H_
