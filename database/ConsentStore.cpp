#include "ConsentStore.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
ConsentRecord fromRow(const QSqlQuery& q)
{
    ConsentRecord c;
    c.id = q.value(0).toLongLong();
    c.customerId = q.value(1).toLongLong();
    c.purpose = q.value(2).toString() == u"marketing" ? ConsentRecord::Purpose::Marketing
                                                      : ConsentRecord::Purpose::Data;
    c.granted = q.value(3).toInt() != 0;
    c.at = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
    c.channel = ConsentRecord::channelFromKey(q.value(5).toString()).value_or(ConsentRecord::Channel::Paper);
    c.textVersion = q.value(6).toString();
    c.textSha256 = q.value(7).toString();
    c.recordedBy = q.value(8).toString();
    return c;
}

const QString kColumns =
    QStringLiteral("id, customer_id, purpose, granted, at, channel, text_version, text_sha256, recorded_by");
} // namespace

QString ConsentRecord::purposeKey(Purpose purpose)
{
    return purpose == Purpose::Marketing ? QStringLiteral("marketing") : QStringLiteral("data");
}

QString ConsentRecord::channelKey(Channel channel)
{
    switch (channel) {
    case Channel::Paper:
        return QStringLiteral("paper");
    case Channel::Verbal:
        return QStringLiteral("verbal");
    case Channel::Digital:
        return QStringLiteral("digital");
    }
    return QStringLiteral("paper");
}

std::optional<ConsentRecord::Channel> ConsentRecord::channelFromKey(const QString& key)
{
    for (Channel c : {Channel::Paper, Channel::Verbal, Channel::Digital}) {
        if (channelKey(c) == key)
            return c;
    }
    return std::nullopt;
}

ConsentStore::ConsentStore(Database& db) : m_db(db)
{
}

Result<qint64> ConsentStore::record(const ConsentRecord& consent)
{
    QSqlQuery q(m_db.connection());
    q.prepare(m_db.dialect().returningId(
        QStringLiteral("INSERT INTO consents (customer_id, purpose, granted, at, channel, text_version, "
                       "text_sha256, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")));
    q.addBindValue(consent.customerId);
    q.addBindValue(ConsentRecord::purposeKey(consent.purpose));
    q.addBindValue(consent.granted ? 1 : 0);
    q.addBindValue(consent.at.toMSecsSinceEpoch());
    q.addBindValue(ConsentRecord::channelKey(consent.channel));
    q.addBindValue(SqlValues::text(consent.textVersion));
    q.addBindValue(SqlValues::text(consent.textSha256));
    q.addBindValue(SqlValues::text(consent.recordedBy));
    return m_db.insertReturningId(q);
}

std::optional<ConsentRecord> ConsentStore::current(qint64 customerId, ConsentRecord::Purpose purpose)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
                  "SELECT %1 FROM consents WHERE customer_id = ? AND purpose = ? ORDER BY at DESC, id DESC "
                  "LIMIT 1")
                  .arg(kColumns));
    q.addBindValue(customerId);
    q.addBindValue(ConsentRecord::purposeKey(purpose));
    if (q.exec() && q.next())
        return fromRow(q);
    return std::nullopt;
}

QList<ConsentRecord> ConsentStore::history(qint64 customerId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM consents WHERE customer_id = ? ORDER BY at, id").arg(kColumns));
    q.addBindValue(customerId);
    QList<ConsentRecord> result;
    if (q.exec()) {
        while (q.next())
            result.append(fromRow(q));
    }
    return result;
}
