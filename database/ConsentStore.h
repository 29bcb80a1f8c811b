#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Database;

// One written record of a customer agreeing to, or withdrawing, a use of their data. Never edited.
struct ConsentRecord
{
    enum class Purpose
    {
        Data,
        Marketing
    };
    enum class Channel
    {
        Paper,
        Verbal,
        Digital
    };

    qint64 id = 0;
    qint64 customerId = 0;
    Purpose purpose = Purpose::Data;
    bool granted = false;
    QDateTime at;
    Channel channel = Channel::Paper;
    QString textVersion;
    QString textSha256;
    QString recordedBy;

    static QString purposeKey(Purpose purpose);
    static QString channelKey(Channel channel);
    static std::optional<Channel> channelFromKey(const QString& key);
};

class ConsentStore
{
public:
    explicit ConsentStore(Database& db);

    Result<qint64> record(const ConsentRecord& consent);
    // The record in force: the latest for that purpose.
    std::optional<ConsentRecord> current(qint64 customerId, ConsentRecord::Purpose purpose);
    QList<ConsentRecord> history(qint64 customerId);

private:
    Database& m_db;
};
