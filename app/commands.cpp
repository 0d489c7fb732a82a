#include "commands.h"

namespace gardener::app {

std::vector<std::unique_ptr<cli::Command>> makeCommands()
{
    std::vector<std::unique_ptr<cli::Command>> commands;
    return commands;
}

} // namespace gardener::app
