#include "RecentCustomers.h"

#include "UserSettings.h"

#include <QVariantMap>

RecentCustomers::RecentCustomers(QString databasePath) : m_databasePath(std::move(databasePath))
{
}

QList<qint64> RecentCustomers::ids() const
{
    const QVariantMap byDatabase = UserSettings::value(UserSettings::Key::RecentCustomers).toMap();
    QList<qint64> ids;
    for (const QVariant& id : byDatabase.value(m_databasePath).toList())
        ids.append(id.toLongLong());
    return ids;
}

void RecentCustomers::add(qint64 customerId)
{
    QList<qint64> list = ids();
    list.removeAll(customerId);
    list.prepend(customerId);
    save(list.mid(0, Kept));
}

void RecentCustomers::remove(qint64 customerId)
{
    QList<qint64> list = ids();
    if (list.removeAll(customerId) > 0)
        save(list);
}

void RecentCustomers::save(const QList<qint64>& ids)
{
    QVariantMap byDatabase = UserSettings::value(UserSettings::Key::RecentCustomers).toMap();
    QVariantList stored;
    for (qint64 id : ids)
        stored.append(id);
    byDatabase.insert(m_databasePath, stored);
    UserSettings::setValue(UserSettings::Key::RecentCustomers, byDatabase);
}
