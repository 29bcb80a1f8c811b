#pragma once

#include "CommandGroup.h"

#include <QCoreApplication>

// `regulars scanner listen`: reads a serial scanner and prints one JSON line per code, until SIGINT/SIGTERM.
class ScannerCommands final : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(ScannerCommands)

public:
    QStringList commands() const override;
    QStringList valueOptions() const override;
    QString help() const override;
    int run(CommandLine& cli, const QStringList& words, QTextStream& out, QTextStream& err) override;

private:
    int listen(CommandLine& cli, QTextStream& out, QTextStream& err);
};
