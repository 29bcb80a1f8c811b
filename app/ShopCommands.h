#pragma once

#include "CommandGroup.h"

#include <QCoreApplication>

// `regulars shops list|add|rename` and `regulars tills list|assign`: a chain's shops and where each till is.
class ShopCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(ShopCommands)

public:
    QStringList commands() const override;
    QStringList valueOptions() const override;
    QString help() const override;
    int run(CommandLine& cli, const QStringList& words, QTextStream& out, QTextStream& err) override;
};
