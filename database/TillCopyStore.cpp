#include "TillCopyStore.h"

#include "Database.h"

#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <sqlite3.h>

namespace {
Error failed(const QSqlQuery& q)
{
    return makeError(Error::Kind::Failed, q.lastError().text());
}

// The server tables the copy holds, each after those it refers to, with the rows a till can still use.
// Customers keep only what finding them and selling to them needs: no e-mail, birthday or notes on a till.
struct CopiedTable
{
    const char* name;
    const char* columns;
    const char* where;
};
constexpr CopiedTable copiedTables[] = {
    {"settings", "*", ""},
    {"customers",
     "id, phone_e164, card_number, name, nickname, created_at, archived_at, phone_rev, referred_by,"
     " anonymised_at, client_ref",
     ""},
    {"customer_terms", "*", ""},
    {"point_balances", "*", ""},
    {"point_lots", "*", ""},
    {"vouchers", "*", " WHERE redeemed_at IS NULL"},
    {"stamp_cards", "*", " WHERE filled_at IS NULL AND customer_id IS NOT NULL"},
    {"campaigns", "*", ""},
    {"coupons", "*", " WHERE redeemed_at IS NULL"},
};

// Writes the copy's rows through SQLite's C API: QtSql builds a QVariant and field metadata per value and
// execution, which was most of a refresh's time at 100,000 customers.
class RowWriter
{
public:
    RowWriter(Database& db, const QString& sql) : m_query(db.connection())
    {
        const QSqlDatabase connection = db.connection();
        const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
        if (qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            sqlite3* native = *static_cast<sqlite3* const*>(handle.constData());
            const QByteArray utf8 = sql.toUtf8();
            if (native && sqlite3_prepare_v2(native, utf8.constData(), int(utf8.size()), &m_statement, nullptr) ==
                              SQLITE_OK) {
                m_native = native;
                return;
            }
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
        m_prepared = m_query.prepare(sql);
    }
    ~RowWriter() { sqlite3_finalize(m_statement); }
    RowWriter(const RowWriter&) = delete;
    RowWriter& operator=(const RowWriter&) = delete;

    Result<void> write(const QSqlQuery& source, int columns)
    {
        if (!m_statement) {
            if (!m_prepared)
                return failed(m_query);
            for (int i = 0; i < columns; ++i)
                m_query.bindValue(i, source.value(i));
            if (!m_query.exec())
                return failed(m_query);
            return {};
        }
        for (int i = 0; i < columns; ++i) {
            const QVariant value = source.value(i);
            const int column = i + 1;
            if (value.isNull()) {
                sqlite3_bind_null(m_statement, column);
            } else if (value.typeId() == QMetaType::Double) {
                sqlite3_bind_double(m_statement, column, value.toDouble());
            } else if (value.typeId() == QMetaType::QString || value.typeId() == QMetaType::QByteArray) {
                const QByteArray utf8 = value.toString().toUtf8();
                sqlite3_bind_text(m_statement, column, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            } else {
                sqlite3_bind_int64(m_statement, column, value.toLongLong());
            }
        }
        const int stepped = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        if (stepped != SQLITE_DONE)
            return makeError(Error::Kind::Failed, QString::fromUtf8(sqlite3_errmsg(m_native)));
        return {};
    }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
    sqlite3* m_native = nullptr;
    sqlite3_stmt* m_statement = nullptr;
};

QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

// A text column that is NOT NULL: Qt binds a null QString as NULL.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant msOrNull(const QDateTime& at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

const QString itemColumns = QStringLiteral(
    "id, kind, till_id, ref, at, clerk, customer_id, customer_ref, amount_minor, redeem_points, coupon_code,"
    " estimated_earned, inputs, replayed_at, result");

OutboxItem readItem(const QSqlQuery& q)
{
    OutboxItem item;
    item.id = q.value(0).toLongLong();
    item.kind = q.value(1).toString() == u"enrolment" ? OutboxItem::Kind::Enrolment : OutboxItem::Kind::Sale;
    item.tillId = q.value(2).toString();
    item.ref = q.value(3).toString();
    item.at = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
    item.clerk = q.value(5).toString();
    item.customerId = q.value(6).toLongLong();
    item.customerRef = q.value(7).toString();
    item.amountMinor = q.value(8).toLongLong();
    item.redeemPoints = q.value(9).toLongLong();
    item.couponCode = q.value(10).toString();
    item.estimatedEarned = q.value(11).toLongLong();
    item.inputs = object(q.value(12));
    if (!q.value(13).isNull())
        item.replayedAt = QDateTime::fromMSecsSinceEpoch(q.value(13).toLongLong(), Qt::UTC);
    item.result = object(q.value(14));
    return item;
}

qint64 single(QSqlQuery& q)
{
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}
} // namespace

QString OutboxItem::kindKey(Kind kind)
{
    return kind == Kind::Enrolment ? QStringLiteral("enrolment") : QStringLiteral("sale");
}

TillCopyStore::TillCopyStore(Database& copy) : m_copy(copy) {}

Result<void> TillCopyStore::prepare()
{
    QSqlQuery q(m_copy.connection());
    for (const QString& sql : {
             QStringLiteral("CREATE TABLE IF NOT EXISTS till_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS till_figures ("
                            " customer_id INTEGER PRIMARY KEY,"
                            " window_spend_minor INTEGER NOT NULL,"
                            " total_spend_minor INTEGER NOT NULL,"
                            " sales INTEGER NOT NULL,"
                            " welcome_given INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS till_outbox ("
                            " id INTEGER PRIMARY KEY,"
                            " kind TEXT NOT NULL CHECK (kind IN ('sale', 'enrolment')),"
                            " till_id TEXT NOT NULL,"
                            " ref TEXT NOT NULL,"
                            " at INTEGER NOT NULL,"
                            " clerk TEXT NOT NULL,"
                            " customer_id INTEGER NOT NULL DEFAULT 0,"
                            " customer_ref TEXT NOT NULL DEFAULT '',"
                            " amount_minor INTEGER NOT NULL DEFAULT 0,"
                            " redeem_points INTEGER NOT NULL DEFAULT 0,"
                            " coupon_code TEXT NOT NULL DEFAULT '',"
                            " estimated_earned INTEGER NOT NULL DEFAULT 0,"
                            " inputs TEXT NOT NULL DEFAULT '{}',"
                            " replayed_at INTEGER,"
                            " result TEXT NOT NULL DEFAULT '{}',"
                            " UNIQUE (kind, till_id, ref))"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS till_outbox_waiting ON till_outbox (customer_id)"
                            " WHERE replayed_at IS NULL"),
         }) {
        if (!q.exec(sql))
            return failed(q);
    }
    return {};
}

Result<CopyCounts> TillCopyStore::refreshFrom(Database& server, const QDateTime& tierWindowStart)
{
    // The copy is a cache of rows whose parents (ledger, sales) stay on the server: its foreign keys are off
    // while it is rewritten (the pragma only takes effect outside a transaction).
    QSqlQuery pragma(m_copy.connection());
    if (!pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
        return failed(pragma);
    struct KeysBackOn
    {
        QSqlQuery& q;
        ~KeysBackOn() { q.exec(QStringLiteral("PRAGMA foreign_keys = ON")); }
    } keysBackOn{pragma};

    Transaction transaction(m_copy);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    QSqlQuery clear(m_copy.connection());
    for (auto it = std::rbegin(copiedTables); it != std::rend(copiedTables); ++it) {
        if (!clear.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(it->name))))
            return failed(clear);
    }
    if (!clear.exec(QStringLiteral("DELETE FROM till_figures")))
        return failed(clear);

