#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

// The command line's door: once a shop has users, a command that changes data needs the owner's password,
// from REGULARS_PASSWORD (scripts) or typed at the terminal without echo.
class OwnerPassword
{
    Q_DECLARE_TR_FUNCTIONS(OwnerPassword)

public:
    // Commands that only read (find, balance, report, check, list, listen, program export) never ask.
    static bool changesData(const QStringList& words);
    // True when the owner's password was given right, or the shop has no users (then `ownerName` is left
    // as it was). False after saying why on `err`.
    static bool check(const QString& databasePath, QString& ownerName, QTextStream& err);
    // A line typed at the terminal with echo off; empty when standard input is not a terminal.
    static QString readHidden(const QString& prompt, QTextStream& err);
};
