#pragma once

#include "Result.h"

#include <QDateTime>
#include <QString>

class Database;

// A card of "buy N, get a reward" stamps, on paper (with a printed serial) or kept only in the app.
struct StampCard
{
    qint64 id = 0;
    qint64 customerId = 0; // 0: a printed card not given to anybody yet
    QString serial;        // empty for cards kept only in the app
    int capacity = 0;
    int stamps = 0;
    QDateTime createdAt;
    QDateTime filledAt;
    qint64 voucherId = 0;
    bool isFilled() const { return filledAt.isValid(); }
};

class StampCardStore
{
public:
    explicit StampCardStore(Database& db);

    Result<qint64> create(const StampCard& card);
    // The customer's card being filled (the newest one not yet full), if any.
    Result<StampCard> currentCard(qint64 customerId) const;
    Result<StampCard> bySerial(const QString& serial) const;
    Result<StampCard> byId(qint64 id) const;
    Result<void> assign(qint64 cardId, qint64 customerId);
    // Appends a stamp entry and keeps the card's cached count.
    Result<void> addStamps(qint64 cardId, qint64 saleId, int stamps, const QDateTime& at, const QString& by);
    Result<void> markFilled(qint64 cardId, const QDateTime& at, qint64 voucherId);
    // Stamps a sale put on cards: (card id, stamps) pairs.
    QList<QPair<qint64, int>> stampsForSale(qint64 saleId) const;
    // Cards whose cached count differs from the sum of their entries (integrity check).
    QList<qint64> cardsWithWrongCount() const;
    qint64 highestSerialNumber(const QString& prefix) const;

private:
    Database& m_db;
};
