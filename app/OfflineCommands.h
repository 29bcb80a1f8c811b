#pragma once

#include "CommandGroup.h"

#include <QCoreApplication>

// `enrol`, `outbox list|replay|refresh` and `conflicts list|seen`: a till of a server shop working while the
// server cannot be reached, from scripts and the terminal. `sale` (LoyaltyCommands) comes here when the
// server is out of reach.
class OfflineCommands final : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(OfflineCommands)

public:
    // The exit code of a sale or enrolment kept in the till's outbox because the server could not be reached.
    static constexpr int SavedOffline = 4;

    QStringList commands() const override;
    QStringList valueOptions() const override;
    QStringList flags() const override;
    QString help() const override;
    int run(CommandLine& cli, const QStringList& words, QTextStream& out, QTextStream& err) override;

    // `regulars sale …` on this till's copy and outbox; `why` says why the server was not used; `saleRef`
    // is the reference already given to the sale (else --ref, else a new one).
    static int offlineSale(CommandLine& cli, const QString& why, const QString& saleRef, QTextStream& out,
                           QTextStream& err);
    // A sale reference made before a sale is sent to a server, so a sale whose answer was lost with the
    // connection is the same sale in the outbox.
    static QString newSaleReference();
};
