#pragma once

#include "Result.h"

#include <QList>
#include <QString>

class Database;

// One line of the audit log: who did what to which thing, when, and the values before and after (JSON).
struct AuditEntry
{
    qint64 id = 0;
    qint64 atMs = 0;
    QString userName;
    QString action;      // a machine word: customer.create, points.adjust, user.sign_in_failed, …
    QString subjectKind; // customer, programme, coupon, campaign, user, setting, export, backup, …
    QString subjectId;
    QString oldValue; // JSON, empty when there was nothing before
    QString newValue; // JSON, empty when nothing is left after
    QString note;
};

// What the owner filters the log by; empty fields and zero times filter nothing.
struct AuditFilter
{
    QString userName;
    QString action;
    qint64 fromMs = 0;
    qint64 toMs = 0; // exclusive
    QString text;    // found in the subject, values or note
    int limit = 5000;
};

// The append-only audit log. Rows are only ever added: triggers refuse UPDATE and DELETE.
class AuditStore
{
public:
    explicit AuditStore(Database& db);

    Result<qint64> append(const AuditEntry& entry);
    // Newest first.
    QList<AuditEntry> find(const AuditFilter& filter) const;
    QStringList userNames() const;
    QStringList actions() const;

private:
    QStringList distinct(const QString& column) const;

    Database& m_db;
};
