#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include "Database.h"

#include <memory>

// The `regulars` command line: global options (--db, --lang, --help, --version) and commands that run
// without a window. Exit codes: 0 done, 1 the input or the data was refused (nothing changed), 2 usage error.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode
    {
        Success = 0,
        Refused = 1,
        UsageError = 2
    };

    explicit CommandLine(QStringList arguments);

    // True when the arguments ask for a command, help or the version rather than the window; decided
    // before any QApplication exists, so --help and --version work without a display.
    bool runsWithoutWindow() const;
    // The database path: --db, else the per-user default.
    QString databasePath() const;
    QString language() const;
    // --find: what the window searches for when it opens.
    QString initialSearch() const;
    static QString defaultDatabasePath();

    // Runs the command; needs a QCoreApplication.
    int run(QTextStream& out, QTextStream& err);

private:
    int customers(const QStringList& words, QTextStream& out, QTextStream& err);
    int customersFind(const QString& query, QTextStream& out, QTextStream& err);
    int customersImport(const QString& file, QTextStream& out, QTextStream& err);
    int customersExport(const QString& file, QTextStream& out, QTextStream& err);
    int demo(QTextStream& out, QTextStream& err);
    // Opens the database named by --db; prints why not and returns nullptr when it cannot.
    std::unique_ptr<Database> openDatabase(Database::OpenMode mode, QTextStream& err) const;
    QString helpText() const;
    QString option(const QString& name) const;
    bool flag(const QString& name) const;

    QStringList m_arguments;
    QStringList m_words;               // positional words: the command and its operands
    QHash<QString, QString> m_options; // --name value / --name=value
    QStringList m_flags;               // --name without a value
    QString m_parseError;
};
