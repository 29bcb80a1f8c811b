#pragma once

#include "Clock.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

class Database;

// A believable shop to try Regulars on: customers with names of the shop's language, phones of its
// country, consent records, and two years of purchases with the uneven rhythm of real regulars,
// occasional customers and one-time visitors.
class DemoShop
{
    Q_DECLARE_TR_FUNCTIONS(DemoShop)

public:
    struct Options
    {
        int customers = 500;
        quint32 seed = 1;
        QString region; // phone region and name language: RU → Russian, IR → Persian, SA/AE/EG/… → Arabic
        QString language; // overrides the name language: en, ru, ar, fa
        // Purchases earn and spend points through the programme (a realistic demo); off, they are only
        // recorded as sales (quicker, for tests about the customers themselves).
        bool throughProgramme = true;
    };
    struct Summary
    {
        int customers = 0;
        int sales = 0;
    };

    DemoShop(Database& db, const Clock& clock);
    // Fills the database; refuses one that already holds customers.
    Result<Summary> create(const Options& options);

private:
    Database& m_db;
    const Clock& m_clock;
};
