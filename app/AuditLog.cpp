#include "AuditLog.h"

#include "Clock.h"

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
