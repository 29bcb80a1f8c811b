#include "OfflineConflicts.h"

#include "Clock.h"
#include "CouponCode.h"

#include <QLocale>

namespace {
QString detail(const OfflineConflict& c, const char* key)
{
    return c.details.value(QLatin1String(key)).toVariant().toString();
}

qint64 number(const OfflineConflict& c, const char* key)
{
    return c.details.value(QLatin1String(key)).toInteger();
}

// Codes and phone numbers read left to right inside any sentence.
QString isolated(const QString& text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}
} // namespace

OfflineConflicts::OfflineConflicts(Database& server, const Clock& clock, const AccessPolicy& access)
    : m_clock(clock), m_access(access), m_store(server)
{
}

Result<QList<OfflineConflict>> OfflineConflicts::list(bool unseenOnly) const
{
    if (!m_access.allows(AccessPolicy::Action::SeeAudit))
        return makeError(Error::Kind::NotAllowed, AccessPolicy::refusal(AccessPolicy::Action::SeeAudit));
    return m_store.conflicts(unseenOnly);
}

Result<qint64> OfflineConflicts::markAllSeen()
{
    if (!m_access.allows(AccessPolicy::Action::SeeAudit))
        return makeError(Error::Kind::NotAllowed, AccessPolicy::refusal(AccessPolicy::Action::SeeAudit));
    return m_store.markAllSeen(m_clock.nowUtc(), m_access.actor());
}

QString OfflineConflicts::whatHappened(const OfflineConflict& c)
{
    if (c.kind == u"coupon_refused")
        return tr("Coupon %1 was used at till %2 while it was offline, but the server refused it: %3 The sale "
                  "was recorded with the money off the customer was given (%4), without the coupon.")
            .arg(isolated(CouponCode::display(detail(c, "coupon"))), isolated(c.tillId), detail(c, "message"),
                 isolated(detail(c, "discount")));
    if (c.kind == u"points_short")
        return tr("At till %1, offline, the customer spent %L2 points, but by the time the sale reached the "
                  "server only %L3 were left to spend: %L4 points (worth %5) could not be taken.")
            .arg(isolated(c.tillId))
            .arg(number(c, "asked"))
            .arg(number(c, "redeemed"))
            .arg(number(c, "unrecovered"))
            .arg(isolated(detail(c, "value")));
    if (c.kind == u"enrolled_elsewhere")
        return tr("%1 (%2) was enrolled at till %3 while it was offline, but that phone or card had been "
                  "enrolled elsewhere meanwhile; the offline sales went to the customer already enrolled.")
            .arg(detail(c, "name"), isolated(detail(c, "phone")), isolated(c.tillId));
    if (c.kind == u"enrolment_refused")
        return tr("%1 was enrolled at till %2 while it was offline, but the server refused the enrolment: %3")
            .arg(detail(c, "name"), isolated(c.tillId), detail(c, "message"));
    if (c.kind == u"sale_refused")
        return tr("A sale of %1 at till %2 while it was offline could not be recorded: %3")
            .arg(isolated(detail(c, "amount")), isolated(c.tillId), detail(c, "message"));
    return c.kind;
}

QString OfflineConflicts::advice(const OfflineConflict& c)
{
    if (c.kind == u"coupon_refused")
        return tr("Check who used the coupon first; ask the customer about it, or accept the loss.");
    if (c.kind == u"points_short")
        return tr("Talk to the customer; the points can be taken from later earnings with a correction.");
    if (c.kind == u"enrolled_elsewhere")
        return tr("Check that the two enrolments are the same person and correct the name if needed.");
    if (c.kind == u"enrolment_refused")
        return tr("Enrol the customer again when they come back; their offline sales are listed too.");
    if (c.kind == u"sale_refused")
        return tr("Record the sale by hand for the right customer if it should count.");
    return {};
}

QJsonObject OfflineConflicts::toJson(const OfflineConflict& c)
{
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("till"), c.tillId},
        {QStringLiteral("ref"), c.itemRef},
        {QStringLiteral("kind"), c.kind},
        {QStringLiteral("at"), c.happenedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("replayed_at"), c.replayedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("clerk"), c.clerk},
        {QStringLiteral("customer"), c.customerId},
        {QStringLiteral("details"), c.details},
        {QStringLiteral("seen"), c.seenAt.isValid()},
        {QStringLiteral("what"), whatHappened(c)},
        {QStringLiteral("advice"), advice(c)},
    };
}
