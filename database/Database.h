#pragma once

#include "Result.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
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

    // Asked for a server's password when neither PGPASSWORD nor ~/.pgpass gave one; nullopt: none given.
    using PasswordPrompt = std::function<std::optional<QString>(const QString& server)>;
    static void setPasswordPrompt(PasswordPrompt prompt);
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
    // What SQLite's quick check and the foreign-key check report; empty when the file is sound. A
    // PostgreSQL server enforces foreign keys and checks its pages itself; there only a failing query shows.
    QStringList integrityProblems() const;

private:
    explicit Database(QString path, QString connectionName, SqlDialect dialect);
    static Result<std::unique_ptr<Database>> openImpl(const QString& path, OpenMode mode, int targetVersion);
    static Result<std::unique_ptr<Database>> openServer(const QString& url, OpenMode mode, int targetVersion);
    Result<void> configure();
    // TooNew for a database of a newer Regulars; the error of reading its version otherwise.
    static Result<void> refuseNewer(const QSqlDatabase& db, const QString& shown);

    QString m_path;
    QString m_connectionName;
    SqlDialect m_dialect;
    QString m_warning;
    ConnectionLostHandler m_connectionLost;
    int m_transactionDepth = 0; // open Transaction objects: the outermost BEGINs, inner ones are savepoints
    friend class Transaction;
};

// A write transaction; rolled back unless commit() succeeded.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool active() const { return m_active; }
    Result<void> begun() const;
    Result<void> commit();
    void rollback();

private:
    Database& m_db;
    int m_depth = 0;
    bool m_active = false;
    QString m_beginError;
    bool m_unreachable = false; // BEGIN failed because the server went away
};
