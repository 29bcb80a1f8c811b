#include "CouponStore.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
const QString kCampaignColumns =
    QStringLiteral("id, name, kind, amount_minor, percent_bp, item, points, min_purchase_minor, valid_from,"
                   " valid_until, terms, created_at, created_by");
const QString kCouponColumns =
    QStringLiteral("id, code, campaign_id, issued_to, created_at, printed_at, redeemed_at, redeemed_sale,"
                   " redeemed_till, redeemed_by, redeemed_customer_id");

QDateTime timeFrom(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableDate(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

Campaign campaignFrom(const QSqlQuery& q)
{
    Campaign c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    Campaign::kindFromKey(q.value(2).toString(), &c.kind);
    c.amountMinor = q.value(3).toLongLong();
    c.percentBp = q.value(4).toInt();
    c.item = q.value(5).toString();
    c.points = q.value(6).toLongLong();
    c.minPurchaseMinor = q.value(7).toLongLong();
    c.validFrom = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    c.validUntil = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    c.terms = q.value(10).toString();
    c.createdAt = timeFrom(q.value(11));
    c.createdBy = q.value(12).toString();
    return c;
}

Coupon couponFrom(const QSqlQuery& q)
{
    Coupon c;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.campaignId = q.value(2).toLongLong();
    c.issuedTo = q.value(3).toLongLong();
    c.createdAt = timeFrom(q.value(4));
    c.printedAt = timeFrom(q.value(5));
    c.redeemedAt = timeFrom(q.value(6));
    c.redeemedSale = q.value(7).toString();
    c.redeemedTill = q.value(8).toString();
    c.redeemedBy = q.value(9).toString();
    c.redeemedCustomerId = q.value(10).toLongLong();
    return c;
}

Error failure(const QSqlQuery& q)
{
    const QString text = q.lastError().text();
    return makeError(
        SqlDialect::isUniqueViolation(q.lastError()) ? Error::Kind::Duplicate : Error::Kind::Failed, text);
}
} // namespace

QString Campaign::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::AmountOff:
        return QStringLiteral("amount");
    case Kind::PercentOff:
        return QStringLiteral("percent");
    case Kind::FreeItem:
        return QStringLiteral("item");
    case Kind::BonusPoints:
        return QStringLiteral("points");
    }
    return QString();
}

bool Campaign::kindFromKey(const QString& key, Kind* kind)
{
    for (Kind k : {Kind::AmountOff, Kind::PercentOff, Kind::FreeItem, Kind::BonusPoints}) {
        if (kindKey(k) == key) {
            *kind = k;
            return true;
        }
    }
    return false;
}

CouponStore::CouponStore(Database& db) : m_db(db)
{
}

