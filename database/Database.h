#pragma once

#include "PreparedQuery.h"
#include "Result.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QSqlError;
class QSqlQuery;

// One open Regulars database: a SQLite file set up for safety (WAL, foreign keys, synchronous FULL, busy
// timeout) or a PostgreSQL database named by a postgresql:// URL, whose schema has been brought to the
// version this build knows.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode
    {
        CreateIfMissing,
        MustExist
    };

    // 'R','G','L','R': marks a SQLite file as ours, so we never migrate somebody else's database.
    static constexpr int ApplicationId = 0x52474C52;

    // Asked for a server's password when neither PGPASSWORD nor ~/.pgpass gave one, and again after the
    // server refused one (`refusal` is then its message, else empty); nullopt: the person gave up.
    using PasswordPrompt =
        std::function<std::optional<QString>(const QString& server, const QString& refusal)>;
    static void setPasswordPrompt(PasswordPrompt prompt);
    // The password this process connects to a server with, when one came from the URL or a prompt (kept in
    // memory only, so later connections and pg_dump need not ask); empty: libpq finds its own.
    static QString serverPassword(const QString& location);
    // Whether a --db value names a PostgreSQL database rather than a file.
    static bool isServerLocation(const QString& location);

    // `path` is a file path or postgresql://user@host:port/dbname?sslmode=...
    static Result<std::unique_ptr<Database>> open(const QString& path,
                                                  OpenMode mode = OpenMode::CreateIfMissing);
    // Opens and migrates only up to 'version'; used to build fixtures of older databases.
    static Result<std::unique_ptr<Database>> openAtVersion(const QString& path, int version);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    // The file path or the server URL (never with a password), as given to open().
    QString path() const { return m_path; }
    const SqlDialect& dialect() const { return m_dialect; }
    // Something the owner should know about where the shop is kept (a file on a network folder); empty if
    // not.
    QString warning() const { return m_warning; }
    int schemaVersion() const;

    // Runs a statement that returns nothing; the error text is for logs, wrapped by callers.
    Result<void> exec(const QString& sql);
    // Executes an INSERT prepared from dialect().returningId(...) and gives the new row's id; Duplicate when
    // a UNIQUE constraint refused the row. On PostgreSQL the refusal is ON CONFLICT DO NOTHING, so the
    // transaction goes on after it as it does on SQLite (an error would abort the whole transaction there).
    Result<qint64> insertReturningId(QSqlQuery& query);
    // Called on the connection's thread when a statement failed because the server went away (a write that
    // could not begin or commit); ServerLink uses it to start reconnecting at once.
    using ConnectionLostHandler = std::function<void()>;
    void setConnectionLostHandler(ConnectionLostHandler handler) { m_connectionLost = std::move(handler); }
    // Tells the handler when `error` says the connection is gone; true then.
    bool noticeError(const QSqlError& error);
    // Opens the server connection again after the server came back (nothing to do for a file).
    Result<void> reconnect();
    // Opens a second, short-lived connection to the same server on the calling thread and asks it one
    // question: whether the server answers now. Safe to call from a worker thread.
    static Result<void> probe(const QString& connectionName);
    QString connectionName() const { return m_connectionName; }
    // `sql` prepared for one use, kept prepared on a server (see PreparedQuery): for the statements a sale
    // runs every time.
    PreparedQuery prepared(const QString& sql);
    // What SQLite's quick check and the foreign-key check report; empty when the file is sound. A
    // PostgreSQL server enforces foreign keys and checks its pages itself; there only a failing query shows.
    QStringList integrityProblems() const;

private:
    explicit Database(QString path, QString connectionName, SqlDialect dialect);
    static Result<std::unique_ptr<Database>> openImpl(const QString& path, OpenMode mode, int targetVersion);
    static Result<std::unique_ptr<Database>> openServer(const QString& url, OpenMode mode, int targetVersion);
    Result<void> configure();
    // Drops the statements kept prepared (a new server session has none); false while one is lent out.
    bool forgetKeptStatements();
    // TooNew for a database of a newer Regulars; the error of reading its version otherwise.
    static Result<void> refuseNewer(const QSqlDatabase& db, const QString& shown);

    QString m_path;
    QString m_connectionName;
    SqlDialect m_dialect;
    QString m_warning;
    ConnectionLostHandler m_connectionLost;
    struct KeptStatement
    {
        std::unique_ptr<QSqlQuery> query;
        bool lent = false;
    };
    std::map<QString, KeptStatement> m_kept;
    const void* m_keptFor = nullptr; // the server connection they were prepared on
    int m_transactionDepth = 0; // open Transaction objects: the outermost BEGINs, inner ones are savepoints
    // What the outermost open Transaction holds on a server: everything, or only these customers' locks.
    bool m_writesAlone = true;
    QList<qint64> m_lockedCustomers;
    friend class Transaction;
};

// The customers a write transaction changes (a sale's customer and the referrer it rewards, ...). Given to a
// Transaction, it lets writes of other customers run at the same time on a server. Anything else such a
// transaction writes must be safe on its own: an insert refused by a UNIQUE constraint (insertReturningId), a
// conditional UPDATE, an increment in one statement.
struct ForCustomers
{
    QList<qint64> ids;
};

// A write transaction; rolled back unless commit() succeeded. Without customers it runs alone, as every
// write did before several tills shared a server; with them, beside other customers' writes.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(Database& db);
    Transaction(Database& db, const ForCustomers& customers);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool active() const { return m_active; }
    Result<void> begun() const;
    // Also takes a customer that turned out to be written only once the transaction had read its rows
    // (a referrer set a moment ago); nothing to do when the transaction holds it already.
    Result<void> cover(qint64 customerId);
    Result<void> commit();
    void rollback();

private:
    void begin(const std::optional<QList<qint64>>& customers);
    void finish();

    Database& m_db;
    int m_depth = 0;
    qsizetype m_lockedBefore = 0;
    bool m_active = false;
    QString m_beginError;
    bool m_unreachable = false; // BEGIN failed because the server went away
};
