#pragma once

#include "CommandGroup.h"
#include "Result.h"

#include <QCoreApplication>

// `coupons create|redeem|undo|list` and `print coupons|cards|stamp-cards|consent-form|receipt`: coupon
// campaigns and printed cards from scripts and the terminal.
class CouponCommands final : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(CouponCommands)

public:
    QStringList commands() const override;
    QStringList valueOptions() const override;
    QStringList flags() const override;
    QString help() const override;
    bool needsGuiApplication(const QString& command) const override;
    int run(CommandLine& cli, const QStringList& words, QTextStream& out, QTextStream& err) override;

private:
    int create(CommandLine& cli, const QStringList& words, class Database& db, class Coupons& coupons,
               QTextStream& out, QTextStream& err);
    // The customers of a personal campaign: --for QUERY… or --at-risk.
    Result<QList<qint64>> campaignCustomers(CommandLine& cli, const QStringList& words, class Database& db);
    int redeem(CommandLine& cli, const QStringList& words, class Database& db, class Coupons& coupons,
               QTextStream& out, QTextStream& err);
    int undo(CommandLine& cli, const QStringList& words, class Coupons& coupons, QTextStream& out,
             QTextStream& err);
    int list(class Coupons& coupons, QTextStream& out);
    int printCards(CommandLine& cli, const QStringList& words, class Database& db, QTextStream& out,
                   QTextStream& err);
    int printStampCards(CommandLine& cli, class Database& db, class LoyaltyLedger& ledger, QTextStream& out,
                        QTextStream& err);
    int printConsentForm(CommandLine& cli, class Database& db, QTextStream& out, QTextStream& err);
    int printReceipt(CommandLine& cli, class Database& db, const class LoyaltyLedger& ledger,
                     QTextStream& out, QTextStream& err);
    int printCoupons(CommandLine& cli, class Database& db, class Coupons& coupons, QTextStream& out,
                     QTextStream& err);
};
