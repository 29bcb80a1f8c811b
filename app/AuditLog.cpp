#include "AuditLog.h"

#include "Clock.h"

#include <QHash>
#include <QJsonDocument>

AuditLog::AuditLog(Database& db, const Clock& clock, const AccessPolicy& access)
    : m_clock(clock), m_access(access), m_store(db)
{
}

QString AuditLog::toText(const QJsonObject& value)
{
    return value.isEmpty() ? QString()
                           : QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact));
}

Result<void> AuditLog::record(const QString& action, const AuditSubject& subject, const QJsonObject& oldValue,
                              const QJsonObject& newValue, const QString& note)
{
    return recordAs(m_access.actor(), action, subject, oldValue, newValue, note);
}

Result<void> AuditLog::recordAs(const QString& userName, const QString& action, const AuditSubject& subject,
                                const QJsonObject& oldValue, const QJsonObject& newValue, const QString& note)
{
    AuditEntry entry;
    entry.atMs = m_clock.nowUtc().toMSecsSinceEpoch();
    entry.userName = userName;
    entry.action = action;
    entry.subjectKind = subject.kind;
    entry.subjectId = subject.id;
    entry.oldValue = toText(oldValue);
    entry.newValue = toText(newValue);
    entry.note = note;
    auto appended = m_store.append(entry);
    if (!appended)
        return makeError(Error::Kind::Failed,
                         tr("The change was not saved because the audit log could not be written: %1")
                             .arg(appended.error().message));
    return {};
}

Result<QList<AuditEntry>> AuditLog::find(const AuditFilter& filter) const
{
    if (!m_access.allows(AccessPolicy::Action::SeeAudit))
        return makeError(Error::Kind::NotAllowed, AccessPolicy::refusal(AccessPolicy::Action::SeeAudit));
    return m_store.find(filter);
}

QString AuditLog::actionTitle(const QString& action)
{
    static const QHash<QString, const char*> titles = {
        {QStringLiteral("backup.restore"), QT_TR_NOOP("Backup restored")},
        {QStringLiteral("campaign.create"), QT_TR_NOOP("Coupon campaign created")},
        {QStringLiteral("coupon.undo_redemption"), QT_TR_NOOP("Coupon redemption undone")},
        {QStringLiteral("customer.anonymise"), QT_TR_NOOP("Customer anonymised")},
        {QStringLiteral("customer.archive"), QT_TR_NOOP("Customer archived")},
        {QStringLiteral("customer.consent"), QT_TR_NOOP("Consent recorded")},
        {QStringLiteral("customer.create"), QT_TR_NOOP("Customer added")},
        {QStringLiteral("customer.edit"), QT_TR_NOOP("Customer details changed")},
        {QStringLiteral("customer.export_personal"), QT_TR_NOOP("Personal data exported")},
        {QStringLiteral("customer.import"), QT_TR_NOOP("Customers imported")},
        {QStringLiteral("customer.restore"), QT_TR_NOOP("Customer restored from the archive")},
        {QStringLiteral("export.customers"), QT_TR_NOOP("Customer list exported")},
        {QStringLiteral("points.adjust"), QT_TR_NOOP("Points corrected")},
        {QStringLiteral("points.grant"), QT_TR_NOOP("Points given")},
        {QStringLiteral("points.transfer"), QT_TR_NOOP("Points passed on")},
        {QStringLiteral("programme.change"), QT_TR_NOOP("Programme rules changed")},
        {QStringLiteral("setting.change"), QT_TR_NOOP("Setting changed")},
        {QStringLiteral("shop.create"), QT_TR_NOOP("Shop added")},
        {QStringLiteral("shop.rename"), QT_TR_NOOP("Shop renamed")},
        {QStringLiteral("till.assign"), QT_TR_NOOP("Till moved to a shop")},
        {QStringLiteral("user.change_password"), QT_TR_NOOP("Password changed")},
        {QStringLiteral("user.create"), QT_TR_NOOP("Person added")},
        {QStringLiteral("user.disable"), QT_TR_NOOP("Person disabled")},
        {QStringLiteral("user.locked"), QT_TR_NOOP("Locked after wrong tries")},
        {QStringLiteral("user.reset_pin"), QT_TR_NOOP("PIN reset")},
        {QStringLiteral("user.sign_in_failed"), QT_TR_NOOP("Wrong PIN or password")},
    };
    const auto found = titles.constFind(action);
    return found == titles.cend() ? action : tr(found.value());
}

QString AuditLog::subjectTitle(const QString& kind, const QString& id)
{
    static const QHash<QString, const char*> kinds = {
        {QStringLiteral("customer"), QT_TR_NOOP("Customer %1")}, {QStringLiteral("user"), QT_TR_NOOP("Person %1")},
        {QStringLiteral("setting"), QT_TR_NOOP("Setting %1")},   {QStringLiteral("campaign"), QT_TR_NOOP("Campaign %1")},
        {QStringLiteral("coupon"), QT_TR_NOOP("Coupon %1")},     {QStringLiteral("file"), QT_TR_NOOP("File %1")},
        {QStringLiteral("shop"), QT_TR_NOOP("Shop %1")},         {QStringLiteral("till"), QT_TR_NOOP("Till %1")},
    };
    const auto found = kinds.constFind(kind);
    if (found == kinds.cend())
        return id.isEmpty() ? kind : QStringLiteral("%1 %2").arg(kind, id);
    return tr(found.value()).arg(id).trimmed();
}
