#pragma once

#include "CommandGroup.h"

#include <QCoreApplication>

// `regulars migrate --from FILE.sqlite3 --to postgresql://…`: moves a shop from its file to a server.
class MigrateCommands final : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(MigrateCommands)

public:
    QStringList commands() const override;
    QStringList valueOptions() const override;
    QString help() const override;
    int run(CommandLine& cli, const QStringList& words, QTextStream& out, QTextStream& err) override;
};
