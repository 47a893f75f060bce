// Test support: catching one kind of exception to inspect it.
#pragma once

#include <optional>

namespace wirealign::testing {

// The exception of type E that `f` throws, or nullopt if it returns. Other exceptions propagate
// and fail the test.
template <typename E, typename F>
std::optional<E> error_of(F f) {
  try {
    f();
  } catch (const E& e) {
    return e;
  }
  return std::nullopt;
}

}  // namespace wirealign::testing
