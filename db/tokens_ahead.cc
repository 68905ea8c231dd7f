#include "db/tokens_ahead.h"

namespace samatthana::db {
namespace {

TokensAhead*& CurrentOnThisThread() {
  thread_local TokensAhead* current = nullptr;
  return current;
}

}  // namespace

TokensAhead::TokensAhead(const std::vector<std::string_view>& texts)
    : outer_(CurrentOnThisThread()) {
  for (std::string_view t : texts) {
    if (index_.emplace(t, texts_.size()).second) texts_.push_back(t);
  }
  tokens_.resize(texts_.size());
  states_.assign(texts_.size(), State::kWaiting);
  CurrentOnThisThread() = this;
  worker_ = std::thread([this] { Work(); });
}

TokensAhead::~TokensAhead() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  worker_.join();
  CurrentOnThisThread() = outer_;
}

TokensAhead* TokensAhead::Current() { return CurrentOnThisThread(); }

bool TokensAhead::Claim(size_t k, std::unique_lock<std::mutex>* lock) {
  cv_.wait(*lock, [&] { return states_[k] != State::kWorking; });
  if (states_[k] == State::kDone) return false;
  states_[k] = State::kWorking;
  return true;
}

const std::vector<Token>* TokensAhead::Find(std::string_view text) {
  auto it = index_.find(text);
  if (it == index_.end()) return nullptr;
  const size_t k = it->second;
  std::unique_lock<std::mutex> lock(mu_);
  if (Claim(k, &lock)) {
    lock.unlock();
    if (!breaker_) breaker_ = std::make_unique<normalize::WordBreaker>();
    tokens_[k] = StoredTextTokens(breaker_.get(), texts_[k]);
    lock.lock();
    states_[k] = State::kDone;
    cv_.notify_all();
  }
  return &tokens_[k];
}

// Works from the last text back, while the writer asks from the first on:
// the two meet somewhere in the middle, and neither works out a text twice.
void TokensAhead::Work() {
  normalize::WordBreaker breaker;
  for (size_t k = texts_.size(); k-- > 0;) {
    {
      std::unique_lock<std::mutex> lock(mu_);
      if (stop_) return;
      if (states_[k] != State::kWaiting) continue;
      states_[k] = State::kWorking;
    }
    tokens_[k] = StoredTextTokens(&breaker, texts_[k]);
    {
      std::lock_guard<std::mutex> lock(mu_);
      states_[k] = State::kDone;
    }
    cv_.notify_all();
  }
}

}  // namespace samatthana::db
