// CASE 1.0 CFPackage export. Field names, required fields and LinkURI objects
// follow the 1EdTech CASE 1.0 REST/JSON binding (CFPckgDocument, CFPckgItem,
// CFPckgAssociation, LinkURI, UUID). Inside a package the document carries no
// CFPackageURI and items and associations no CFDocumentURI: the package
// itself says which document they belong to, and the binding's package types
// do not allow those fields.
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>

#include "export/export.h"
#include "export/uuid.h"
#include "model/record_code.h"

namespace samatthana::exports {
namespace {

using nlohmann::ordered_json;

// One end of a link: what a CASE LinkURI (or LinkGenURI) object names.
struct Node {
  std::string identifier;
  std::string uri;
  std::string title;
};

// The {title, identifier, uri} object CASE uses for every reference.
ordered_json Link(const Node& node) {
  return {{"title", node.title}, {"identifier", node.identifier}, {"uri", node.uri}};
}

// Spaces, including the no-break and zero-width ones that renderings put in or
// leave out, so they never change the document's identity.
bool IsBlank(char32_t c) {
  return c == 0x09 || c == 0x0a || c == 0x0b || c == 0x0c || c == 0x0d || c == 0x20 || c == 0x85 ||
         c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200b) || c == 0x2028 || c == 0x2029 ||
         c == 0x202f || c == 0x205f || c == 0x3000 || c == 0xfeff;
}

// `text` without any blank code point. Bytes that are not well-formed UTF-8
// are kept as they are.
std::string WithoutBlanks(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    unsigned char lead = static_cast<unsigned char>(text[i]);
    size_t length = 1;
    if ((lead & 0xe0) == 0xc0) {
      length = 2;
    } else if ((lead & 0xf0) == 0xe0) {
      length = 3;
    } else if ((lead & 0xf8) == 0xf0) {
      length = 4;
    }
    if (i + length > text.size()) length = 1;
    char32_t c = length == 1 ? lead : lead & (0x7f >> length);
    for (size_t k = 1; k < length; ++k) {
      c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3f);
    }
    if (!IsBlank(c)) out.append(text.substr(i, length));
    i += length;
  }
  return out;
}

// "Read by OCR (confidence 87%); check against the source." for a record's notes.
std::string OcrNote(double confidence) {
  return "Read by OCR (confidence " + std::to_string(std::lround(confidence)) +
         "%); check against the source.";
}

// Builds the CFItems and CFAssociations of one package in document order and
// remembers the first failure to derive an identifier.
class PackageWriter {
 public:
  PackageWriter(std::string base, std::string when)
      : base_(std::move(base)), when_(std::move(when)) {}

  // The identifier derived from `name`; empty (and status() fails) if SHA-1 failed.
  std::string Identifier(std::string_view name) {
    Result<Uuid> uuid = UuidV5(kSamatthanaNamespace, name);
    if (!uuid.ok()) {
      if (status_.ok()) status_ = uuid.status();
      return {};
    }
    return FormatUuid(*uuid);
  }

  // A node under `{base}/{collection}/{identifier}`.
  Node MakeNode(std::string identifier, std::string_view collection, std::string title) const {
    std::string uri = base_ + "/" + std::string(collection) + "/" + identifier;
    return {std::move(identifier), std::move(uri), std::move(title)};
  }

  void SetDocument(Node document) { document_ = std::move(document); }

  // Adds the CFItem for the record with `stable_id` (`fields` come after its
  // identifier and uri) and its isChildOf association to `parent`, placed
  // `sequence`-th among its siblings. Returns the item, to parent its children.
  Node AddItem(const std::string& stable_id, const std::string& code, const ordered_json& fields,
               const Node& parent, int sequence) {
    Node item = MakeNode(Identifier(stable_id), "CFItems", code);
    ordered_json json = {{"identifier", item.identifier}, {"uri", item.uri}};
    json.update(fields);
    json["language"] = "th";
    json["lastChangeDateTime"] = when_;
    items_.push_back(std::move(json));

    // Origin and destination identifiers, with the type between them, name the association.
    Node association = MakeNode(Identifier(item.identifier + ":isChildOf:" + parent.identifier),
                                "CFAssociations", "");
    associations_.push_back({{"identifier", association.identifier},
                             {"uri", association.uri},
                             {"associationType", "isChildOf"},
                             {"sequenceNumber", sequence},
                             {"originNodeURI", Link(item)},
                             {"destinationNodeURI", Link(parent)},
                             {"lastChangeDateTime", when_}});
    return item;
  }

