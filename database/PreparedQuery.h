#pragma once

#include <QSqlQuery>
#include <QString>

#include <optional>

class Database;

// A statement for one use, from Database::prepared(). On PostgreSQL QtSql turns every prepare() into a
// PREPARE and every query's end into a DEALLOCATE, two round trips around each EXECUTE; there the statement
// is prepared once per connection and kept, and this only lends it out. On SQLite, and while the kept one is
// lent to an enclosing use of the same text, it is a new query as before.
class PreparedQuery
{
public:
    PreparedQuery(const PreparedQuery&) = delete;
    PreparedQuery& operator=(const PreparedQuery&) = delete;
    ~PreparedQuery();

    QSqlQuery& operator*() { return *m_query; }
    QSqlQuery* operator->() { return m_query; }

private:
    friend class Database;
    explicit PreparedQuery(QSqlQuery* kept, bool* lent);
    PreparedQuery(const QSqlDatabase& connection, const QString& sql);

    std::optional<QSqlQuery> m_own;
    QSqlQuery* m_query = nullptr;
    bool* m_lent = nullptr;
};
