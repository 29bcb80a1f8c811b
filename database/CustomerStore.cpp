#include "CustomerStore.h"

#include "Database.h"
#include "SearchKey.h"
#include "SqlValues.h"

#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

using SqlValues::text;
using SqlValues::textOrNull;

namespace {
enum Slot
{
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

const QString kColumns = QStringLiteral("c.id, c.name, c.nickname, c.phone_e164, c.card_number, c.email, "
                                        "c.birthday, c.notes, c.created_at, c.archived_at");

// Reads one row of kColumns through QtSql.
struct QtRow
{
    const QSqlQuery& q;
    qint64 integer(int column) const { return q.value(column).toLongLong(); }
    QString text(int column) const { return q.value(column).toString(); }
    bool isNull(int column) const { return q.value(column).isNull(); }
};

// Reads one row of kColumns straight from an SQLite statement.
struct NativeRow
{
    sqlite3_stmt* statement;
    qint64 integer(int column) const { return sqlite3_column_int64(statement, column); }
    QString text(int column) const
    {
        const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
        return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(statement, column)) : QString();
    }
    bool isNull(int column) const { return sqlite3_column_type(statement, column) == SQLITE_NULL; }
};

template <typename Row> CustomerRecord fromRow(const Row& row)
{
    CustomerRecord c;
    c.id = row.integer(0);
    c.name = row.text(1);
    c.nickname = row.text(2);
    c.phoneE164 = row.text(3);
    c.cardNumber = row.text(4);
    c.email = row.text(5);
    if (!row.isNull(6))
        c.birthday = QDate::fromString(row.text(6), Qt::ISODate);
    c.notes = row.text(7);
    c.createdAt = QDateTime::fromMSecsSinceEpoch(row.integer(8), Qt::UTC);
    if (!row.isNull(9))
        c.archivedAt = QDateTime::fromMSecsSinceEpoch(row.integer(9), Qt::UTC);
    return c;
}

CustomerRecord fromRow(const QSqlQuery& q)
{
    return fromRow(QtRow{q});
}

Error sqlError(const QSqlQuery& q)
{
    return makeError(Error::Kind::Failed, q.lastError().text());
}
} // namespace

// The exact lookups the till makes on every scan and call, run on SQLite through its C API: QtSql rebuilds
// field metadata and a QVariant per column on every execution, which is most of the time of a one-row index
// lookup.
class CustomerStore::NativeLookup
{
public:
    static std::unique_ptr<NativeLookup> open(const QSqlDatabase& db, const QString& sql)
    {
        const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
        if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return nullptr;
        sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData());
        sqlite3_stmt* statement = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (!connection || sqlite3_prepare_v3(connection, utf8.constData(), int(utf8.size()),
                                              SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
            sqlite3_finalize(statement);
            return nullptr;
        }
        return std::unique_ptr<NativeLookup>(new NativeLookup(statement));
    }
    ~NativeLookup() { sqlite3_finalize(m_statement); }
    NativeLookup(const NativeLookup&) = delete;
    NativeLookup& operator=(const NativeLookup&) = delete;

    std::optional<CustomerRecord> fetch(const QString& key)
    {
        const QByteArray utf8 = key.toUtf8();
        std::optional<CustomerRecord> result;
        if (sqlite3_bind_text(m_statement, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC) ==
                SQLITE_OK &&
            sqlite3_step(m_statement) == SQLITE_ROW)
            result = fromRow(NativeRow{m_statement});
        // Reset at once, so the statement never holds a read transaction open between lookups.
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        return result;
    }
    std::optional<CustomerRecord> fetch(qint64 key)
    {
        std::optional<CustomerRecord> result;
        if (sqlite3_bind_int64(m_statement, 1, key) == SQLITE_OK && sqlite3_step(m_statement) == SQLITE_ROW)
            result = fromRow(NativeRow{m_statement});
        sqlite3_reset(m_statement);
        return result;
    }

private:
    explicit NativeLookup(sqlite3_stmt* statement) : m_statement(statement) {}
    sqlite3_stmt* m_statement;
};

CustomerStore::CustomerStore(Database& db) : m_db(db)
{
    m_queries.resize(SlotCount);
}

CustomerStore::~CustomerStore() = default;

template <typename Key>
std::optional<CustomerRecord> CustomerStore::exactLookup(int slot, const QString& sql, const Key& key)
{
    static_assert(ById == 0 && ByPhone == 1 && ByCard == 2, "m_native holds the exact-lookup slots");
    auto& native = m_native[size_t(slot)];
    if (!native.tried) {
        native.tried = true;
        native.lookup = NativeLookup::open(m_db.connection(), sql);
    }
    if (native.lookup)
        return native.lookup->fetch(key);
    auto statement = m_db.prepared(sql);
    QSqlQuery& q = *statement;
    q.bindValue(0, key);
    return single(q);
}

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
    static const QString sql = QStringLiteral("SELECT %1 FROM customers c WHERE c.id = ?").arg(kColumns);
    return exactLookup(ById, sql, id);
}

