#include "ingest/child_reader.h"

#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <new>
#include <thread>

#include "ingest/document_codec.h"

#if defined(__SANITIZE_ADDRESS__)
#define SAMATTHANA_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SAMATTHANA_SANITIZED 1
#endif
#endif

namespace samatthana::ingest {
namespace {

// Frames on the pipe from child to parent: a tag byte, a length, the bytes.
constexpr char kProgressFrame = 'P';
constexpr char kResultFrame = 'R';

bool WriteAll(int fd, const char* data, size_t size) {
  while (size > 0) {
    ssize_t n = ::write(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

bool SendFrame(int fd, char tag, const std::string& payload) {
  uint64_t size = payload.size();
  char head[1 + sizeof size];
  head[0] = tag;
  std::memcpy(head + 1, &size, sizeof size);
  return WriteAll(fd, head, sizeof head) && WriteAll(fd, payload.data(), payload.size());
}

double CpuSecondsUsed() {
  struct rusage usage {};
  ::getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
  };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// The child may use `stall` seconds of CPU on every core from now on; each
// step of progress grants as much again.
void GrantCpu(int stall_seconds) {
  unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  struct rlimit cpu {};
  cpu.rlim_cur = static_cast<rlim_t>(CpuSecondsUsed()) + static_cast<rlim_t>(stall_seconds) * cores;
  cpu.rlim_max = RLIM_INFINITY;
  ::setrlimit(RLIMIT_CPU, &cpu);
}

[[noreturn]] void RunChild(int fd, const ChildLimits& limits, const ChildWork& work) {
  ::signal(SIGPIPE, SIG_IGN);
#ifndef SAMATTHANA_SANITIZED
  if (limits.max_memory_bytes > 0) {
    struct rlimit memory {};
    memory.rlim_cur = memory.rlim_max = static_cast<rlim_t>(limits.max_memory_bytes);
    ::setrlimit(RLIMIT_AS, &memory);
  }
#endif
  GrantCpu(limits.stall_seconds);
  ProgressCallback progress = [&](const std::string&, int done, int total) {
    GrantCpu(limits.stall_seconds);
    SendFrame(fd, kProgressFrame, std::to_string(done) + " " + std::to_string(total));
  };
  std::string answer;
  try {
    Result<Document> doc = work(progress);
    answer = doc.ok() ? EncodeDocument(*doc) : EncodeStatus(doc.status());
  } catch (const std::bad_alloc&) {
    answer = EncodeStatus(Status::InvalidInput(
        {}, "needs more memory than the limit allows (raise it with --max-memory)"));
  }
  bool sent = SendFrame(fd, kResultFrame, answer);
  // _exit: no atexit handlers, and the parent's unflushed output is not
  // written a second time.
  ::_exit(sent ? 0 : 1);
}

std::string SignalName(int sig) {
  const char* name = ::strsignal(sig);
  return std::to_string(sig) + (name != nullptr ? std::string(": ") + name : "");
}

}  // namespace

Result<Document> ReadInChild(const std::string& file, const ChildLimits& limits,
                             const ChildWork& work, const ProgressCallback& progress,
                             const ParentWork& meanwhile) {
  int fds[2];
  if (::pipe(fds) != 0) {
    return Status::IoError({file}, "cannot start " + limits.reader + ": " + std::strerror(errno));
  }
  pid_t pid = ::fork();
  if (pid < 0) {
    int err = errno;
    ::close(fds[0]);
    ::close(fds[1]);
    return Status::IoError({file}, "cannot start " + limits.reader + ": " + std::strerror(err));
  }
  if (pid == 0) {
    ::close(fds[0]);
    RunChild(fds[1], limits, work);
  }
  ::close(fds[1]);
  const int in = fds[0];
  // The child's progress waits in the pipe meanwhile: a frame a page, far
  // less than the pipe holds.
  Status ours = meanwhile ? meanwhile() : Status::OK();

  using Clock = std::chrono::steady_clock;
  const auto stall = std::chrono::seconds(limits.stall_seconds);
  auto deadline = Clock::now() + stall;
  std::string buffer;  // bytes received and not yet taken as frames
  std::string result;
  bool have_result = false;
  bool timed_out = false;
  char chunk[1 << 16];
  for (;;) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    if (left.count() <= 0) {
      timed_out = true;
      ::kill(pid, SIGKILL);
      break;
    }
    struct pollfd p {
      in, POLLIN, 0
    };
    int ready = ::poll(&p, 1, static_cast<int>(std::min<int64_t>(left.count(), 1000)));
    if (ready < 0 && errno != EINTR) break;
    if (ready <= 0) continue;
    ssize_t n = ::read(in, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;  // the child closed its end: it has finished or died
    buffer.append(chunk, static_cast<size_t>(n));
    // Take every whole frame.
    constexpr size_t kHead = 1 + sizeof(uint64_t);
    while (buffer.size() >= kHead) {
      uint64_t size;
      std::memcpy(&size, buffer.data() + 1, sizeof size);
      if (buffer.size() - kHead < size) break;
      std::string payload = buffer.substr(kHead, size);
      char tag = buffer[0];
      buffer.erase(0, kHead + size);
      deadline = Clock::now() + stall;
      if (tag == kProgressFrame) {
        int done = 0, total = 0;
        if (std::sscanf(payload.c_str(), "%d %d", &done, &total) == 2 && progress) {
          progress(file, done, total);
        }
      } else if (tag == kResultFrame) {
        result = std::move(payload);
        have_result = true;
      }
    }
  }
  ::close(in);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!ours.ok()) return ours;
  if (have_result) return DecodeDocument(result);
  const std::string hostile = " (a damaged or hostile file)";
  bool cpu_exceeded = WIFSIGNALED(status) && WTERMSIG(status) == SIGXCPU;
  if (timed_out || cpu_exceeded) {
    return Status::InvalidInput({file}, limits.reader + " did not finish in " +
                                            std::to_string(limits.stall_seconds) + " s" + hostile);
  }
  if (WIFSIGNALED(status)) {
    return Status::InvalidInput(
        {file}, limits.reader + " crashed (signal " + SignalName(WTERMSIG(status)) + ")" + hostile);
  }
  return Status::InvalidInput({file}, limits.reader + " stopped without an answer (exit status " +
                                          std::to_string(WEXITSTATUS(status)) + ")" + hostile);
}

}  // namespace samatthana::ingest
