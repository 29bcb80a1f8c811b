#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class Clock;
class Database;
class QWidget;

// Opens the shop's database for the window with a quick integrity check. A damaged file is never reset:
// the person is told, and offered the newest good backup (named, with its date and counts).
class StartupCheck
{
    Q_DECLARE_TR_FUNCTIONS(StartupCheck)

public:
    // The open database, or nullptr when it cannot be used (the person has been told why).
    static std::unique_ptr<Database> openShop(const QString& databasePath, const QString& backupFolder,
                                              const Clock& clock, QWidget* parent = nullptr);
    // Puts `backupPath` in place of the database (closed by the caller), tells the person how it went, and
    // records the restore once the database is open again. True when it was restored.
    static bool restore(const QString& databasePath, const QString& backupPath, const Clock& clock,
                        QWidget* parent = nullptr);
};
