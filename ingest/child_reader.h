// ChildReader: reads an untrusted file in a child process, the way Apache
// Tika's ForkParser does. A PDF can make Poppler loop forever (a form-field
// tree whose kids repeat, 2^40 nodes in 2.5 KB) or crash; no callback of
// ours runs inside that loop, so no bound we check can stop it. In a child
// with limits on CPU time and memory, the loop or crash ends the child, and
// this process turns it into one clear error.
#ifndef SAMATTHANA_INGEST_CHILD_READER_H_
#define SAMATTHANA_INGEST_CHILD_READER_H_

#include <cstdint>
#include <functional>
#include <string>

#include "base/result.h"
#include "ingest/document.h"

namespace samatthana::ingest {

struct ChildLimits {
  // What the reader is called in messages ("the PDF reader").
  std::string reader = "the reader";
  // The longest the reader may go without progress: opening the file, then
  // each page (wall clock, and CPU time on every core).
  int stall_seconds = 30;
  // The most memory the child may map; 0: no limit. (Not applied in
  // sanitizer builds, which map terabytes of shadow memory.)
  uint64_t max_memory_bytes = 0;
};

// The work done in the child: reads the file into a Document, calling
// `progress` after each page.
using ChildWork = std::function<Result<Document>(const ProgressCallback& progress)>;

// Work this process does while the child reads (hashing the file, say), so
// the two overlap on two cores. Its failure is the read's failure.
using ParentWork = std::function<Status()>;

// Runs `work` in a child process and returns what it returned. The child's
// progress reaches `progress` (may be empty) in this process. `meanwhile`
// (may be empty) runs here as soon as the child has started. A child that
// goes past its limits, crashes or dies is an InvalidInput status naming
// `file`. REQUIRES: called from a single-threaded moment of this process
// (fork copies only the calling thread).
Result<Document> ReadInChild(const std::string& file, const ChildLimits& limits,
                             const ChildWork& work, const ProgressCallback& progress,
                             const ParentWork& meanwhile = {});

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_CHILD_READER_H_
