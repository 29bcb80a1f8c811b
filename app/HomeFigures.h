#pragma once

#include "HomeFiguresStore.h"
#include "Result.h"

#include <QTimeZone>

class Clock;
class Database;

// What the shop did today and what needs attention soon, for the main window's home page.
class HomeFigures
{
public:
    static constexpr int ExpiryWindowDays = 30;

    struct Today
    {
        QDate day;                                // the local date the figures are for
        HomeFiguresStore::Takings takings;        // sales recorded today
        int enrolments = 0;                       // customers added today
        QList<HomeFiguresStore::ExpiringPoints> expiring; // points expiring in the next ExpiryWindowDays
        qint64 expiringPoints() const;
    };

    HomeFigures(Database& db, const Clock& clock, const QTimeZone& zone = QTimeZone::systemTimeZone());

    Result<Today> today() const;

private:
    Database& m_db;
    const Clock& m_clock;
    QTimeZone m_zone;
};
