// ThaiTokenizer: an SQLite FTS5 tokenizer that splits text into words with
// ICU's dictionary-based word breaks. Thai is written without spaces, so
// FTS5's own tokenizers would index a whole phrase as one token and a search
// for any word inside it would find nothing. Registered as "thai" and used
// for the indexed text and for queries alike.
#ifndef SAMATTHANA_DB_THAI_TOKENIZER_H_
#define SAMATTHANA_DB_THAI_TOKENIZER_H_

#include <sqlite3.h>

#include <string>
#include <string_view>
#include <vector>

namespace samatthana::normalize {
class WordBreaker;
}

namespace samatthana::db {

// One token of a text: its key as indexed, and the bytes of the text it
// covers.
struct Token {
  std::string key;
  size_t begin = 0;
  size_t end = 0;
};

// Registers the "thai" tokenizer with the connection's FTS5 module. Must run
// on every connection that writes to or queries an FTS5 table using it.
int RegisterThaiTokenizer(sqlite3* db);

// The tokens the tokenizer produces for `text`: normalized words (NFC, legacy
// glyphs mapped, Thai digits as ASCII, Latin lower-cased). Spaces and
// punctuation are not tokens.
std::vector<std::string> ThaiTokens(std::string_view text);

// The tokens of catalogue text as it is stored (normalized when it was
// read), as the tokenizer indexes it.
std::vector<Token> StoredTextTokens(normalize::WordBreaker* breaker, std::string_view text);

}  // namespace samatthana::db

#endif  // SAMATTHANA_DB_THAI_TOKENIZER_H_
