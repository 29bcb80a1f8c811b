#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// A customer as stored: the phone is E.164, times are UTC.
struct CustomerRecord
{
    qint64 id = 0;
    QString name;
    QString nickname;
    QString phoneE164;
    QString cardNumber;
    QString email;
    QDate birthday;
    QString notes;
    QDateTime createdAt;
    QDateTime archivedAt;

    bool isArchived() const { return archivedAt.isValid(); }
};
