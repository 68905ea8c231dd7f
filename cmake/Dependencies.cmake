# System libraries, all from Debian 12. RE2 and Poppler ship only pkg-config
# files there, so everything is found the same way.
find_package(PkgConfig REQUIRED)
pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-uc icu-i18n)
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
pkg_check_modules(POPPLER_CPP REQUIRED IMPORTED_TARGET poppler-cpp)
# Poppler's core (libpoppler-private-dev): its text device, which poppler-cpp
# wraps without the page's drawings (see ingest/pdf_document.h).
pkg_check_modules(POPPLER REQUIRED IMPORTED_TARGET poppler)
# Poppler's core API is not stable: it changes from release to release, and
# a Poppler it was never built against fails with errors deep in
# ingest/pdf/pdf_document.cc. Say so in one line instead. The range is what
# the code is known to build with; SAMATTHANA_POPPLER_ANY=ON tries another.
set(SAMATTHANA_POPPLER_MIN 22.12)
set(SAMATTHANA_POPPLER_BELOW 23.0)
option(SAMATTHANA_POPPLER_ANY "Build against a Poppler outside the known range" OFF)
if(NOT SAMATTHANA_POPPLER_ANY AND (POPPLER_VERSION VERSION_LESS SAMATTHANA_POPPLER_MIN OR
                                   NOT POPPLER_VERSION VERSION_LESS SAMATTHANA_POPPLER_BELOW))
  message(FATAL_ERROR "Poppler ${POPPLER_VERSION} found; samatthana builds with Poppler "
                      "${SAMATTHANA_POPPLER_MIN} up to (not including) ${SAMATTHANA_POPPLER_BELOW} "
                      "(Debian 12's libpoppler-private-dev). Install that, or configure with "
                      "-DSAMATTHANA_POPPLER_ANY=ON to try this one.")
endif()
# FreeType (libfreetype-dev, which Poppler depends on): the glyph names,
# cmaps and outlines of the fonts a PDF embeds (ingest/pdf/font_truth.h).
pkg_check_modules(FREETYPE REQUIRED IMPORTED_TARGET freetype2)
# OCR of scanned pages: Tesseract's LSTM reader and Leptonica's image
# processing (its models come from tesseract-ocr-tha and tesseract-ocr-eng).
pkg_check_modules(TESSERACT REQUIRED IMPORTED_TARGET tesseract)
pkg_check_modules(LEPTONICA REQUIRED IMPORTED_TARGET lept)
pkg_check_modules(LIBXML2 REQUIRED IMPORTED_TARGET libxml-2.0)
# The zip container of .docx and .odt documents.
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)
pkg_check_modules(NETTLE REQUIRED IMPORTED_TARGET nettle)
# libcsv (RFC 4180 reading and writing) ships no pkg-config file.
find_path(LIBCSV_INCLUDE_DIR csv.h REQUIRED)
find_library(LIBCSV_LIBRARY csv REQUIRED)
add_library(libcsv::libcsv UNKNOWN IMPORTED)
set_target_properties(libcsv::libcsv PROPERTIES IMPORTED_LOCATION "${LIBCSV_LIBRARY}"
                      INTERFACE_INCLUDE_DIRECTORIES "${LIBCSV_INCLUDE_DIR}")
find_package(nlohmann_json 3 REQUIRED)
find_package(CLI11 REQUIRED)
if(SAMATTHANA_TESTS)
  find_package(GTest REQUIRED)
endif()

# Adds a library for one stage: samatthana_<name>, also reachable as samatthana::<name>.
function(samatthana_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(samatthana_${name} STATIC ${ARG_SOURCES})
  add_library(samatthana::${name} ALIAS samatthana_${name})
  target_include_directories(samatthana_${name} PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(samatthana_${name} PUBLIC ${ARG_DEPS})
endfunction()

# Adds one GoogleTest binary for a folder's unit tests (each test file sits
# beside the unit it tests): samatthana_tests(normalize_tests SOURCES a_test.cc
# b_test.cc DEPS samatthana::normalize). One binary a folder keeps the number
# of links, the slowest step of a cold build, small.
function(samatthana_tests name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  if(NOT SAMATTHANA_TESTS)
    return()
  endif()
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE
    SAMATTHANA_FIXTURES="${PROJECT_SOURCE_DIR}/fixtures"
    SAMATTHANA_BINARY="$<TARGET_FILE:samatthana>")
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 PROPERTIES LABELS unit)
endfunction()