    CopyCounts counts;
    for (const CopiedTable& table : copiedTables) {
        QSqlQuery read(server.connection());
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2%3")
                           .arg(QLatin1String(table.columns), QLatin1String(table.name), QLatin1String(table.where))))
            return failed(read);
        const QSqlRecord columns = read.record();
        QStringList names;
        QStringList marks;
        for (int i = 0; i < columns.count(); ++i) {
            names.append(columns.fieldName(i));
            marks.append(QStringLiteral("?"));
        }
        RowWriter write(m_copy, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                    .arg(QLatin1String(table.name), names.join(QStringLiteral(", ")),
                                         marks.join(QStringLiteral(", "))));
        qint64 rows = 0;
        while (read.next()) {
            if (auto written = write.write(read, int(columns.count())); !written)
                return written.error();
            ++rows;
        }
        if (read.lastError().isValid())
            return failed(read);
        const QLatin1String name(table.name);
        if (name == QLatin1String("customers"))
            counts.customers = rows;
        else if (name == QLatin1String("point_balances"))
            counts.balances = rows;
        else if (name == QLatin1String("vouchers"))
            counts.vouchers = rows;
        else if (name == QLatin1String("coupons"))
            counts.coupons = rows;
    }

    // Spend and first purchases only when the programme's tiers, cumulative discount or welcome bonus use them.
    if (!tierWindowStart.isValid()) {
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        return counts;
    }
    QSqlQuery spend(server.connection());
    spend.setForwardOnly(true);
    spend.prepare(QStringLiteral(
        "SELECT s.customer_id, s.window_spend, s.total_spend, s.sales,"
        " CASE WHEN w.customer_id IS NULL THEN 0 ELSE 1 END"
        " FROM (SELECT customer_id,"
        "  sum(CASE WHEN at >= ? THEN amount_minor - refunded_minor ELSE 0 END) AS window_spend,"
        "  sum(amount_minor - refunded_minor) AS total_spend, count(*) AS sales"
        "  FROM sales WHERE customer_id IS NOT NULL GROUP BY customer_id) s"
        " LEFT JOIN (SELECT customer_id FROM ledger WHERE reason = 'welcome') w"
        "  ON w.customer_id = s.customer_id"
        " UNION ALL"
        " SELECT customer_id, 0, 0, 0, 1 FROM ledger l WHERE reason = 'welcome'"
        "  AND NOT EXISTS (SELECT 1 FROM sales x WHERE x.customer_id = l.customer_id)"));
    spend.addBindValue(tierWindowStart.toMSecsSinceEpoch());
    if (!spend.exec())
        return failed(spend);
    QSqlQuery figure(m_copy.connection());
    figure.prepare(QStringLiteral("INSERT INTO till_figures (customer_id, window_spend_minor, total_spend_minor,"
                                  " sales, welcome_given) VALUES (?, ?, ?, ?, ?)"));
    while (spend.next()) {
        for (int i = 0; i < 5; ++i)
            figure.bindValue(i, spend.value(i).toLongLong());
        if (!figure.exec())
            return failed(figure);
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return counts;
}

