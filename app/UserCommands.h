#pragma once

#include "CommandGroup.h"

#include <QCoreApplication>

// `regulars users add|list|reset-pin|disable`: the people who sign in (the owner's business only).
class UserCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(UserCommands)

public:
    QStringList commands() const override;
    QStringList valueOptions() const override;
    QStringList flags() const override;
    QString help() const override;
    int run(CommandLine& cli, const QStringList& words, QTextStream& out, QTextStream& err) override;
};
