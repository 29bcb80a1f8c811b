#pragma once

#include "OutboxReplay.h"
#include "TillCopy.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <memory>

class AccessPolicy;
struct CustomerDraft;
class Clock;
class CustomerDirectory;
class Database;
class OfflineTill;
class QAction;
class QLabel;
class QStatusBar;
class QToolButton;
class QWidget;
class ServerLink;

// A till of a server shop, for the main window: keeps this till's copy fresh while the server answers,
// serves searches and sales from the copy and the outbox while it does not (with a banner that says so),
// replays the outbox in a worker when the server is back, and tells the owner about conflicts.
class OfflineDesk : public QObject
{
    Q_OBJECT

public:
    OfflineDesk(Database& server, ServerLink& link, const Clock& clock, const AccessPolicy& access, QWidget* window);
    ~OfflineDesk() override;

    ServerLink& watch() { return m_watch; }
    // The counter's use-cases on the copy; nullptr when this computer has no copy it can open.
    OfflineTill* till() { return m_till.get(); }
    // Offline and able to serve from a copy.
    bool isOffline() const;
    // For a use-case that failed: true when the server is gone (the window goes offline).
    bool serverLost();
    // Where searches go: the copy while offline, else `online`.
    CustomerDirectory& directory(CustomerDirectory& online);

    QLabel* banner() const { return m_banner; }
    // "Conflicts after offline work…" (owner); the caller puts it in a menu.
    QAction* conflictsAction() const { return m_conflictsAction; }
    void addStatus(QStatusBar* bar);

    // A new customer enrolled on this till while offline: kept in the copy (found at once) and the outbox.
    Result<qint64> enrol(const CustomerDraft& draft);
    // The sale dialog on the copy for a customer found offline.
    void recordSale(qint64 customerId, QWidget* parent);
    void showConflicts(QWidget* parent);
    // Replays the outbox (when something waits) and refreshes the copy, in a worker.
    void syncInBackground();
    // Shows the banner and the conflicts note as they now are (also after a change of who is signed in).
    void updateStatus();

Q_SIGNALS:
    void offlineChanged(bool offline);
    // Something for the status bar: a replay's result, an offline sale.
    void message(const QString& text);

private:
    struct Sync
    {
        ReplaySummary replay;
        bool refreshed = false;
        TillCopy::Refresh refresh;
        qint64 unseen = 0;
        QString error;
    };
    static Sync sync(const QString& serverPath, const QString& copyFile);
    void synced();

    Database& m_server;
    const Clock& m_clock;
    const AccessPolicy& m_access;
    QWidget* m_window;
    ServerLink& m_watch;
    std::unique_ptr<TillCopy> m_copy;
    std::unique_ptr<OfflineTill> m_till;
    QString m_copyFile;
    QString m_copyProblem;
    QLabel* m_banner = nullptr;
    QAction* m_conflictsAction = nullptr;
    QPointer<QToolButton> m_conflictsNote;
    qint64 m_unseen = 0;
    QFutureWatcher<Sync> m_sync;
};
