#include "db/thai_tokenizer.h"

#include <memory>

#include "db/tokens_ahead.h"
#include "normalize/normalize.h"
#include "normalize/word_breaker.h"

namespace samatthana::db {
namespace {

// The token as indexed: what a search for the same word, typed any way,
// reduces to as well. `word` comes from normalized text.
std::string TokenKey(std::string_view word) {
  std::string key = normalize::ThaiDigitsToAscii(word);
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return key;
}

// Calls `emit(token, begin, end)` for each word of `text`. Words are found in
// the normalized text (a split sara am would split a word). Stored catalogue
// text was normalized when it was read (`stored`): it is broken as it is and
// offsets point into it. For other text (a query) the offsets cover the
// whole text where normalizing changed it.
template <typename Emit>
int ForEachToken(normalize::WordBreaker* breaker, std::string_view text, bool stored, Emit emit) {
  std::string normalized = stored ? std::string(text) : normalize::NormalizeText(text);
  bool same = stored || normalized == text;
  for (const normalize::WordPiece& p : breaker->Split(normalized)) {
    if (!p.is_word) continue;
    std::string key = TokenKey(std::string_view(normalized).substr(p.begin, p.end - p.begin));
    if (key.empty()) continue;
    int rc = same ? emit(key, p.begin, p.end) : emit(key, 0, text.size());
    if (rc != SQLITE_OK) return rc;
  }
  return SQLITE_OK;
}

// One tokenizer instance per FTS5 table use; each owns its ICU iterator.
struct Instance {
  normalize::WordBreaker breaker;
};

int Create(void*, const char**, int, Fts5Tokenizer** out) {
  *out = reinterpret_cast<Fts5Tokenizer*>(new Instance());
  return SQLITE_OK;
}

void Delete(Fts5Tokenizer* t) { delete reinterpret_cast<Instance*>(t); }

int Tokenize(Fts5Tokenizer* t, void* ctx, int flags, const char* text, int size,
             int (*token)(void*, int, const char*, int, int, int)) {
  auto* self = reinterpret_cast<Instance*>(t);
  std::string_view view(text ? text : "", static_cast<size_t>(size > 0 ? size : 0));
  const bool stored = (flags & FTS5_TOKENIZE_DOCUMENT) != 0;
  // Stored text whose tokens were worked out ahead, on another core.
  if (TokensAhead* ahead = TokensAhead::Current(); stored && ahead != nullptr) {
    if (const std::vector<Token>* tokens = ahead->Find(view)) {
      for (const Token& tk : *tokens) {
        int rc = token(ctx, 0, tk.key.data(), static_cast<int>(tk.key.size()),
                       static_cast<int>(tk.begin), static_cast<int>(tk.end));
        if (rc != SQLITE_OK) return rc;
      }
      return SQLITE_OK;
    }
  }
  return ForEachToken(&self->breaker, view, stored,
                      [&](const std::string& key, size_t b, size_t e) {
                        return token(ctx, 0, key.data(), static_cast<int>(key.size()),
                                     static_cast<int>(b), static_cast<int>(e));
                      });
}

fts5_api* Fts5Api(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
    sqlite3_bind_pointer(stmt, 1, reinterpret_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
  }
  sqlite3_finalize(stmt);
  return api;
}

}  // namespace

int RegisterThaiTokenizer(sqlite3* db) {
  fts5_api* api = Fts5Api(db);
  if (api == nullptr) return SQLITE_ERROR;
  static fts5_tokenizer tokenizer = {Create, Delete, Tokenize};
  return api->xCreateTokenizer(api, "thai", nullptr, &tokenizer, nullptr);
}

std::vector<std::string> ThaiTokens(std::string_view text) {
  normalize::WordBreaker breaker;
  std::vector<std::string> out;
  ForEachToken(&breaker, text, /*stored=*/false, [&](const std::string& key, size_t, size_t) {
    out.push_back(key);
    return SQLITE_OK;
  });
  return out;
}

std::vector<Token> StoredTextTokens(normalize::WordBreaker* breaker, std::string_view text) {
  std::vector<Token> out;
  ForEachToken(breaker, text, /*stored=*/true, [&](const std::string& key, size_t b, size_t e) {
    out.push_back({key, b, e});
    return SQLITE_OK;
  });
  return out;
}

}  // namespace samatthana::db
