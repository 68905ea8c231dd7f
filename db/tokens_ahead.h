// TokensAhead: the search index's tokens of the texts a version is about to
// store, worked out on a second core while the records are written. ICU's
// dictionary word breaks are most of the cost of storing a version, and every
// text is known before the first row is written, so the work need not wait
// for SQLite to ask for it one row at a time.
#ifndef SAMATTHANA_DB_TOKENS_AHEAD_H_
#define SAMATTHANA_DB_TOKENS_AHEAD_H_

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

#include "db/thai_tokenizer.h"
#include "normalize/word_breaker.h"

namespace samatthana::db {

// While one is alive, the "thai" tokenizer called on the thread that made it
// takes the tokens of those texts from it. The texts must outlive it.
class TokensAhead {
 public:
  explicit TokensAhead(const std::vector<std::string_view>& texts);
  ~TokensAhead();
  TokensAhead(const TokensAhead&) = delete;
  TokensAhead& operator=(const TokensAhead&) = delete;

  // The tokens of `text` if it is one of the texts, else null. Tokens the
  // other thread has not reached are worked out here; tokens it is working
  // out are waited for.
  const std::vector<Token>* Find(std::string_view text);

  // The one alive on the calling thread, or null.
  static TokensAhead* Current();

 private:
  enum class State { kWaiting, kWorking, kDone };

  // Claims text `k` if nobody has; true if the caller is to work it out.
  bool Claim(size_t k, std::unique_lock<std::mutex>* lock);
  void Work();

  std::vector<std::string_view> texts_;  // each text once
  std::unordered_map<std::string_view, size_t> index_;
  std::vector<std::vector<Token>> tokens_;
  // The calling thread's, made the first time it has a text to work out.
  std::unique_ptr<normalize::WordBreaker> breaker_;
  std::mutex mu_;  // guards states_ and stop_
  std::condition_variable cv_;
  std::vector<State> states_;
  bool stop_ = false;
  TokensAhead* outer_;  // the one this replaces on its thread
  std::thread worker_;  // last: it starts once everything above is ready
};

}  // namespace samatthana::db

#endif  // SAMATTHANA_DB_TOKENS_AHEAD_H_
