#include "ingest/text/text_decoder.h"

#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdio>
#include <memory>

namespace samatthana::ingest {
namespace {

// Offset of the first byte that is not well-formed UTF-8, or -1.
int64_t FirstInvalidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int64_t n = static_cast<int64_t>(s.size());
  int64_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    int32_t at = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(p, at, static_cast<int32_t>(n), c);
    if (c < 0) return i;
    i = at;
  }
  return -1;
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// Converts with ICU, stopping at the first byte sequence the charset does not
// define. Returns -1 on success, else the offset of the offending bytes.
int64_t ConvertStrict(std::string_view bytes, const char* charset, std::string* out) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(charset, &status));
  if (U_FAILURE(status)) return 0;
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  UConverter* utf8 = nullptr;
  std::unique_ptr<UConverter, ConverterCloser> to(utf8 = ucnv_open("UTF-8", &status));
  if (U_FAILURE(status)) return 0;

  out->clear();
  out->reserve(bytes.size() * 2);
  const char* source = bytes.data();
  const char* source_limit = bytes.data() + bytes.size();
  UChar pivot[4096];
  char target_buf[16384];
  while (true) {
    UChar* pivot_target = pivot;
    status = U_ZERO_ERROR;
    ucnv_toUnicode(conv.get(), &pivot_target, pivot + std::size(pivot), &source, source_limit,
                   nullptr, /*flush=*/true, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) {
      char bad[32];
      int8_t bad_len = sizeof(bad);
      UErrorCode ignored = U_ZERO_ERROR;
      ucnv_getInvalidChars(conv.get(), bad, &bad_len, &ignored);
      return static_cast<int64_t>(source - bytes.data()) - bad_len;
    }
    const UChar* pivot_source = pivot;
    while (pivot_source < pivot_target) {
      char* target = target_buf;
      UErrorCode st = U_ZERO_ERROR;
      ucnv_fromUnicode(to.get(), &target, target_buf + sizeof(target_buf), &pivot_source,
                       pivot_target, nullptr, false, &st);
      out->append(target_buf, static_cast<size_t>(target - target_buf));
      if (U_FAILURE(st) && st != U_BUFFER_OVERFLOW_ERROR) return 0;
    }
    if (status != U_BUFFER_OVERFLOW_ERROR) break;
  }
  return -1;
}

// Windows-874 (a superset of TIS-620) as a byte -> codepoint table built once
// from ICU's converter. ICU fills the bytes the code page leaves undefined
// with C1 controls or private-use codepoints; those are marked -1 here, so
// decoding can refuse them and name their offset.
const std::array<UChar32, 256>& Windows874Table() {
  static const std::array<UChar32, 256> table = [] {
    std::array<UChar32, 256> t{};
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open("windows-874", &status));
    for (int b = 0; b < 256; ++b) {
      t[b] = -1;
      if (U_FAILURE(status)) continue;
      char in = static_cast<char>(b);
      UChar out[4];
      UErrorCode st = U_ZERO_ERROR;
      int32_t n = ucnv_toUChars(conv.get(), out, 4, &in, 1, &st);
      if (U_FAILURE(st) || n != 1) continue;
      UChar32 c = out[0];
      bool undefined =
          (c >= 0x80 && c <= 0x9F) || (c >= 0xE000 && c <= 0xF8FF) || c == 0xFFFD || c == 0x1A;
      if (!undefined) t[b] = c;
    }
    return t;
  }();
  return table;
}

// Decodes Windows-874 strictly. Returns -1, or the offset of an undefined byte.
int64_t DecodeWindows874(std::string_view bytes, std::string* out) {
  const std::array<UChar32, 256>& table = Windows874Table();
  out->clear();
  out->reserve(bytes.size() * 3);
  for (size_t i = 0; i < bytes.size(); ++i) {
    UChar32 c = table[static_cast<unsigned char>(bytes[i])];
    if (c < 0) return static_cast<int64_t>(i);
    char buf[4];
    int32_t len = 0;
    U8_APPEND_UNSAFE(buf, len, c);
    out->append(buf, static_cast<size_t>(len));
  }
  return -1;
}

// Text never holds C0 controls other than tab, newline, carriage return and
// form feed; binary files almost always do.
int64_t FirstControl(std::string_view utf8) {
  for (size_t i = 0; i < utf8.size(); ++i) {
    auto c = static_cast<unsigned char>(utf8[i]);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
      return static_cast<int64_t>(i);
    }
  }
  return -1;
}

