#include "CommandGroup.h"

#include "BackupCommands.h"
#include "CouponCommands.h"
#include "LoyaltyCommands.h"
#include "MigrateCommands.h"
#include "OfflineCommands.h"
#include "PersonalDataCommands.h"
#include "ReportCommands.h"
#include "ScannerCommands.h"
#include "ShopCommands.h"
#include "UserCommands.h"

std::vector<std::unique_ptr<CommandGroup>> makeCommandGroups()
{
    std::vector<std::unique_ptr<CommandGroup>> groups;
    groups.push_back(std::make_unique<LoyaltyCommands>());
    groups.push_back(std::make_unique<ScannerCommands>());
    groups.push_back(std::make_unique<ReportCommands>());
    groups.push_back(std::make_unique<CouponCommands>());
    groups.push_back(std::make_unique<UserCommands>());
    groups.push_back(std::make_unique<BackupCommands>());
    groups.push_back(std::make_unique<PersonalDataCommands>());
    groups.push_back(std::make_unique<MigrateCommands>());
    groups.push_back(std::make_unique<ShopCommands>());
    groups.push_back(std::make_unique<OfflineCommands>());
    return groups;
}