Result<qint64> CouponStore::addCampaign(const Campaign& c)
{
    QSqlQuery q(m_db.connection());
    q.prepare(m_db.dialect().returningId(
        QStringLiteral("INSERT INTO campaigns (name, kind, amount_minor, percent_bp, item, points,"
                       " min_purchase_minor, valid_from, valid_until, terms, created_at, created_by)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    q.addBindValue(c.name);
    q.addBindValue(Campaign::kindKey(c.kind));
    q.addBindValue(c.amountMinor);
    q.addBindValue(c.percentBp);
    q.addBindValue(SqlValues::text(c.item));
    q.addBindValue(c.points);
    q.addBindValue(c.minPurchaseMinor);
    q.addBindValue(nullableDate(c.validFrom));
    q.addBindValue(nullableDate(c.validUntil));
    q.addBindValue(SqlValues::text(c.terms));
    q.addBindValue(c.createdAt.toMSecsSinceEpoch());
    q.addBindValue(SqlValues::text(c.createdBy));
    return m_db.insertReturningId(q);
}

Result<Campaign> CouponStore::campaign(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM campaigns WHERE id = ?").arg(kCampaignColumns));
    q.addBindValue(id);
    if (!q.exec())
        return failure(q);
    if (!q.next())
        return makeError(Error::Kind::NotFound, QString());
    return campaignFrom(q);
}

Result<Campaign> CouponStore::campaignByName(const QString& name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM campaigns WHERE name = ?").arg(kCampaignColumns));
    q.addBindValue(name);
    if (!q.exec())
        return failure(q);
    if (!q.next())
        return makeError(Error::Kind::NotFound, QString());
    return campaignFrom(q);
}

QList<Campaign> CouponStore::campaigns() const
{
    QList<Campaign> list;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT %1 FROM campaigns ORDER BY id DESC").arg(kCampaignColumns))) {
        while (q.next())
            list.append(campaignFrom(q));
    }
    return list;
}

Result<qint64> CouponStore::addCoupon(const Coupon& c)
{
    QSqlQuery q(m_db.connection());
    q.prepare(m_db.dialect().returningId(QStringLiteral(
        "INSERT INTO coupons (code, campaign_id, issued_to, created_at) VALUES (?, ?, ?, ?)")));
    q.addBindValue(c.code);
    q.addBindValue(c.campaignId);
    q.addBindValue(nullableId(c.issuedTo));
    q.addBindValue(c.createdAt.toMSecsSinceEpoch());
    return m_db.insertReturningId(q);
}

Result<Coupon> CouponStore::byCode(const QString& code) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM coupons WHERE code = ?").arg(kCouponColumns));
    q.addBindValue(code);
    if (!q.exec())
        return failure(q);
    if (!q.next())
        return makeError(Error::Kind::NotFound, QString());
    return couponFrom(q);
}

QList<Coupon> CouponStore::couponsOf(qint64 campaignId) const
{
    QList<Coupon> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM coupons WHERE campaign_id = ? ORDER BY id").arg(kCouponColumns));
    q.addBindValue(campaignId);
    if (q.exec()) {
        while (q.next())
            list.append(couponFrom(q));
    }
    return list;
}

Result<void> CouponStore::markPrinted(qint64 campaignId, const QDateTime& at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE coupons SET printed_at = ? WHERE campaign_id = ? AND printed_at IS NULL"));
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(campaignId);
    if (!q.exec())
        return failure(q);
    return {};
}

CampaignCounts CouponStore::counts(qint64 campaignId, const QDate& today) const
{
    CampaignCounts counts;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT count(*), count(c.printed_at), count(c.redeemed_at),"
        " sum(CASE WHEN c.redeemed_at IS NULL AND k.valid_until IS NOT NULL AND k.valid_until < ? THEN 1"
        " ELSE 0 END)"
        " FROM coupons c JOIN campaigns k ON k.id = c.campaign_id WHERE c.campaign_id = ?"));
    q.addBindValue(today.toString(Qt::ISODate));
    q.addBindValue(campaignId);
    if (q.exec() && q.next()) {
        counts.issued = q.value(0).toLongLong();
        counts.printed = q.value(1).toLongLong();
        counts.redeemed = q.value(2).toLongLong();
        counts.expired = q.value(3).toLongLong();
    }
    return counts;
}

Result<bool> CouponStore::redeem(const QString& code, const QDateTime& at, const QString& saleRef,
                                 const QString& till, const QString& by, qint64 customerId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE coupons SET redeemed_at = ?, redeemed_sale = ?, redeemed_till = ?,"
                       " redeemed_by = ?, redeemed_customer_id = ? WHERE code = ? AND redeemed_at IS NULL"));
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(SqlValues::textOrNull(saleRef));
    q.addBindValue(SqlValues::text(till));
    q.addBindValue(SqlValues::text(by));
    q.addBindValue(nullableId(customerId));
    q.addBindValue(code);
    if (!q.exec())
        return failure(q);
    return q.numRowsAffected() == 1;
}

Result<bool> CouponStore::undoRedemption(const Coupon& redeemed, const QDateTime& at, const QString& by,
                                         const QString& reason)
{
    QSqlQuery open(m_db.connection());
    open.prepare(
        QStringLiteral("UPDATE coupons SET redeemed_at = NULL, redeemed_sale = NULL, redeemed_till = NULL,"
                       " redeemed_by = NULL, redeemed_customer_id = NULL"
                       " WHERE id = ? AND redeemed_at = ?"));
    open.addBindValue(redeemed.id);
    open.addBindValue(redeemed.redeemedAt.toMSecsSinceEpoch());
    if (!open.exec())
        return failure(open);
    if (open.numRowsAffected() != 1)
        return false;
    QSqlQuery record(m_db.connection());
    record.prepare(
        QStringLiteral("INSERT INTO coupon_undos (coupon_id, redeemed_at, redeemed_sale, redeemed_till,"
                       " redeemed_by, undone_at, undone_by, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    record.addBindValue(redeemed.id);
    record.addBindValue(redeemed.redeemedAt.toMSecsSinceEpoch());
    record.addBindValue(SqlValues::textOrNull(redeemed.redeemedSale));
    record.addBindValue(SqlValues::text(redeemed.redeemedTill));
    record.addBindValue(SqlValues::text(redeemed.redeemedBy));
    record.addBindValue(at.toMSecsSinceEpoch());
    record.addBindValue(SqlValues::text(by));
    record.addBindValue(SqlValues::text(reason));
    if (!record.exec())
        return failure(record);
    return true;
}
