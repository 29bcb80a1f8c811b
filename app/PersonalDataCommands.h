#pragma once

#include "CommandGroup.h"

#include <QCoreApplication>

// `regulars customers export-personal|anonymise|lapsed`: a customer's personal data and the retention rule.
class PersonalDataCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(PersonalDataCommands)

public:
    QStringList commands() const override;
    QStringList valueOptions() const override;
    QString help() const override;
    bool needsGuiApplication(const QString& command) const override;
    int run(CommandLine& cli, const QStringList& words, QTextStream& out, QTextStream& err) override;
};