  const Status& status() const { return status_; }
  ordered_json TakeItems() { return std::move(items_); }
  ordered_json TakeAssociations() { return std::move(associations_); }

 private:
  std::string base_;
  std::string when_;
  Node document_;
  ordered_json items_ = ordered_json::array();
  ordered_json associations_ = ordered_json::array();
  Status status_;
};

}  // namespace

Result<std::string> ToCase(const VersionInfo& version, const Catalogue& catalogue,
                           const CaseOptions& options) {
  std::string base = options.base_uri;
  if (!base.empty() && base.back() == '/') base.pop_back();
  const std::string& when = version.ingested_at;  // RFC 3339 UTC, e.g. 2026-11-25T18:04:48Z
  PackageWriter writer(base, when);

  // The title as written names the document; without its blanks it keys the
  // identifier, so every version and rendering of the catalogue shares it.
  const std::string title = catalogue.title.empty() ? version.label : catalogue.title;
  Node document = writer.MakeNode(writer.Identifier("CFDocument:" + WithoutBlanks(title)),
                                  "CFDocuments", title);
  writer.SetDocument(document);

  for (const Competency& c : catalogue.competencies) {
    // The source's own code where it gives one ("ACH"), else the position.
    const std::string c_code = c.code ? *c.code : CompetencyCode(c.ordinal);
    ordered_json c_fields = {{"fullStatement", c.name}};
    if (c.name_en) c_fields["alternativeLabel"] = *c.name_en;
    std::string notes = c.definition;
    // A record read by OCR says so where a reviewer looks: in its notes.
    if (c.confidence) notes += (notes.empty() ? "" : "\n") + OcrNote(*c.confidence);
    if (!notes.empty()) c_fields["notes"] = notes;
    c_fields["humanCodingScheme"] = c_code;
    c_fields["listEnumeration"] = std::to_string(c.ordinal);
    c_fields["CFItemType"] = "Competency";
    Node c_node = writer.AddItem(c.id, c_code, c_fields, document, c.ordinal);

    int level_sequence = 0;
    for (const Level& l : c.levels) {
      const std::string l_code = LevelCode(c_code, l.level);
      ordered_json l_fields = {{"fullStatement", l.title},
                               {"humanCodingScheme", l_code},
                               {"listEnumeration", std::to_string(l.level)},
                               {"CFItemType", "Competency Level"}};
      if (l.confidence) l_fields["notes"] = OcrNote(*l.confidence);
      Node l_node = writer.AddItem(l.id, l_code, l_fields, c_node, ++level_sequence);
      for (const Indicator& i : l.indicators) {
        const std::string i_code = IndicatorCode(l_code, i.ordinal);
        ordered_json i_fields = {{"fullStatement", i.text},
                                 {"humanCodingScheme", i_code},
                                 {"listEnumeration", std::to_string(i.ordinal)},
                                 {"CFItemType", "Indicator"}};
        if (i.confidence) i_fields["notes"] = OcrNote(*i.confidence);
        writer.AddItem(i.id, i_code, i_fields, l_node, i.ordinal);
      }
    }
  }
  if (!writer.status().ok()) return writer.status();

  std::string creator = std::filesystem::path(version.source.path).filename().string();
  if (creator.empty()) creator = title;
  ordered_json package;
  package["CFDocument"] = {
      {"identifier", document.identifier},
      {"uri", document.uri},
      // The model has no publisher field: the file the catalogue came from stands for its creator.
      {"creator", creator},
      {"title", title},
      {"lastChangeDateTime", when},
      {"language", "th"},
      {"version", version.label}};
  package["CFItems"] = writer.TakeItems();
  package["CFAssociations"] = writer.TakeAssociations();
  return package.dump(2) + "\n";
}

}  // namespace samatthana::exports
