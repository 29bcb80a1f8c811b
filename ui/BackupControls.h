#pragma once

#include "Backups.h"
#include "Result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

class AccessPolicy;
class Clock;
class QLabel;
class QMenu;
class QStatusBar;
class QTimer;
class QWidget;

// The window's backups: automatic ones (at start when the last is over a day old, then checked hourly), made
// in a worker thread on its own connection so the window never waits; "Back up now", the backup folder, the
// restore (owner) with its confirmation; and the last good backup in the status bar.
class BackupControls : public QObject
{
    Q_OBJECT

public:
    BackupControls(QString databasePath, const Clock& clock, const AccessPolicy& access, QWidget* window);
    ~BackupControls() override;

    void addActions(QMenu* menu);
    void addStatus(QStatusBar* bar);
    QLabel* statusLabel() const { return m_status; }
    Backups backups() const;
    bool isRunning() const { return m_watcher.isRunning(); }
    // Blocks until a running backup has finished (closing the window, tests).
    void waitForBackup();

public Q_SLOTS:
    // Automatic backups from now on: one now if the last is over a day old, then checked every hour.
    void startAutomatic();
    // Starts a backup if the last one is over a day old.
    void backUpIfDue();
    void backUpNow();
    void chooseFolder();
    // Asks for a backup file, shows its date and counts and, once confirmed, asks for the restore.
    void chooseRestore();
    // Shows `file`'s date and counts; on confirmation emits restoreRequested.
    void confirmRestore(const QString& file);
    void showStatus();

Q_SIGNALS:
    void backupFinished(bool ok, const QString& message);
    // The window must close the database and put `file` in its place.
    void restoreRequested(const QString& file);

private:
    void start(bool announce);
    void finished();

    QString m_databasePath;
    const Clock& m_clock;
    const AccessPolicy& m_access;
    QWidget* m_window;
    QLabel* m_status = nullptr;
    QTimer* m_hourly = nullptr;
    QFutureWatcher<Result<BackupFile>> m_watcher;
    bool m_announce = false; // a backup the person asked for says when it is done
};