QString TillCopyStore::meta(const QString& key) const
{
    QSqlQuery q(m_copy.connection());
    q.prepare(QStringLiteral("SELECT value FROM till_meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Result<void> TillCopyStore::setMeta(const QString& key, const QString& value)
{
    QSqlQuery q(m_copy.connection());
    q.prepare(QStringLiteral("INSERT INTO till_meta (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return failed(q);
    return {};
}

TillCopyStore::Figures TillCopyStore::figures(qint64 customerId) const
{
    QSqlQuery q(m_copy.connection());
    q.prepare(QStringLiteral("SELECT window_spend_minor, total_spend_minor, sales, welcome_given"
                             " FROM till_figures WHERE customer_id = ?"));
    q.addBindValue(customerId);
    Figures f;
    if (q.exec() && q.next()) {
        f.windowSpendMinor = q.value(0).toLongLong();
        f.totalSpendMinor = q.value(1).toLongLong();
        f.sales = q.value(2).toLongLong();
        f.welcomeGiven = q.value(3).toInt() != 0;
    }
    return f;
}

qint64 TillCopyStore::expiredBy(qint64 customerId, const QDateTime& at) const
{
    QSqlQuery q(m_copy.connection());
    q.prepare(QStringLiteral("SELECT coalesce(sum(remaining), 0) FROM point_lots"
                             " WHERE customer_id = ? AND expires_at IS NOT NULL AND expires_at <= ?"));
    q.addBindValue(customerId);
    q.addBindValue(at.toMSecsSinceEpoch());
    return single(q);
}

int TillCopyStore::stamps(qint64 customerId) const
{
    QSqlQuery q(m_copy.connection());
    q.prepare(QStringLiteral("SELECT coalesce(max(stamps), 0) FROM stamp_cards"
                             " WHERE customer_id = ? AND filled_at IS NULL"));
    q.addBindValue(customerId);
    return int(single(q));
}

qint64 TillCopyStore::balance(qint64 customerId) const
{
    QSqlQuery q(m_copy.connection());
    q.prepare(QStringLiteral("SELECT balance FROM point_balances WHERE customer_id = ?"));
    q.addBindValue(customerId);
    return single(q);
}

Result<qint64> TillCopyStore::makeLocal(qint64 copyId, const QString& clientRef)
{
    QSqlQuery q(m_copy.connection());
    // The customer and their search terms move together; the keys are checked at the commit.
    if (!q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
        return failed(q);
    if (!q.exec(QStringLiteral("SELECT coalesce(min(id), 0) FROM customers WHERE id < 0")) || !q.next())
        return failed(q);
    const qint64 localId = q.value(0).toLongLong() - 1;
    for (const QString& sql : {QStringLiteral("UPDATE customer_terms SET customer_id = ? WHERE customer_id = ?"),
                               QStringLiteral("UPDATE consents SET customer_id = ? WHERE customer_id = ?"),
                               QStringLiteral("UPDATE customers SET id = ? WHERE id = ?")}) {
        q.prepare(sql);
        q.addBindValue(localId);
        q.addBindValue(copyId);
        if (!q.exec())
            return failed(q);
    }
    q.prepare(QStringLiteral("UPDATE customers SET client_ref = ? WHERE id = ?"));
    q.addBindValue(clientRef);
    q.addBindValue(localId);
    if (!q.exec())
        return failed(q);
    return localId;
}

QString TillCopyStore::localRef(qint64 customerId) const
{
    if (customerId >= 0)
        return {};
    QSqlQuery q(m_copy.connection());
    q.prepare(QStringLiteral("SELECT client_ref FROM customers WHERE id = ?"));
    q.addBindValue(customerId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Result<qint64> TillCopyStore::addItem(const OutboxItem& item)
{
    QSqlQuery q(m_copy.connection());
    q.prepare(m_copy.dialect().returningId(QStringLiteral(
        "INSERT INTO till_outbox (kind, till_id, ref, at, clerk, customer_id, customer_ref, amount_minor,"
        " redeem_points, coupon_code, estimated_earned, inputs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    q.addBindValue(OutboxItem::kindKey(item.kind));
    q.addBindValue(text(item.tillId));
    q.addBindValue(text(item.ref));
    q.addBindValue(item.at.toMSecsSinceEpoch());
    q.addBindValue(text(item.clerk));
    q.addBindValue(item.customerId);
    q.addBindValue(text(item.customerRef));
    q.addBindValue(item.amountMinor);
    q.addBindValue(item.redeemPoints);
    q.addBindValue(text(item.couponCode));
    q.addBindValue(item.estimatedEarned);
    q.addBindValue(json(item.inputs));
    return m_copy.insertReturningId(q);
}

QList<OutboxItem> TillCopyStore::items(bool waitingOnly) const
{
    QSqlQuery q(m_copy.connection());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT %1 FROM till_outbox%2 ORDER BY id")
               .arg(itemColumns, waitingOnly ? QStringLiteral(" WHERE replayed_at IS NULL") : QString()));
    QList<OutboxItem> list;
    while (q.next())
        list.append(readItem(q));
    return list;
}

Result<OutboxItem> TillCopyStore::item(OutboxItem::Kind kind, const QString& tillId, const QString& ref) const
{
    QSqlQuery q(m_copy.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM till_outbox WHERE kind = ? AND till_id = ? AND ref = ?").arg(itemColumns));
    q.addBindValue(OutboxItem::kindKey(kind));
    q.addBindValue(tillId);
    q.addBindValue(ref);
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return makeError(Error::Kind::NotFound, ref);
    return readItem(q);
}

Result<void> TillCopyStore::markReplayed(qint64 id, const QDateTime& at, const QJsonObject& result)
{
    QSqlQuery q(m_copy.connection());
    q.prepare(QStringLiteral("UPDATE till_outbox SET replayed_at = ?, result = ? WHERE id = ?"));
    q.addBindValue(msOrNull(at));
    q.addBindValue(json(result));
    q.addBindValue(id);
    if (!q.exec())
        return failed(q);
    return {};
}

qint64 TillCopyStore::waitingCount() const
{
    QSqlQuery q(m_copy.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM till_outbox WHERE replayed_at IS NULL"));
    return single(q);
}

qint64 TillCopyStore::waitingRedeemed(qint64 customerId) const
{
    QSqlQuery q(m_copy.connection());
    q.prepare(QStringLiteral("SELECT coalesce(sum(redeem_points), 0) FROM till_outbox"
                             " WHERE replayed_at IS NULL AND kind = 'sale' AND customer_id = ?"));
    q.addBindValue(customerId);
    return single(q);
}

qint64 TillCopyStore::waitingEarned(qint64 customerId) const
{
    QSqlQuery q(m_copy.connection());
    q.prepare(QStringLiteral("SELECT coalesce(sum(estimated_earned), 0) FROM till_outbox"
                             " WHERE replayed_at IS NULL AND kind = 'sale' AND customer_id = ?"));
    q.addBindValue(customerId);
    return single(q);
}

bool TillCopyStore::couponWaiting(const QString& code) const
{
    QSqlQuery q(m_copy.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM till_outbox"
                             " WHERE replayed_at IS NULL AND kind = 'sale' AND coupon_code = ?"));
    q.addBindValue(code);
    return single(q) > 0;
}

qint64 TillCopyStore::replayedCustomer(const QString& customerRef) const
{
    QSqlQuery q(m_copy.connection());
    q.prepare(QStringLiteral("SELECT result FROM till_outbox"
                             " WHERE kind = 'enrolment' AND ref = ? AND replayed_at IS NOT NULL"));
    q.addBindValue(customerRef);
    if (!q.exec() || !q.next())
        return 0;
    return object(q.value(0)).value(QStringLiteral("customer")).toInteger();
}
