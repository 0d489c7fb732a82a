#pragma once

#include "app/cli/command.h"

#include <memory>
#include <vector>

namespace gardener::app {

// Every headless subcommand, in the order `loggardener --help` lists them.
std::vector<std::unique_ptr<cli::Command>> makeCommands();

} // namespace gardener::app
