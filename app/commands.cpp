#include "app/commands.h"
#include "app/cli/clustercommand.h"
#include "app/cli/collectcommand.h"
#include "app/cli/generatecommand.h"
#include "app/cli/inspectcommand.h"
#include "app/cli/runcommand.h"
#include "app/cli/worklogcommand.h"

namespace gardener::app {

std::vector<std::unique_ptr<cli::Command>> makeCommands()
{
    std::vector<std::unique_ptr<cli::Command>> commands;
    commands.push_back(std::make_unique<cli::InspectCommand>());
    commands.push_back(std::make_unique<cli::ClusterCommand>());
    commands.push_back(std::make_unique<cli::CollectCommand>());
    commands.push_back(std::make_unique<cli::WorklogCommand>());
    commands.push_back(std::make_unique<cli::RunCommand>());
    commands.push_back(std::make_unique<cli::GenerateCommand>());
    return commands;
}

} // namespace gardener::app
