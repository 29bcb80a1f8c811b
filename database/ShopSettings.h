#pragma once

#include "Result.h"

#include <QList>
#include <QMap>
#include <QString>

class Database;

// The shop's own settings, kept in its database so every till of the shop shares them.
class ShopSettings
{
public:
    enum class Key
    {
        Country, // ISO 3166 region code used to read phone numbers typed without +
        ShopName,
        CardPrefix,     // first digits of card numbers the app issues (GS1 restricted circulation 04x)
        ConsentVersion, // version label of the consent texts in force
        ConsentDataText,
        ConsentMarketingText,
        Currency,          // ISO 4217 code; empty: the currency of the shop's country
        Programme,         // the loyalty programme's rules as JSON (LoyaltyProgramme)
        StampCardPrefix,   // first digits of printed stamp card serials (EAN-13, 049 by default)
        LastNewCardSerial, // the serial of the last blank membership card printed for later registration
        CurrencyDisplay,   // "toman": Iranian rial amounts shown and typed in tomans; empty: in the currency
        IdleLockMinutes,   // the till locks after this many idle minutes once people sign in (0: never)
        ShopLogo,          // printed on cards and slips: PNG in base64, kept with the shop's data
        RetentionYears, // customers with no purchase for this many years are listed for anonymisation; 0: off
    };

    explicit ShopSettings(Database& db);

    QString value(Key key) const;
    // Several settings read together (a sale's rules and currency), each as value() would give it.
    QMap<Key, QString> values(const QList<Key>& keys) const;
    bool isSet(Key key) const;
    Result<void> setValue(Key key, const QString& value);

    static QString keyName(Key key);
    static QString defaultValue(Key key);

private:
    Database& m_db;
};
