// Result<T>: a value or the Status that explains why there is none.
#ifndef SAMATTHANA_BASE_RESULT_H_
#define SAMATTHANA_BASE_RESULT_H_

#include <cassert>
#include <utility>
#include <variant>

#include "base/status.h"

namespace samatthana {

template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}        // NOLINT: implicit by design
  Result(Status status) : state_(std::move(status)) {  // NOLINT: implicit by design
    assert(!std::get<Status>(state_).ok());
  }

  bool ok() const { return std::holds_alternative<T>(state_); }

  // REQUIRES: !ok()
  const Status& status() const { return std::get<Status>(state_); }

  // REQUIRES: ok()
  T& value() & { return std::get<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }

  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> state_;
};

}  // namespace samatthana

#endif  // SAMATTHANA_BASE_RESULT_H_
