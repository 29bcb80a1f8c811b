#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlError;

// What differs between the two backends, kept in one place so stores and migrations are written once.
// Schema statements are written in SQLite's syntax and translated for PostgreSQL by schema() (see
// docs/DESIGN.md, "Two backends", for the rules a new migration follows).
class SqlDialect
{
public:
    enum class Backend
    {
        Sqlite,
        PostgreSql
    };

    explicit SqlDialect(Backend backend) : m_backend(backend) {}
    static SqlDialect of(const QSqlDatabase& db);

    Backend backend() const { return m_backend; }
    bool isPostgreSql() const { return m_backend == Backend::PostgreSql; }

    // A schema statement in SQLite's syntax as this backend needs it: on PostgreSQL `id INTEGER PRIMARY KEY`
    // becomes an identity column, INTEGER becomes BIGINT and TEXT compares bytes as SQLite's does.
    QString schema(const QString& sqliteStatement) const;
    QStringList schema(const QStringList& sqliteStatements) const;

    // Starts a write transaction that waits for every other writer: SQLite's BEGIN IMMEDIATE, or on
    // PostgreSQL BEGIN and the writers' advisory lock taken exclusively, so use-cases that read and then
    // write see one state on either backend.
    QStringList beginWrite() const;
    // Starts a write transaction of these customers only. On PostgreSQL: BEGIN, the writers' lock shared
    // (a write that runs alone still waits for it) and each customer's own lock, in ascending order so that
    // two such transactions never wait for each other in a circle. SQLite has one writer: BEGIN IMMEDIATE.
    QStringList beginCustomerWrite(const QList<qint64>& customerIds) const;
    // One more customer's lock inside a transaction begun for customers; empty where there is none.
    QString lockCustomer(qint64 customerId) const;
    // Whether a table exists in the connection's schema.
    QString tableExistsQuery() const;
    // How many tables the connection's schema holds (ours or anybody's).
    QString tableCountQuery() const;
    // An INSERT that gives back the id of its row when executed (ON CONFLICT DO NOTHING RETURNING id on
    // PostgreSQL: no row back means a UNIQUE constraint refused it; SQLite's driver reports the last insert
    // id).
    QString returningId(const QString& insertSql) const;
    // Moves the generated ids of `table`'s id column past the largest id in it, after rows were copied in
    // with their ids; empty where nothing needs it (SQLite takes the largest id + 1 by itself).
    QString resetIdentity(const QString& table) const;
    // Where `needle` first occurs in `haystack` (1-based, 0 when it does not): SQLite's instr, PostgreSQL's
    // strpos.
    QString textPosition(const QString& haystack, const QString& needle) const;
    // The month number year * 12 + month - 1 of a UTC millisecond column.
    QString utcMonthIndex(const QString& msColumn) const;

    static bool isUniqueViolation(const QSqlError& error);
    // A lost connection, a server shutting down: trying again later may work.
    static bool isConnectionLost(const QSqlError& error);
    // A connection that could not be made because the server is down or out of reach (not a refused
    // password or a missing database): a till goes on offline.
    static bool isUnreachable(const QSqlError& error);

    // The lock key both backends' writers share on PostgreSQL: 'R','G','L','R'.
    static constexpr qint64 WriterLockKey = 0x52474C52;
    // The first half of a customer's two-part lock key ('R','G','L','C'); the second is the customer's id
    // (its low 32 bits: two customers sharing a key only wait for each other).
    static constexpr qint32 CustomerLockSpace = 0x52474C43;

private:
    Backend m_backend;
};
