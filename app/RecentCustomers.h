#pragma once

#include <QList>
#include <QString>

// The customers opened lately on this computer, newest first, kept per shop database so a second shop file
// (or a demo) never lists the first one's people.
class RecentCustomers
{
public:
    static constexpr int Kept = 8;

    explicit RecentCustomers(QString databasePath);

    QList<qint64> ids() const;
    // Moves the customer to the front; the oldest falls off after Kept.
    void add(qint64 customerId);
    void remove(qint64 customerId);

private:
    void save(const QList<qint64>& ids);

    QString m_databasePath;
};