bool IsThaiAt(std::string_view s, size_t i) {
  // Thai letters are U+0E01-U+0E5B: UTF-8 E0 B8 81 .. E0 B9 9B.
  return i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE0 &&
         (static_cast<unsigned char>(s[i + 1]) == 0xB8 ||
          static_cast<unsigned char>(s[i + 1]) == 0xB9);
}

// Windows-874 has no U+25CF BLACK CIRCLE, the bullet of pasted Thai lists, so
// editors that save a catalogue as Windows-874 write '?' in its place. A '?'
// that stands before Thai text (after a space, a tag, Thai text or at a line
// start) is such a bullet: Thai prose does not put a question mark there.
void RestoreLostBullets(std::string* text) {
  std::string& s = *text;
  for (size_t i = s.find('?'); i != std::string::npos; i = s.find('?', i + 1)) {
    char before = i == 0 ? '\n' : s[i - 1];
    bool before_ok = before == '\n' || before == ' ' || before == '>' ||
                     (i >= 3 && IsThaiAt(s, i - 3)) || (i >= 2 && IsThaiAt(s, i - 2));
    size_t next = i + 1;
    while (next < s.size() && s[next] == ' ') ++next;
    bool after_ok = next >= s.size() || s[next] == '\r' || s[next] == '\n' || s[next] == '<' ||
                    IsThaiAt(s, next);
    if (before_ok && after_ok) s.replace(i, 1, "\u2022");
  }
}

Status Invalid(const std::string& file, int64_t offset, std::string_view bytes,
               const std::string& what) {
  char hex[8];
  std::snprintf(hex, sizeof(hex), "0x%02X",
                static_cast<unsigned>(static_cast<unsigned char>(bytes[offset])));
  return Status::InvalidInput({file, 0, 0, offset}, what + " (" + hex + ")");
}

}  // namespace

Result<DecodedText> DecodeText(std::string_view bytes, const std::string& file) {
  DecodedText out;
  if (bytes.size() >= 2 && (static_cast<unsigned char>(bytes[0]) == 0xFF ||
                            static_cast<unsigned char>(bytes[0]) == 0xFE)) {
    bool le = static_cast<unsigned char>(bytes[0]) == 0xFF &&
              static_cast<unsigned char>(bytes[1]) == 0xFE;
    bool be = static_cast<unsigned char>(bytes[0]) == 0xFE &&
              static_cast<unsigned char>(bytes[1]) == 0xFF;
    if (le || be) {
      out.encoding = le ? "UTF-16LE" : "UTF-16BE";
      std::string_view body = bytes.substr(2);
      int64_t bad = ConvertStrict(body, out.encoding.c_str(), &out.utf8);
      if (bad >= 0) {
        return Invalid(file, bad + 2, bytes, "invalid " + out.encoding + " text");
      }
      if (int64_t ctl = FirstControl(out.utf8); ctl >= 0) {
        return Status::InvalidInput(
            {file}, "binary data: " + out.encoding + " text holds a control character");
      }
      return out;
    }
  }

  std::string_view body = bytes;
  bool bom = bytes.substr(0, 3) == "\xEF\xBB\xBF";
  if (bom) body.remove_prefix(3);
  int64_t bad_utf8 = FirstInvalidUtf8(body);
  if (bad_utf8 < 0) {
    if (int64_t ctl = FirstControl(body); ctl >= 0) {
      return Invalid(file, ctl + (bom ? 3 : 0), bytes, "binary data: a control character");
    }
    out.encoding = "UTF-8";
    out.utf8.assign(body);
    return out;
  }
  if (bom) {
    return Invalid(file, bad_utf8 + 3, bytes, "invalid UTF-8 after a UTF-8 byte order mark");
  }

  // Windows-874 extends TIS-620 with a few punctuation marks in 0x80-0x9F, so
  // one strict pass reads both.
  int64_t bad_874 = DecodeWindows874(bytes, &out.utf8);
  if (bad_874 < 0) {
    if (int64_t ctl = FirstControl(bytes); ctl >= 0) {
      return Invalid(file, ctl, bytes, "binary data: a control character");
    }
    out.encoding = "windows-874";
    RestoreLostBullets(&out.utf8);
    return out;
  }
  // Report the candidate that read furthest: it is the likelier intent.
  int64_t offset = std::max(bad_utf8, bad_874);
  return Invalid(file, offset, bytes, "not text in UTF-8, UTF-16, TIS-620 or Windows-874");
}

}  // namespace samatthana::ingest
