// Running the parts of one piece of work at once, one thread each.
//
//   wirealign::in_parallel(2, [&](std::size_t part) {
//     for (std::size_t i = n * part / 2; i < n * (part + 1) / 2; ++i) ...;   // half of the rows
//   });
#pragma once

#include <cstddef>
#include <thread>
#include <vector>

namespace wirealign {

// Calls work(0), ..., work(parts - 1) at once: part 0 on the calling thread, every other part on
// a thread of its own. Returns when every part has returned; with one part, it is a plain call.
template <typename Work>
void in_parallel(std::size_t parts, Work&& work) {
  std::vector<std::thread> helpers;
  for (std::size_t part = 1; part < parts; ++part)
    helpers.emplace_back([&work, part] { work(part); });
  if (parts > 0) work(std::size_t{0});
  for (std::thread& t : helpers) t.join();
}

}  // namespace wirealign