std::optional<CustomerRecord> CustomerStore::byPhone(const QString& e164)
{
    static const QString sql =
        QStringLiteral("SELECT %1 FROM customers c WHERE c.phone_e164 = ?").arg(kColumns);
    return exactLookup(ByPhone, sql, e164);
}

std::optional<CustomerRecord> CustomerStore::byCard(const QString& cardNumber)
{
    static const QString sql =
        QStringLiteral("SELECT %1 FROM customers c WHERE c.card_number = ?").arg(kColumns);
    return exactLookup(ByCard, sql, cardNumber);
}

QList<CustomerRecord> CustomerStore::byPhoneEnding(const QString& digits, int limit, bool includeArchived)
{
    const QString reversed = SearchKey::reversedDigits(digits);
    auto& q =
        includeArchived
            ? prepared(ByPhoneEndingAll,
                       QStringLiteral("SELECT %1 FROM customers c WHERE c.phone_rev >= ? AND "
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

QList<CustomerRecord> CustomerStore::byNameWords(const QStringList& foldedWords, int limit,
                                                 bool includeArchived)
{
    QStringList words;
    for (const QString& w : foldedWords) {
        if (!w.isEmpty())
            words.append(w);
    }
    if (words.isEmpty())
        return {};
    // The longest word is the most selective; it drives an ordered walk of the term index that stops at the
    // limit.
    std::stable_sort(words.begin(), words.end(),
                     [](const QString& a, const QString& b) { return a.size() > b.size(); });
    QString sql = QStringLiteral("SELECT %1 FROM customer_terms t JOIN customers c ON c.id = t.customer_id"
                                 " WHERE t.term >= ? AND t.term < ?")
                      .arg(kColumns);
    if (!includeArchived)
        sql += QStringLiteral(" AND c.archived_at IS NULL");
    for (qsizetype i = 1; i < words.size(); ++i)
        sql +=
            QStringLiteral(" AND EXISTS (SELECT 1 FROM customer_terms o WHERE o.customer_id = t.customer_id"
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
            return makeError(
                Error::Kind::Duplicate,
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
    auto& q = prepared(Insert, m_db.dialect().returningId(QStringLiteral(
                                   "INSERT INTO customers (name, nickname, phone_e164, card_number, email, "
                                   "birthday, notes, phone_rev, created_at, archived_at) VALUES (?, ?, ?, "
                                   "?, ?, ?, ?, ?, ?, ?)")));
    bindDetails(q, customer);
    q.bindValue(8, customer.createdAt.toMSecsSinceEpoch());
    q.bindValue(9, customer.archivedAt.isValid() ? QVariant(customer.archivedAt.toMSecsSinceEpoch())
                                                 : QVariant(QMetaType(QMetaType::LongLong)));
    auto id = m_db.insertReturningId(q);
    if (!id)
        return id.error();
    CustomerRecord stored = customer;
    stored.id = id.value();
    q.finish();
    if (auto indexed = writeIndexes(stored); !indexed)
        return indexed.error();
    return stored.id;
}

Result<void> CustomerStore::update(const CustomerRecord& customer)
{
    if (auto unique = checkUnique(customer); !unique)
        return unique;
    auto& q = prepared(
        Update, QStringLiteral("UPDATE customers SET name = ?, nickname = ?, phone_e164 = ?, card_number "
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
    auto& add =
        prepared(InsertTerm, QStringLiteral("INSERT INTO customer_terms (customer_id, term) VALUES (?, ?)"));
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
    q.addBindValue(archivedAt.isValid() ? QVariant(archivedAt.toMSecsSinceEpoch())
                                        : QVariant(QMetaType(QMetaType::LongLong)));
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
    q.prepare(QStringLiteral(
        "SELECT max(card_number) FROM customers WHERE card_number >= ? AND card_number < ? AND "
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

Result<void> CustomerStore::forEach(const std::function<void(const CustomerRecord&)>& visit,
                                    bool includeArchived)
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

qint64 CustomerStore::referredBy(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT referred_by FROM customers WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

qint64 CustomerStore::referrerAwaitingReward(qint64 id)
{
    auto statement = m_db.prepared(
        QStringLiteral("SELECT referred_by FROM customers c WHERE id = ? AND referred_by IS NOT NULL"
                       " AND NOT EXISTS (SELECT 1 FROM sales s WHERE s.customer_id = c.id)"));
    QSqlQuery& q = *statement;
    q.addBindValue(id);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

Result<void> CustomerStore::setReferredBy(qint64 id, qint64 referrerId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE customers SET referred_by = ? WHERE id = ? AND referred_by IS NULL"));
    q.addBindValue(referrerId);
    q.addBindValue(id);
    if (!q.exec())
        return makeError(Error::Kind::Failed, q.lastError().text());
    if (q.numRowsAffected() != 1)
        return makeError(Error::Kind::Duplicate, QString());
    return {};
}

QList<qint64> CustomerStore::idsWithBirthday(const QString& monthDay)
{
    QList<qint64> ids;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM customers WHERE archived_at IS NULL AND birthday IS NOT NULL"
                             " AND substr(birthday, 6, 5) = ?"));
    q.addBindValue(monthDay);
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}
