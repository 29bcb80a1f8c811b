#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

class Database;

// Something a replay of offline work could not do as the till did it, kept on the server for the owner.
struct OfflineConflict
{
    qint64 id = 0;
    QString tillId;
    QString itemRef; // the sale reference or the enrolment's reference
    QString kind;    // coupon_refused, points_short, enrolled_elsewhere, customer_missing
    QDateTime happenedAt;
    QDateTime replayedAt;
    QString clerk;
    qint64 customerId = 0;
    QJsonObject details;
    QDateTime seenAt; // invalid until the owner has seen it
    QString seenBy;
};

// The server's side of offline tills: customers found by the reference their offline enrolment was given,
// and the conflicts replays leave for the owner.
class OfflineReplayStore
{
public:
    explicit OfflineReplayStore(Database& server);

    // Whether the server still answers on this connection (after a use-case failed).
    bool serverAnswers() const;

    // The customer whose offline enrolment had this reference, or 0.
    qint64 customerByClientRef(const QString& clientRef) const;
    Result<void> setClientRef(qint64 customerId, const QString& clientRef);

    // Records a conflict once: the same item and kind again is accepted and changes nothing.
    Result<void> record(const OfflineConflict& conflict);
    QList<OfflineConflict> conflicts(bool unseenOnly) const;
    qint64 unseenCount() const;
    // Marks every conflict not yet seen; returns how many.
    Result<qint64> markAllSeen(const QDateTime& at, const QString& by);

private:
    Database& m_server;
};
