#include "CommandGroup.h"

#include "CouponCommands.h"
#include "LoyaltyCommands.h"
#include "MigrateCommands.h"
#include "ReportCommands.h"
#include "ScannerCommands.h"

std::vector<std::unique_ptr<CommandGroup>> makeCommandGroups()
{
    std::vector<std::unique_ptr<CommandGroup>> groups;
    groups.push_back(std::make_unique<LoyaltyCommands>());
    groups.push_back(std::make_unique<ScannerCommands>());
    groups.push_back(std::make_unique<ReportCommands>());
    groups.push_back(std::make_unique<CouponCommands>());
    groups.push_back(std::make_unique<MigrateCommands>());
    return groups;
}
