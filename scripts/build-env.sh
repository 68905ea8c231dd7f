# Sourced by the scripts that build (not run on its own): the job count and
# ccache settings shared by every build directory.
#
# ccache keys on paths relative to the folder that holds the clone, and not on
# the build's working directory, so a fresh clone in another folder (a new CI
# workspace) still hits the cache of an earlier one.
repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(dirname "$repo_root")}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
# One job a core; SAMATTHANA_JOBS overrides it (a shared machine).
jobs=${SAMATTHANA_JOBS:-$(nproc 2>/dev/null || echo 2)}
# What build/ is built as: RelWithDebInfo for working on samatthana, Check
# (optimized, no debug info; CMakeLists.txt) where only the tests' verdict
# matters, as in CI. Both compile in batches (SAMATTHANA_UNITY=OFF: file by
# file, as an editor's language server sees them).
build_type=${SAMATTHANA_BUILD_TYPE:-RelWithDebInfo}
unity=${SAMATTHANA_UNITY:-ON}

# The one sanitizer build, build-asan/: clang with AddressSanitizer,
# UndefinedBehaviorSanitizer and libFuzzer's coverage, tests on, benchmarks
# off. scripts/test-sanitized runs the test suite from it, scripts/fuzz builds
# the libFuzzer targets in it. Unoptimized, with line tables for the stack
# traces: instrumenting optimized code would double its compile time.
configure_asan() {
  # A build-asan/ configured with another compiler is started afresh: CMake
  # keeps the first compiler it found.
  if [ -f build-asan/CMakeCache.txt ] &&
     ! grep -q '^CMAKE_CXX_COMPILER:.*clang++' build-asan/CMakeCache.txt; then
    rm -rf build-asan
  fi
  CXX=clang++ cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Check \
    -DCMAKE_CXX_FLAGS_CHECK="-O0 -gline-tables-only" -DSAMATTHANA_UNITY="$unity" \
    -DSAMATTHANA_WERROR=ON -DSAMATTHANA_FUZZ=ON -DSAMATTHANA_SANITIZE=address,undefined \
    -DSAMATTHANA_TESTS=ON -DSAMATTHANA_BENCH=OFF >/dev/null
}

# build-lint/: configured, never built, for its compile_commands.json, which
# clang-tidy reads: the sanitizer build's flags, file by file.
configure_lint() {
  CXX=clang++ cmake -S . -B build-lint -G Ninja -DCMAKE_BUILD_TYPE=Check \
    -DSAMATTHANA_UNITY=OFF -DSAMATTHANA_WERROR=ON -DSAMATTHANA_FUZZ=ON \
    -DSAMATTHANA_SANITIZE=address,undefined -DSAMATTHANA_TESTS=ON -DSAMATTHANA_BENCH=OFF >/dev/null
}

# How the sanitizers report: stop at the first error, with a stack trace;
# leaks inside system libraries are suppressed (scripts/lsan.supp).
export LSAN_OPTIONS="suppressions=$repo_root/scripts/lsan.supp"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
