#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// Amounts of the shop's currency in integer minor units (cents, kopecks, fils; the rial has none). Text is
// parsed exactly, digit by digit, never through floating point.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    // How amounts are shown and typed: Iranian shops count in tomans (ten rials) while prices and storage stay
    // in rials.
    enum class Display
    {
        Standard,
        Toman,
    };
    explicit Money(QString currencyCode = QStringLiteral("EUR"), Display display = Display::Standard);

    // The ISO 4217 currency of a country (two-letter region), or empty when unknown.
    static QString currencyForRegion(const QString& region);
    // Every currency in use today, as ISO 4217 codes.
    static QStringList currencyCodes();
    // The currency's name in a language ("Russian Ruble", "ریال ایران").
    static QString currencyName(const QString& currencyCode, const QLocale& locale);
    // Digits after the decimal separator: 2 for EUR, 0 for IRR and JPY, 3 for KWD.
    static int minorDigitsOf(const QString& currencyCode);

    QString currencyCode() const { return m_code; }
    bool showsToman() const { return m_toman; }
    // What amounts are counted in for people: the currency code, or "toman".
    QString unitName() const;
    // About one euro's worth in minor units (100 cents, 100 roubles, 500,000 rials): the scale of the default
    // programme, so a point, a tier or a threshold means roughly the same in every shop.
    qint64 everydayUnitMinor() const;
    int minorDigits() const { return m_digits; }
    // 10^minorDigits: how many minor units make one major unit.
    qint64 minorPerMajor() const;

    // "12.50", "12,50", "١٢٫٥٠", "1 250", "1,250.00" (grouping ignored), Persian or Arabic-Indic digits; in
    // tomans when the money is shown in tomans.
    Result<qint64> parse(QStringView text) const;
    // Plain decimal text with Latin digits and a point, for files and JSON: "12.50", "1250".
    QString toPlainText(qint64 minor) const;
    // For people: the locale's digits, separators and currency sign.
    QString format(qint64 minor, const QLocale& locale = QLocale()) const;
    // The number alone in the locale's digits, for entry fields.
    QString formatNumber(qint64 minor, const QLocale& locale = QLocale()) const;

private:
    // Decimals shown for an amount: the currency's, or for tomans one only when there is a stray rial.
    int shownDigits(qint64 minor) const;

    QString m_code;
    int m_digits = 2;
    bool m_toman = false;
};
