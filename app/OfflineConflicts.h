#pragma once

#include "AccessPolicy.h"
#include "OfflineReplayStore.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>

class Clock;
class Database;

// The owner's list of what replays of offline work could not do as the till did it: each conflict said
// in words (what happened, what the owner may want to do), and marked once the owner has seen it.
class OfflineConflicts
{
    Q_DECLARE_TR_FUNCTIONS(OfflineConflicts)

public:
    OfflineConflicts(Database& server, const Clock& clock, const AccessPolicy& access);

    // The list and its marks are the owner's (like the audit log); the count is for every status bar.
    Result<QList<OfflineConflict>> list(bool unseenOnly) const;
    qint64 unseenCount() const { return m_store.unseenCount(); }
    // Marks every conflict not yet seen as seen by the person acting; returns how many.
    Result<qint64> markAllSeen();

    // "Coupon ABCD-EFGH-JK had already been used at till 2 …" in the person's language.
    static QString whatHappened(const OfflineConflict& conflict);
    static QString advice(const OfflineConflict& conflict);
    // For scripts: the stored fields plus the two sentences.
    static QJsonObject toJson(const OfflineConflict& conflict);

private:
    const Clock& m_clock;
    const AccessPolicy& m_access;
    OfflineReplayStore m_store;
};
