#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QVariant>

class Database;

// Rows of one kind of record, with the stored column names (times are UTC ms in columns named `at` or
// ending in `_at`, and `valid_until`).
struct PersonalDataTable
{
    QStringList columns;
    QList<QVariantList> rows;
};

// A customer who has not bought for a while: a candidate for anonymisation under the retention rule.
struct LapsedCustomer
{
    qint64 id = 0;
    QString name;
    QDateTime createdAt;
    QDateTime lastSaleAt; // invalid: never bought
};

// The SQL of personal data: everything the shop holds about one customer, anonymisation, the retention rule
// and who agreed to marketing.
class PersonalDataStore
{
public:
    enum class Section
    {
        Details,
        Consents,
        Sales,
        Ledger,
        StampCards,
        Vouchers,
        Coupons,
    };

    explicit PersonalDataStore(Database& db);

    Result<PersonalDataTable> table(Section section, qint64 customerId);
    // Erases the contact details (the name becomes `label`) and the search terms; sales, points and consent
    // records stay, so reports and the ledger are unchanged.
    Result<void> anonymise(qint64 customerId, const QString& label, const QDateTime& at);
    bool isAnonymised(qint64 customerId);
    // Customers not yet anonymised whose last purchase (or enrolment, when they never bought) is before
    // `cutoff`, oldest first.
    Result<QList<LapsedCustomer>> lapsedSince(const QDateTime& cutoff);
    // Customers whose latest marketing consent record grants it.
    Result<QSet<qint64>> marketingConsenters();

    static bool isTimeColumn(const QString& column);

private:
    Database& m_db;
};
