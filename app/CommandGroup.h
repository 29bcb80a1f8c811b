#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

class CommandLine;

// One family of `regulars` commands (e.g. `sale`/`refund`, `scanner …`, `report …`), kept in its own file so
// each capability owns its command-line surface. CommandLine parses the global options, collects every
// group's options, and hands the words after the command name to the group that claims it.
class CommandGroup
{
public:
    virtual ~CommandGroup() = default;

    // The first words this group answers to, e.g. {"sale", "refund", "balance"}.
    virtual QStringList commands() const = 0;
    // Options that take a value (--name VALUE or --name=VALUE) and options that are plain flags.
    virtual QStringList valueOptions() const { return {}; }
    virtual QStringList flags() const { return {}; }
    // The group's part of `regulars --help`, already translated, ending with a newline.
    virtual QString help() const = 0;
    // True when the command paints (PDFs, images) and needs a QGuiApplication rather than a QCoreApplication.
    virtual bool needsGuiApplication(const QString& command) const
    {
        Q_UNUSED(command)
        return false;
    }
    // Runs `words` (words[0] is the command name); returns a CommandLine::ExitCode.
    virtual int run(CommandLine& cli, const QStringList& words, QTextStream& out, QTextStream& err) = 0;
};

// Every command group the application has; one line per group in CommandGroups.cpp.
std::vector<std::unique_ptr<CommandGroup>> makeCommandGroups();
