#pragma once

#include "Database.h"
#include "Result.h"
#include "TillCopyStore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <memory>

class Clock;

// The till's local SQLite file for a shop on a PostgreSQL server: a read copy of customers, balances,
// vouchers, coupons and the programme, refreshed while the server answers, and the outbox of work done
// while it does not. One file per server (in the data folder, owner-only), so a till that serves two
// shops keeps them apart.
class TillCopy
{
    Q_DECLARE_TR_FUNCTIONS(TillCopy)

public:
    struct Refresh
    {
        CopyCounts counts;
        qint64 elapsedMs = 0;
    };

    // Where this computer keeps the copy for a server URL: <data folder>/regulars/tills/<hash>.sqlite3.
    static QString defaultLocation(const QString& serverUrl);
    // Opens (or creates) the copy at `file` for the server `serverUrl`; refuses a copy of another server.
    static Result<std::unique_ptr<TillCopy>> open(const QString& file, const QString& serverUrl);
    // Opens the copy this computer keeps for `serverUrl`.
    static Result<std::unique_ptr<TillCopy>> openFor(const QString& serverUrl);

    Database& database() { return *m_db; }
    TillCopyStore& store() { return m_store; }
    QString server() const { return m_server; }
    // When the copy last matched the server; invalid when it never did (nothing to work offline from).
    QDateTime refreshedAt() const;

    // Replaces the copy with the server's data. Refused while the outbox still holds work: that goes to the
    // server first (OutboxReplay), so a refresh never hides a customer enrolled offline.
    Result<Refresh> refresh(Database& server, const Clock& clock);

private:
    TillCopy(std::unique_ptr<Database> db, QString server);

    std::unique_ptr<Database> m_db;
    TillCopyStore m_store;
    QString m_server;
};
