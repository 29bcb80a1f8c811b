#pragma once

#include "CustomerRecord.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <optional>

class Database;

// Customers and the indexes that find them: exact phone and card, phone ending, and name words.
class CustomerStore
{
    Q_DECLARE_TR_FUNCTIONS(CustomerStore)

public:
    explicit CustomerStore(Database& db);
    ~CustomerStore();

    // Inserts a new customer and returns its id; a phone or card already in use is refused with its holder's
    // id.
    Result<qint64> insert(const CustomerRecord& customer);
    Result<void> update(const CustomerRecord& customer);
    Result<void> setArchived(qint64 id, const QDateTime& archivedAt);

    std::optional<CustomerRecord> byId(qint64 id);
    std::optional<CustomerRecord> byPhone(const QString& e164);
    std::optional<CustomerRecord> byCard(const QString& cardNumber);
    // Customers whose phone ends with the given ASCII digits.
    QList<CustomerRecord> byPhoneEnding(const QString& digits, int limit, bool includeArchived);
    // Customers who have, for every folded word given, a name or nickname word starting with it.
    QList<CustomerRecord> byNameWords(const QStringList& foldedWords, int limit, bool includeArchived);

    // The highest serial used by cards starting with prefix (the serial is the digits between prefix and
    // check digit).
    qint64 highestCardSerial(const QString& prefix);
    // Who recommended the shop to this customer (0: nobody recorded).
    qint64 referredBy(qint64 id);
    // Who referred the customer, while the customer has not bought yet (the first purchase rewards them).
    qint64 referrerAwaitingReward(qint64 id);
    Result<void> setReferredBy(qint64 id, qint64 referrerId);
    // Customers not archived whose birthday falls on this month and day ("MM-DD").
    QList<qint64> idsWithBirthday(const QString& monthDay);
    qint64 count();
    Result<void> forEach(const std::function<void(const CustomerRecord&)>& visit,
                         bool includeArchived = true);

private:
    class NativeLookup;
    struct NativeSlot
    {
        bool tried = false;
        std::unique_ptr<NativeLookup> lookup;
    };
    template <typename Key>
    std::optional<CustomerRecord> exactLookup(int slot, const QString& sql, const Key& key);
    QSqlQuery& prepared(int slot, const QString& sql);
    std::optional<CustomerRecord> single(QSqlQuery& query);
    Result<void> writeIndexes(const CustomerRecord& customer);
    Result<void> checkUnique(const CustomerRecord& customer);

    Database& m_db;
    std::vector<std::unique_ptr<QSqlQuery>> m_queries;
    NativeSlot m_native[3]; // ById, ByPhone, ByCard
};
