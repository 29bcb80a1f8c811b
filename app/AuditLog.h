#pragma once

#include "AccessPolicy.h"
#include "AuditStore.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>

class Clock;
class Database;

// What an audit line is about: a kind of thing and its id (customer 12, setting shop/name, user 3).
struct AuditSubject
{
    QString kind;
    QString id;

    static AuditSubject customer(qint64 id) { return {QStringLiteral("customer"), QString::number(id)}; }
    static AuditSubject user(qint64 id) { return {QStringLiteral("user"), QString::number(id)}; }
    static AuditSubject setting(const QString& key) { return {QStringLiteral("setting"), key}; }
};

// Who changed what, when, with the values before and after. Callers record inside the transaction of the
// change itself, so a change and its audit line are written together or not at all.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    AuditLog(Database& db, const Clock& clock, const AccessPolicy& access);

    // `action` is a machine word (customer.create, points.adjust, export.customers…); an empty object is
    // written as "nothing" (no old value for a creation, no new one for a removal).
    Result<void> record(const QString& action, const AuditSubject& subject, const QJsonObject& oldValue,
                        const QJsonObject& newValue, const QString& note = {});
    // The same, for events where the person is not (yet) the one signed in: a failed sign-in.
    Result<void> recordAs(const QString& userName, const QString& action, const AuditSubject& subject,
                          const QJsonObject& oldValue, const QJsonObject& newValue, const QString& note = {});

    // The owner's view of the log, newest first.
    Result<QList<AuditEntry>> find(const AuditFilter& filter) const;
    QStringList userNames() const { return m_store.userNames(); }
    QStringList actions() const { return m_store.actions(); }

    static QString toText(const QJsonObject& value);
    // What an action word (customer.create, points.grant…) means, in the person's language; an unknown word
    // is shown as it is.
    static QString actionTitle(const QString& action);
    // What a subject is ("Customer 12", "Setting shop/name"), in the person's language.
    static QString subjectTitle(const QString& kind, const QString& id);

private:
    const Clock& m_clock;
    const AccessPolicy& m_access;
    AuditStore m_store;
};
