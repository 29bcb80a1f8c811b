#pragma once

#include "CommandGroup.h"

#include <QCoreApplication>

// `regulars purchases import` (past sales, no points) and `regulars report NAME`.
class ReportCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)

public:
    QStringList commands() const override;
    QStringList valueOptions() const override;
    QString help() const override;
    int run(CommandLine& cli, const QStringList& words, QTextStream& out, QTextStream& err) override;

private:
    int importPurchases(CommandLine& cli, const QString& file, QTextStream& out, QTextStream& err);
    int report(CommandLine& cli, const QString& name, QTextStream& out, QTextStream& err);
};
