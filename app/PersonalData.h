#pragma once

#include "PersonalDataStore.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>

class AccessPolicy;
class Clock;
class Database;

// A customer's personal data: everything the shop holds about them (for their request to see it), their
// anonymisation (contact details erased, history kept so reports stay right) and the retention rule that
// lists customers who have not bought for years.
class PersonalData
{
    Q_DECLARE_TR_FUNCTIONS(PersonalData)

public:
    PersonalData(Database& db, const Clock& clock, const AccessPolicy& access);

    // Everything about one customer: "customer", "consents" (with the consent texts of the version in force
    // under "consent_texts"), "sales", "ledger", "stamp_cards", "vouchers", "coupons"; times as ISO 8601 UTC.
    Result<QJsonObject> collect(qint64 customerId);
    // JSON or PDF by the file's extension unless `format` ("json", "pdf") says.
    Result<void> exportTo(qint64 customerId, const QString& path, const QString& format = {});

    Result<void> anonymise(qint64 customerId);
    static QString anonymousLabel(qint64 customerId);
    // Customers with no purchase (or, if they never bought, no enrolment) in the last `years` years.
    Result<QList<LapsedCustomer>> lapsed(int years);

    static QString sectionKey(PersonalDataStore::Section section);

private:
    Database& m_db;
    const Clock& m_clock;
    const AccessPolicy& m_access;
    PersonalDataStore m_store;
};
