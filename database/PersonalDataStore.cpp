#include "PersonalDataStore.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {
QString sqlFor(PersonalDataStore::Section section)
{
    switch (section) {
    case PersonalDataStore::Section::Details:
        return QStringLiteral("SELECT id, name, nickname, phone_e164, card_number, email, birthday, notes,"
                              " created_at, archived_at, anonymised_at, referred_by, external_ref"
                              " FROM customers WHERE id = :id");
    case PersonalDataStore::Section::Consents:
        return QStringLiteral("SELECT purpose, granted, at, channel, text_version, text_sha256, recorded_by"
                              " FROM consents WHERE customer_id = :id ORDER BY at, id");
    case PersonalDataStore::Section::Sales:
        return QStringLiteral("SELECT till_id, sale_ref, at, amount_minor, discount_minor, points_redeemed,"
                              " paid_with_points_minor, refunded_minor, tier, recorded_by"
                              " FROM sales WHERE customer_id = :id ORDER BY at, id");
    case PersonalDataStore::Section::Ledger:
        return QStringLiteral(
            "SELECT l.id, l.kind, l.points, l.at, l.expires_at, s.sale_ref, l.reason, l.note,"
            " l.recorded_by FROM ledger l LEFT JOIN sales s ON s.id = l.sale_id"
            " WHERE l.customer_id = :id ORDER BY l.id");
    case PersonalDataStore::Section::StampCards:
        return QStringLiteral("SELECT serial, capacity, stamps, created_at, filled_at"
                              " FROM stamp_cards WHERE customer_id = :id ORDER BY id");
    case PersonalDataStore::Section::Vouchers:
        return QStringLiteral("SELECT code, source, description, issued_at, valid_until, redeemed_at"
                              " FROM vouchers WHERE customer_id = :id ORDER BY id");
    case PersonalDataStore::Section::Coupons:
        return QStringLiteral("SELECT c.code, k.name AS campaign, c.created_at, c.printed_at, c.redeemed_at"
                              " FROM coupons c JOIN campaigns k ON k.id = c.campaign_id"
                              " WHERE c.issued_to = :id OR c.redeemed_customer_id = :id ORDER BY c.id");
    }
    return {};
}
} // namespace

PersonalDataStore::PersonalDataStore(Database& db) : m_db(db)
{
}

bool PersonalDataStore::isTimeColumn(const QString& column)
{
    return column == u"at" || column.endsWith(QStringLiteral("_at")) || column == u"valid_until";
}

Result<PersonalDataTable> PersonalDataStore::table(Section section, qint64 customerId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sqlFor(section));
    q.bindValue(QStringLiteral(":id"), customerId);
    if (!q.exec())
        return makeError(Error::Kind::Failed, q.lastError().text());
    PersonalDataTable table;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        table.columns.append(record.fieldName(i));
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < record.count(); ++i)
            row.append(q.value(i));
        table.rows.append(row);
    }
    return table;
}

Result<void> PersonalDataStore::anonymise(qint64 customerId, const QString& label, const QDateTime& at)
{
    Transaction transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE customers SET name = ?, nickname = '', phone_e164 = NULL, phone_rev = NULL,"
                       " card_number = NULL, email = '', birthday = NULL, notes = '', external_ref = NULL,"
                       " anonymised_at = ? WHERE id = ?"));
    q.addBindValue(label);
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(customerId);
    if (!q.exec())
        return makeError(Error::Kind::Failed, q.lastError().text());
    if (q.numRowsAffected() != 1)
        return makeError(Error::Kind::NotFound, QString());
    q.prepare(QStringLiteral("DELETE FROM customer_terms WHERE customer_id = ?"));
    q.addBindValue(customerId);
    if (!q.exec())
        return makeError(Error::Kind::Failed, q.lastError().text());
    return transaction.commit();
}

bool PersonalDataStore::isAnonymised(qint64 customerId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT anonymised_at IS NOT NULL FROM customers WHERE id = ?"));
    q.addBindValue(customerId);
    return q.exec() && q.next() && q.value(0).toBool();
}

Result<QList<LapsedCustomer>> PersonalDataStore::lapsedSince(const QDateTime& cutoff)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The last sale is named in a subquery: PostgreSQL takes an output alias in ORDER BY only on its own.
    q.prepare(QStringLiteral(
        "SELECT id, name, created_at, last_sale FROM (SELECT c.id, c.name, c.created_at,"
        " (SELECT max(s.at) FROM sales s WHERE s.customer_id = c.id) AS last_sale"
        " FROM customers c WHERE c.anonymised_at IS NULL) AS known"
        " WHERE coalesce(last_sale, created_at) < ? ORDER BY coalesce(last_sale, created_at), id"));
    q.addBindValue(cutoff.toMSecsSinceEpoch());
    if (!q.exec())
        return makeError(Error::Kind::Failed, q.lastError().text());
    QList<LapsedCustomer> found;
    while (q.next()) {
        LapsedCustomer c;
        c.id = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        c.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
        if (!q.value(3).isNull())
            c.lastSaleAt = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
        found.append(c);
    }
    return found;
}

Result<QSet<qint64>> PersonalDataStore::marketingConsenters()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The record in force is the latest one for the purpose, as ConsentStore::current reads it.
    if (!q.exec(QStringLiteral("SELECT c.customer_id FROM consents c WHERE c.purpose = 'marketing'"
                               " AND c.granted = 1 AND c.id = (SELECT l.id FROM consents l"
                               " WHERE l.customer_id = c.customer_id AND l.purpose = 'marketing'"
                               " ORDER BY l.at DESC, l.id DESC LIMIT 1)")))
        return makeError(Error::Kind::Failed, q.lastError().text());
    QSet<qint64> ids;
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}
