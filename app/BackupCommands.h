#pragma once

#include "CommandGroup.h"

#include <QCoreApplication>

struct BackupContents;

// `regulars backup [--out FILE]` and `regulars restore FILE`.
class BackupCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommands)

public:
    QStringList commands() const override;
    QStringList valueOptions() const override;
    QStringList flags() const override;
    QString help() const override;
    int run(CommandLine& cli, const QStringList& words, QTextStream& out, QTextStream& err) override;

    // "12 customers, 340 sales, 512 ledger entries, 20 coupons" — shared with the window's confirmation.
    static QString describeCounts(const BackupContents& contents);

private:
    int backup(CommandLine& cli, QTextStream& out, QTextStream& err);
    int restore(CommandLine& cli, const QString& file, QTextStream& out, QTextStream& err);
};
