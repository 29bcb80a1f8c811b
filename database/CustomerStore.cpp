#include "CustomerStore.h"

#include "Database.h"
#include "SearchKey.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSet>
#include <QVariant>

using SqlValues::text;
using SqlValues::textOrNull;

namespace {
enum Slot {
    ById,
    ByPhone,
    ByCard,
    ByPhoneEnding,
    ByPhoneEndingAll,
    Insert,
    Update,
    DeleteTerms,
    InsertTerm,
    SlotCount
};

const QString kColumns = QStringLiteral(
    "c.id, c.name, c.nickname, c.phone_e164, c.card_number, c.email, c.birthday, c.notes, c.created_at, c.archived_at");

CustomerRecord fromRow(const QSqlQuery& q)
{
    CustomerRecord c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.nickname = q.value(2).toString();
    c.phoneE164 = q.value(3).toString();
    c.cardNumber = q.value(4).toString();
    c.email = q.value(5).toString();
    c.birthday = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    c.notes = q.value(7).toString();
    c.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
    if (!q.value(9).isNull())
        c.archivedAt = QDateTime::fromMSecsSinceEpoch(q.value(9).toLongLong(), Qt::UTC);
    return c;
}

Error sqlError(const QSqlQuery& q)
{
    return makeError(Error::Kind::Failed, q.lastError().text());
}
} // namespace

CustomerStore::CustomerStore(Database& db) : m_db(db)
{
    m_queries.resize(SlotCount);
}

CustomerStore::~CustomerStore() = default;

QSqlQuery& CustomerStore::prepared(int slot, const QString& sql)
{
    auto& query = m_queries[size_t(slot)];
    if (!query) {
        query = std::make_unique<QSqlQuery>(m_db.connection());
        query->setForwardOnly(true);
        query->prepare(sql);
    }
    return *query;
}

std::optional<CustomerRecord> CustomerStore::single(QSqlQuery& query)
{
    std::optional<CustomerRecord> result;
    if (query.exec() && query.next())
        result = fromRow(query);
    query.finish();
    return result;
}

std::optional<CustomerRecord> CustomerStore::byId(qint64 id)
{
    auto& q = prepared(ById, QStringLiteral("SELECT %1 FROM customers c WHERE c.id = ?").arg(kColumns));
    q.bindValue(0, id);
    return single(q);
}

std::optional<CustomerRecord> CustomerStore::byPhone(const QString& e164)
{
    auto& q = prepared(ByPhone, QStringLiteral("SELECT %1 FROM customers c WHERE c.phone_e164 = ?").arg(kColumns));
    q.bindValue(0, e164);
    return single(q);
}

std::optional<CustomerRecord> CustomerStore::byCard(const QString& cardNumber)
{
    auto& q = prepared(ByCard, QStringLiteral("SELECT %1 FROM customers c WHERE c.card_number = ?").arg(kColumns));
    q.bindValue(0, cardNumber);
    return single(q);
}

QList<CustomerRecord> CustomerStore::byPhoneEnding(const QString& digits, int limit, bool includeArchived)
{
    const QString reversed = SearchKey::reversedDigits(digits);
    auto& q = includeArchived
                  ? prepared(ByPhoneEndingAll, QStringLiteral("SELECT %1 FROM customers c WHERE c.phone_rev >= ? AND "
                                                              "c.phone_rev < ? ORDER BY c.phone_rev LIMIT ?")
                                                   .arg(kColumns))
                  : prepared(ByPhoneEnding, QStringLiteral("SELECT %1 FROM customers c WHERE c.phone_rev >= ? AND "
                                                           "c.phone_rev < ? AND c.archived_at IS NULL ORDER BY "
                                                           "c.phone_rev LIMIT ?")
                                                .arg(kColumns));
    q.bindValue(0, reversed);
    q.bindValue(1, SearchKey::prefixEnd(reversed));
    q.bindValue(2, limit);
    QList<CustomerRecord> result;
    if (q.exec()) {
        while (q.next())
            result.append(fromRow(q));
    }
    q.finish();
    return result;
}

QList<CustomerRecord> CustomerStore::byNameWords(const QStringList& foldedWords, int limit, bool includeArchived)
{
    QStringList words;
    for (const QString& w : foldedWords) {
        if (!w.isEmpty())
            words.append(w);
    }
    if (words.isEmpty())
        return {};
    // The longest word is the most selective; it drives an ordered walk of the term index that stops at the limit.
    std::stable_sort(words.begin(), words.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    QString sql = QStringLiteral("SELECT %1 FROM customer_terms t JOIN customers c ON c.id = t.customer_id"
                                 " WHERE t.term >= ? AND t.term < ?")
                      .arg(kColumns);
    if (!includeArchived)
        sql += QStringLiteral(" AND c.archived_at IS NULL");
    for (qsizetype i = 1; i < words.size(); ++i)
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM customer_terms o WHERE o.customer_id = c.id"
                              " AND o.term >= ? AND o.term < ?)");
    sql += QStringLiteral(" ORDER BY t.term, t.customer_id LIMIT ?");

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    int index = 0;
    for (const QString& w : words) {
        q.bindValue(index++, w);
        q.bindValue(index++, SearchKey::prefixEnd(w));
    }
    // A customer can match through two words of one name; ask for a few more rows and drop repeats.
    q.bindValue(index, limit * 2);
    QList<CustomerRecord> result;
    QSet<qint64> seen;
    if (q.exec()) {
        while (q.next() && result.size() < limit) {
            const qint64 id = q.value(0).toLongLong();
            if (!seen.contains(id)) {
                seen.insert(id);
                result.append(fromRow(q));
            }
        }
    }
    return result;
}

