#include "ingest/document_codec.h"

#include <cstdint>
#include <cstring>

namespace samatthana::ingest {
namespace {

constexpr char kDocumentTag = 'D';
constexpr char kStatusTag = 'S';

class Writer {
 public:
  void Int(int64_t v) { out_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void Float(float v) { out_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void Bool(bool v) { out_.push_back(v ? 1 : 0); }
  void Str(std::string_view s) {
    Int(static_cast<int64_t>(s.size()));
    out_.append(s);
  }
  void Tag(char t) { out_.push_back(t); }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

// Reads what Writer wrote; any read past the end marks the reader failed,
// and every later read yields zeros.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool AtEnd() const { return at_ == in_.size(); }
  int64_t Int() {
    int64_t v = 0;
    if (Take(sizeof v)) std::memcpy(&v, in_.data() + at_ - sizeof v, sizeof v);
    return v;
  }
  int Int32() { return static_cast<int>(Int()); }
  float Float() {
    float v = 0;
    if (Take(sizeof v)) std::memcpy(&v, in_.data() + at_ - sizeof v, sizeof v);
    return v;
  }
  bool Bool() { return Take(1) && in_[at_ - 1] != 0; }
  char Tag() { return Take(1) ? in_[at_ - 1] : '\0'; }
  std::string Str() {
    int64_t n = Int();
    if (n < 0 || static_cast<uint64_t>(n) > in_.size() - at_) {
      ok_ = false;
      return {};
    }
    std::string s(in_.substr(at_, static_cast<size_t>(n)));
    at_ += static_cast<size_t>(n);
    return s;
  }
  // A count of things still to come, each at least `min_bytes` long.
  size_t Count(size_t min_bytes) {
    int64_t n = Int();
    if (n < 0 || static_cast<uint64_t>(n) > (in_.size() - at_) / min_bytes) {
      ok_ = false;
      return 0;
    }
    return static_cast<size_t>(n);
  }

 private:
  bool Take(size_t n) {
    if (!ok_ || in_.size() - at_ < n) {
      ok_ = false;
      return false;
    }
    at_ += n;
    return true;
  }
  std::string_view in_;
  size_t at_ = 0;
  bool ok_ = true;
};

void PutLocation(const Location& l, Writer* w) {
  w->Str(l.file);
  w->Int(l.page);
  w->Int(l.line);
  w->Int(l.offset);
}

Location GetLocation(Reader* r) {
  Location l;
  l.file = r->Str();
  l.page = r->Int32();
  l.line = r->Int32();
  l.offset = r->Int();
  return l;
}

void PutLine(const Line& l, Writer* w) {
  w->Str(l.text);
  w->Int(l.line);
  w->Int(l.page);
  w->Bool(l.starts_item);
  w->Bool(l.continues);
  w->Bool(l.join_tight);
  w->Bool(l.after_gap);
  w->Bool(l.style.heading);
  w->Bool(l.style.bold);
  w->Bool(l.style.centered);
  w->Int(l.table);
  w->Float(l.confidence);
  w->Bool(l.repaired);
}

Line GetLine(Reader* r) {
  Line l;
  l.text = r->Str();
  l.line = r->Int32();
  l.page = r->Int32();
  l.starts_item = r->Bool();
  l.continues = r->Bool();
  l.join_tight = r->Bool();
  l.after_gap = r->Bool();
  l.style.heading = r->Bool();
  l.style.bold = r->Bool();
  l.style.centered = r->Bool();
  l.table = r->Int32();
  l.confidence = r->Float();
  l.repaired = r->Bool();
  return l;
}

constexpr size_t kMinLineBytes = size_t{8} * 4;

void PutLines(const std::vector<Line>& lines, Writer* w) {
  w->Int(static_cast<int64_t>(lines.size()));
  for (const Line& l : lines) PutLine(l, w);
}

std::vector<Line> GetLines(Reader* r) {
  std::vector<Line> lines(r->Count(kMinLineBytes));
  for (Line& l : lines) l = GetLine(r);
  return lines;
}

}  // namespace

std::string EncodeDocument(const Document& doc) {
  Writer w;
  w.Tag(kDocumentTag);
  w.Str(doc.path);
  w.Int(static_cast<int64_t>(doc.format));
  w.Str(doc.encoding);
  w.Str(doc.sha256);
  w.Int(static_cast<int64_t>(doc.size));
  w.Int(doc.pages);
  w.Int(doc.ocr_pages);
  PutLines(doc.lines, &w);
  w.Int(static_cast<int64_t>(doc.tables.size()));
  for (const Table& t : doc.tables) {
    w.Int(t.rows);
    w.Int(t.columns);
    w.Int(t.line);
    w.Int(t.page);
    w.Int(static_cast<int64_t>(t.cells.size()));
    for (const TableCell& c : t.cells) {
      w.Int(c.row);
      w.Int(c.column);
      w.Int(c.row_span);
      w.Int(c.column_span);
      w.Bool(c.header);
      PutLines(c.lines, &w);
    }
  }
  w.Int(static_cast<int64_t>(doc.unreadable_pages.size()));
  for (int page : doc.unreadable_pages) w.Int(page);
  w.Int(static_cast<int64_t>(doc.warnings.size()));
  for (const Diagnostic& d : doc.warnings) {
    PutLocation(d.where, &w);
    w.Str(d.message);
  }
  return w.Take();
}

std::string EncodeStatus(const Status& status) {
  Writer w;
  w.Tag(kStatusTag);
  w.Int(static_cast<int64_t>(status.code()));
  PutLocation(status.location(), &w);
  w.Str(status.message());
  return w.Take();
}

Result<Document> DecodeDocument(std::string_view bytes) {
  Reader r(bytes);
  const Status broken = Status::Internal("the reader's answer was cut short or garbled");
  char tag = r.Tag();
  if (tag == kStatusTag) {
    int64_t code = r.Int();
    Location where = GetLocation(&r);
    std::string message = r.Str();
    bool known = code > static_cast<int64_t>(Status::Code::kOk) &&
                 code <= static_cast<int64_t>(Status::Code::kUsage);
    if (!r.ok() || !r.AtEnd() || !known) return broken;
    return Status::Of(static_cast<Status::Code>(code), std::move(where), std::move(message));
  }
  if (tag != kDocumentTag) return broken;
  Document doc;
  doc.path = r.Str();
  doc.format = static_cast<Format>(r.Int());
  doc.encoding = r.Str();
  doc.sha256 = r.Str();
  doc.size = static_cast<uint64_t>(r.Int());
  doc.pages = r.Int32();
  doc.ocr_pages = r.Int32();
  doc.lines = GetLines(&r);
  doc.tables.resize(r.Count(size_t{5} * 8));
  for (Table& t : doc.tables) {
    t.rows = r.Int32();
    t.columns = r.Int32();
    t.line = r.Int32();
    t.page = r.Int32();
    t.cells.resize(r.Count(size_t{5} * 8));
    for (TableCell& c : t.cells) {
      c.row = r.Int32();
      c.column = r.Int32();
      c.row_span = r.Int32();
      c.column_span = r.Int32();
      c.header = r.Bool();
      c.lines = GetLines(&r);
    }
  }
  doc.unreadable_pages.resize(r.Count(8));
  for (int& page : doc.unreadable_pages) page = r.Int32();
  doc.warnings.resize(r.Count(size_t{5} * 8));
  for (Diagnostic& d : doc.warnings) {
    d.where = GetLocation(&r);
    d.message = r.Str();
  }
  if (!r.ok() || !r.AtEnd()) return broken;
  return doc;
}

}  // namespace samatthana::ingest
