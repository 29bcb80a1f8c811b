#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include "AccessPolicy.h"
#include "CommandGroup.h"
#include "Database.h"

#include <memory>

// The `regulars` command line: global options (--db, --lang, --help, --version) and commands that run
// without a window. Exit codes: 0 done, 1 the input or the data was refused (nothing changed), 2 usage error,
// 3 the owner's password was needed and missing or wrong (nothing changed).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode
    {
        Success = 0,
        Refused = 1,
        UsageError = 2,
        PasswordRefused = 3
    };

    explicit CommandLine(QStringList arguments);
    ~CommandLine();
    CommandLine(const CommandLine&) = delete;
    CommandLine& operator=(const CommandLine&) = delete;

    // True when the arguments ask for a command, help or the version rather than the window; decided
    // before any QApplication exists, so --help and --version work without a display.
    bool runsWithoutWindow() const;
    // The database path: --db, else the per-user default.
    QString databasePath() const;
    QString language() const;
    // --find: what the window searches for when it opens.
    QString initialSearch() const;
    static QString defaultDatabasePath();

    // True when the command paints (PDF output) and so needs a QGuiApplication.
    bool needsGuiApplication() const;
    // Runs the command; needs a QCoreApplication (a QGuiApplication when needsGuiApplication()).
    int run(QTextStream& out, QTextStream& err);

    // For command groups: the value of --name ("" when absent), whether --name was given, and the database.
    QString option(const QString& name) const;
    bool flag(const QString& name) const;
    bool hasOption(const QString& name) const;
    // Opens the database named by --db; prints why not and returns nullptr when it cannot.
    std::unique_ptr<Database> openDatabase(Database::OpenMode mode, QTextStream& err) const;
    // Who runs the command: the owner, once their password was checked, or the person at the computer of a
    // shop without users.
    const AccessPolicy& access() const;

private:
    int customers(const QStringList& words, QTextStream& out, QTextStream& err);
    int customersFind(const QString& query, QTextStream& out, QTextStream& err);
    int customersImport(const QString& file, QTextStream& out, QTextStream& err);
    int customersExport(const QString& file, QTextStream& out, QTextStream& err);
    int demo(QTextStream& out, QTextStream& err);
    QString helpText() const;
    CommandGroup* groupFor(const QString& command) const;
    QString subcommandName() const;
    CommandGroup* subcommandGroupFor() const;

    QStringList m_arguments;
    QStringList m_words;               // positional words: the command and its operands
    QHash<QString, QString> m_options; // --name value / --name=value
    QStringList m_flags;               // --name without a value
    QString m_parseError;
    std::vector<std::unique_ptr<CommandGroup>> m_groups;
    std::unique_ptr<AccessPolicy> m_access;
};
