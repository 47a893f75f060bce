// Command-line parsing shared by the subcommands.
#include <iostream>

#include "cli/commands.h"

namespace wirealign::cli {

bool parse_command_line(const std::string& command, const std::vector<std::string>& args,
                        const po::options_description& visible,
                        const po::options_description& hidden,
                        const po::positional_options_description& positional) {
  po::options_description all;
  all.add(visible).add(hidden);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    throw UsageError(command, e.what());
  }
  if (vm.count("help")) {
    std::cout << visible << '\n';
    return false;
  }
  return true;
}

}  // namespace wirealign::cli
