#pragma once

#include "CommandGroup.h"

#include <QCoreApplication>

// `sale`, `refund`, `balance`, `points grant`, `program export|import` and `check`: the loyalty ledger from
// scripts and the terminal, answering in JSON.
class LoyaltyCommands final : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(LoyaltyCommands)

public:
    QStringList commands() const override;
    QStringList valueOptions() const override;
    QString help() const override;
    int run(CommandLine& cli, const QStringList& words, QTextStream& out, QTextStream& err) override;
};
