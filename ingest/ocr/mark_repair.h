// MarkRepair: restores Thai marks that OCR left out. Tesseract's Thai model
// drops marks stacked above others (ที่ read as ที) and small marks on
// their own; the page still shows them. A mark is restored only where both
// kinds of evidence agree: the page has ink above a letter that no mark
// read there accounts for, and exactly one mark in that place makes the
// text around it a word of ICU's Thai dictionary. Anything less certain is
// left as read and counted, so the line's confidence says so.
//
// A mark Tesseract read but doubted is judged the same way: when its own
// alternatives for the symbol include exactly one that makes a dictionary
// word where the reading made none, the alternative is taken.
#ifndef SAMATTHANA_INGEST_OCR_MARK_REPAIR_H_
#define SAMATTHANA_INGEST_OCR_MARK_REPAIR_H_

#include <string>
#include <vector>

#include "ingest/ocr/thai_dictionary.h"

namespace samatthana::ingest {

// One base character and the marks read on it, with what the page shows.
struct MarkCluster {
  std::u32string text = {};  // the base, then its marks in typing order
  // Blobs of ink above the letters over this base that the marks read do
  // not account for.
  int unread_above = 0;
  // Tesseract's other readings of a mark in `text` (the mark's index in
  // `text`, and the alternatives), when it had any.
  size_t doubted_mark = std::u32string::npos;
  std::vector<char32_t> alternatives = {};
  bool uncertain = false;  // set by the repair: evidence it could not resolve
};

struct MarkRepairCount {
  int restored = 0;   // marks added or replaced
  int uncertain = 0;  // clusters left as read despite evidence of a missing mark
};

// Repairs the clusters of one line of text in place (a run of clusters with
// no spaces between words, or with them: spaces are clusters of their own).
MarkRepairCount RepairMarks(const ThaiDictionary& dictionary, std::vector<MarkCluster>* clusters);

// The line's text as one string, with sara am composed (NIKHAHIT + SARA AA
// read as two symbols) as the dictionary spells it.
std::u32string JoinClusters(const std::vector<MarkCluster>& clusters, size_t begin, size_t end);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_OCR_MARK_REPAIR_H_
