// Reports: a DiffResult as JSON (the documented contract), as text for a
// terminal, as a Markdown change log, and as one self-contained HTML page.
#ifndef SAMATTHANA_DIFF_REPORT_H_
#define SAMATTHANA_DIFF_REPORT_H_

#include <string>

#include "diff/diff.h"

namespace samatthana::diff {

// {"old": {...}, "new": {...}, "summary": {...}, "changes": [...]}.
std::string ToJson(const DiffResult& result);

// Grouped by competency, with ordinals and levels; ANSI colours when `color`.
std::string ToText(const DiffResult& result, bool color);

// A change log a person can paste into a memo.
std::string ToMarkdown(const DiffResult& result);

// One page, no network and no external assets: inline CSS, a Thai font
// stack, a summary table and inline highlights of every change.
std::string ToHtml(const DiffResult& result);

// The report named by `format` ("text", "json", "markdown" or "html"; text
// for anything else), colour applying to text only.
std::string Report(const DiffResult& result, const std::string& format, bool color);

}  // namespace samatthana::diff

#endif  // SAMATTHANA_DIFF_REPORT_H_
