// The boundary with ICU: error codes turned into exceptions, and RAII handles for the C APIs we
// use. Only .cpp files include this header; ICU types stay out of the library's public headers.
#pragma once

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ulocdata.h>
#include <unicode/ures.h>
#include <unicode/uset.h>
#include <unicode/utext.h>
#include <unicode/utypes.h>

#include <cstddef>
#include <memory>
#include <string_view>

namespace wirealign::icu {

// Throws wirealign::Error naming `what` and the ICU error (u_errorName) if `status` is a failure.
void check(UErrorCode status, const char* what);

// Throws wirealign::Error if `n` does not fit ICU's int32 lengths.
std::int32_t checked_length(std::size_t n, const char* what);

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
// An owned ICU converter.
using Converter = std::unique_ptr<UConverter, ConverterCloser>;
// Opens the converter for `name` (an ICU converter name); throws if ICU does not know it.
Converter open_converter(const char* name);

struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};
// An owned ICU charset detector.
using Detector = std::unique_ptr<UCharsetDetector, DetectorCloser>;

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};
// An owned UText.
using TextHandle = std::unique_ptr<UText, UTextCloser>;
// A UText over UTF-8 bytes; `s` must outlive the handle.
TextHandle open_utf8(std::string_view s);

struct LocaleDataCloser {
  void operator()(ULocaleData* d) const { ulocdata_close(d); }
};
// An owned ULocaleData (quotation marks, exemplar sets of a locale).
using LocaleData = std::unique_ptr<ULocaleData, LocaleDataCloser>;

struct SetCloser {
  void operator()(USet* s) const { uset_close(s); }
};
// An owned USet.
using Set = std::unique_ptr<USet, SetCloser>;

struct ResourceCloser {
  void operator()(UResourceBundle* r) const { ures_close(r); }
};
// An owned resource bundle or resource.
using Resource = std::unique_ptr<UResourceBundle, ResourceCloser>;

}  // namespace wirealign::icu
