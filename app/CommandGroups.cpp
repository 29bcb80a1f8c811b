#include "CommandGroup.h"

std::vector<std::unique_ptr<CommandGroup>> makeCommandGroups()
{
    std::vector<std::unique_ptr<CommandGroup>> groups;
    return groups;
}
