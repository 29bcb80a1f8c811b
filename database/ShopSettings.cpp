#include "ShopSettings.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
struct Definition
{
    ShopSettings::Key key;
    const char* name;
    const char* defaultValue;
};

// One table of every shop setting, its stored name and its default.
constexpr Definition kDefinitions[] = {
    {ShopSettings::Key::Country, "shop/country", ""},
    {ShopSettings::Key::ShopName, "shop/name", ""},
    {ShopSettings::Key::CardPrefix, "cards/prefix", "042"},
    {ShopSettings::Key::ConsentVersion, "consent/version", "1"},
    {ShopSettings::Key::ConsentDataText, "consent/data_text", ""},
    {ShopSettings::Key::ConsentMarketingText, "consent/marketing_text", ""},
    {ShopSettings::Key::Currency, "shop/currency", ""},
    {ShopSettings::Key::Programme, "loyalty/programme", ""},
    {ShopSettings::Key::StampCardPrefix, "stamps/prefix", "049"},
    {ShopSettings::Key::LastNewCardSerial, "cards/last_new_serial", "0"},
    {ShopSettings::Key::CurrencyDisplay, "shop/currency_display", ""},
    {ShopSettings::Key::IdleLockMinutes, "access/idle_lock_minutes", "10"},
    {ShopSettings::Key::ShopLogo, "shop/logo_png", ""},
    {ShopSettings::Key::RetentionYears, "privacy/retention_years", "0"},
};

const Definition& definition(ShopSettings::Key key)
{
    for (const Definition& d : kDefinitions) {
        if (d.key == key)
            return d;
    }
    return kDefinitions[0];
}
} // namespace

ShopSettings::ShopSettings(Database& db) : m_db(db)
{
}

QString ShopSettings::keyName(Key key)
{
    return QString::fromLatin1(definition(key).name);
}

QString ShopSettings::defaultValue(Key key)
{
    return QString::fromUtf8(definition(key).defaultValue);
}

bool ShopSettings::isSet(Key key) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM settings WHERE key = ?"));
    q.addBindValue(keyName(key));
    return q.exec() && q.next();
}

QString ShopSettings::value(Key key) const
{
    auto statement = m_db.prepared(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    QSqlQuery& q = *statement;
    q.addBindValue(keyName(key));
    if (q.exec() && q.next())
        return q.value(0).toString();
    return defaultValue(key);
}

QMap<ShopSettings::Key, QString> ShopSettings::values(const QList<Key>& keys) const
{
    QMap<Key, QString> values;
    QStringList marks;
    for (Key key : keys) {
        values.insert(key, defaultValue(key));
        marks.append(QStringLiteral("?"));
    }
    auto statement = m_db.prepared(
        QStringLiteral("SELECT key, value FROM settings WHERE key IN (%1)").arg(marks.join(u',')));
    QSqlQuery& q = *statement;
    for (Key key : keys)
        q.addBindValue(keyName(key));
    if (!q.exec())
        return values;
    while (q.next()) {
        for (Key key : keys) {
            if (keyName(key) == q.value(0).toString())
                values.insert(key, q.value(1).toString());
        }
    }
    return values;
}

Result<void> ShopSettings::setValue(Key key, const QString& value)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
        "excluded.value"));
    q.addBindValue(keyName(key));
    // An empty setting is stored as empty text; a null QString would bind as SQL NULL.
    q.addBindValue(value.isNull() ? QStringLiteral("") : value);
    if (!q.exec())
        return makeError(Error::Kind::Failed, q.lastError().text());
    return {};
}
