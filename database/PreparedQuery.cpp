#include "PreparedQuery.h"

PreparedQuery::PreparedQuery(QSqlQuery* kept, bool* lent) : m_query(kept), m_lent(lent)
{
    *m_lent = true;
}

PreparedQuery::PreparedQuery(const QSqlDatabase& connection, const QString& sql)
    : m_own(std::in_place, connection)
{
    m_query = &*m_own;
    m_query->setForwardOnly(true);
    m_query->prepare(sql);
}

PreparedQuery::~PreparedQuery()
{
    if (m_lent) {
        // The rows are read; the kept statement stays prepared for the next use.
        m_query->finish();
        *m_lent = false;
    }
}
