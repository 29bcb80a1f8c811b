#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

// One open Regulars database: a connection set up for safety (WAL, foreign keys, synchronous FULL,
// busy timeout) whose schema has been brought to the version this build knows.
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

    static Result<std::unique_ptr<Database>> open(const QString& path,
                                                  OpenMode mode = OpenMode::CreateIfMissing);
    // Opens and migrates only up to 'version'; used to build fixtures of older databases.
    static Result<std::unique_ptr<Database>> openAtVersion(const QString& path, int version);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Runs a statement that returns nothing; the error text is for logs, wrapped by callers.
    Result<void> exec(const QString& sql);
    // What SQLite's quick check and the foreign-key check report; empty when the file is sound.
    QStringList integrityProblems() const;

private:
    explicit Database(QString path, QString connectionName);
    static Result<std::unique_ptr<Database>> openImpl(const QString& path, OpenMode mode, int targetVersion);
    Result<void> configure();

    QString m_path;
    QString m_connectionName;
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
};
