#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// The few numbers the main window's home page shows, each one query over an indexed time range.
class HomeFiguresStore
{
public:
    struct Takings
    {
        int sales = 0;
        qint64 totalMinor = 0; // goods sold, net of member discounts and refunds
    };

    // One customer's points that expire in a window: how many, and the first day they go.
    struct ExpiringPoints
    {
        qint64 customerId = 0;
        QString name;
        qint64 points = 0;
        QDateTime firstExpiry;
    };

    explicit HomeFiguresStore(Database& db);

    // Sales at or after `from` and before `to`.
    Result<Takings> takings(const QDateTime& from, const QDateTime& to) const;
    // Customers added at or after `from` and before `to` (archived ones included: they were enrolled).
    Result<int> enrolments(const QDateTime& from, const QDateTime& to) const;
    // Open points expiring at or after `from` and before `to`, per customer, soonest first.
    Result<QList<ExpiringPoints>> expiring(const QDateTime& from, const QDateTime& to) const;

private:
    Database& m_db;
};
