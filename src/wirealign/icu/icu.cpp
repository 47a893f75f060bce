// ICU error handling and handle constructors.
#include "wirealign/icu/icu.h"

#include <unicode/utypes.h>

#include <limits>
#include <string>

#include "wirealign/core/error.h"

namespace wirealign::icu {

void check(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) throw Error(std::string("ICU error in ") + what + ": " + u_errorName(status));
}

std::int32_t checked_length(std::size_t n, const char* what) {
  if (n > static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max()))
    throw Error(std::string(what) + ": text too large for ICU (over 2 GiB)");
  return static_cast<std::int32_t>(n);
}

Converter open_converter(const char* name) {
  UErrorCode status = U_ZERO_ERROR;
  Converter c(ucnv_open(name, &status));
  if (U_FAILURE(status)) throw ConfigError(std::string("unknown encoding '") + name + "'");
  return c;
}

TextHandle open_utf8(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  TextHandle t(utext_openUTF8(nullptr, s.data(), checked_length(s.size(), "utext_openUTF8"), &status));
  check(status, "utext_openUTF8");
  return t;
}

}  // namespace wirealign::icu
