#pragma once

#include "CommandGroup.h"
#include "LoyaltyLedger.h"
#include "Money.h"

#include <QCoreApplication>

#include <optional>

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

    // The sale `sale`'s options describe (amount, --redeem, --at, --ref, --till), for the server and for an
    // offline till alike; nullopt after saying on `err` which option is wrong (a usage error).
    static std::optional<SaleRequest> saleRequest(const CommandLine& cli, const Money& money,
                                                  QTextStream& err);
};