Result<void> CustomerStore::checkUnique(const CustomerRecord& customer)
{
    if (!customer.phoneE164.isEmpty()) {
        if (auto holder = byPhone(customer.phoneE164); holder && holder->id != customer.id)
            return makeError(Error::Kind::Duplicate,
                             tr("The phone number %1 already belongs to another customer.").arg(customer.phoneE164),
                             holder->id);
    }
    if (!customer.cardNumber.isEmpty()) {
        if (auto holder = byCard(customer.cardNumber); holder && holder->id != customer.id)
            return makeError(Error::Kind::Duplicate,
                             tr("The card %1 already belongs to another customer.").arg(customer.cardNumber),
                             holder->id);
    }
    return {};
}

namespace {
// The columns a person edits, bound in this order at positions 0-7 by both insert and update.
void bindDetails(QSqlQuery& q, const CustomerRecord& customer)
{
    q.bindValue(0, text(customer.name));
    q.bindValue(1, text(customer.nickname));
    q.bindValue(2, textOrNull(customer.phoneE164));
    q.bindValue(3, textOrNull(customer.cardNumber));
    q.bindValue(4, text(customer.email));
    q.bindValue(5, customer.birthday.isValid() ? QVariant(customer.birthday.toString(Qt::ISODate))
                                               : QVariant(QMetaType(QMetaType::QString)));
    q.bindValue(6, text(customer.notes));
    q.bindValue(7, textOrNull(SearchKey::reversedDigits(customer.phoneE164)));
}
} // namespace

Result<qint64> CustomerStore::insert(const CustomerRecord& customer)
{
    if (auto unique = checkUnique(customer); !unique)
        return unique.error();
    auto& q = prepared(Insert, QStringLiteral("INSERT INTO customers (name, nickname, phone_e164, card_number, email, "
                                              "birthday, notes, phone_rev, created_at, archived_at) VALUES (?, ?, ?, "
                                              "?, ?, ?, ?, ?, ?, ?)"));
    bindDetails(q, customer);
    q.bindValue(8, customer.createdAt.toMSecsSinceEpoch());
    q.bindValue(9, customer.archivedAt.isValid() ? QVariant(customer.archivedAt.toMSecsSinceEpoch())
                                                 : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec())
        return sqlError(q);
    CustomerRecord stored = customer;
    stored.id = q.lastInsertId().toLongLong();
    q.finish();
    if (auto indexed = writeIndexes(stored); !indexed)
        return indexed.error();
    return stored.id;
}

Result<void> CustomerStore::update(const CustomerRecord& customer)
{
    if (auto unique = checkUnique(customer); !unique)
        return unique;
    auto& q = prepared(Update, QStringLiteral("UPDATE customers SET name = ?, nickname = ?, phone_e164 = ?, card_number "
                                              "= ?, email = ?, birthday = ?, notes = ?, phone_rev = ? WHERE id = ?"));
    bindDetails(q, customer);
    q.bindValue(8, customer.id);
    if (!q.exec())
        return sqlError(q);
    if (q.numRowsAffected() != 1)
        return makeError(Error::Kind::NotFound, tr("The customer no longer exists."));
    q.finish();
    return writeIndexes(customer);
}

Result<void> CustomerStore::writeIndexes(const CustomerRecord& customer)
{
    auto& del = prepared(DeleteTerms, QStringLiteral("DELETE FROM customer_terms WHERE customer_id = ?"));
    del.bindValue(0, customer.id);
    if (!del.exec())
        return sqlError(del);
    auto& add = prepared(InsertTerm, QStringLiteral("INSERT INTO customer_terms (customer_id, term) VALUES (?, ?)"));
    for (const QString& term : SearchKey::terms(customer.name, customer.nickname)) {
        add.bindValue(0, customer.id);
        add.bindValue(1, term);
        if (!add.exec())
            return sqlError(add);
    }
    return {};
}

Result<void> CustomerStore::setArchived(qint64 id, const QDateTime& archivedAt)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE customers SET archived_at = ? WHERE id = ?"));
    q.addBindValue(archivedAt.isValid() ? QVariant(archivedAt.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (q.numRowsAffected() != 1)
        return makeError(Error::Kind::NotFound, tr("The customer no longer exists."));
    return {};
}

qint64 CustomerStore::highestCardSerial(const QString& prefix)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT max(card_number) FROM customers WHERE card_number >= ? AND card_number < ? AND "
                             "length(card_number) = 13"));
    q.addBindValue(prefix);
    q.addBindValue(SearchKey::prefixEnd(prefix));
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return 0;
    const QString card = q.value(0).toString();
    return card.mid(prefix.size(), 12 - prefix.size()).toLongLong();
}

qint64 CustomerStore::count()
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM customers")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

Result<void> CustomerStore::forEach(const std::function<void(const CustomerRecord&)>& visit, bool includeArchived)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1 FROM customers c").arg(kColumns);
    if (!includeArchived)
        sql += QStringLiteral(" WHERE c.archived_at IS NULL");
    sql += QStringLiteral(" ORDER BY c.id");
    if (!q.exec(sql))
        return sqlError(q);
    while (q.next())
        visit(fromRow(q));
    return {};
}
