#include "LoyaltyProgramme.h"
#include "Money.h"
#include "TestSupport.h"

#include <QTest>

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { TestSupport::failOnWarnings(); }

    void parsesExactlyInAnyScript_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("point") << "EUR"
                               << "12.50" << qint64(1250);
        QTest::newRow("comma") << "RUB"
                               << "12,5" << qint64(1250);
        QTest::newRow("whole") << "RUB"
                               << "12" << qint64(1200);
        QTest::newRow("grouped") << "USD"
                                 << "1,234.56" << qint64(123456);
        QTest::newRow("grouped ru") << "RUB"
                                    << "1 234,56" << qint64(123456);
        QTest::newRow("arabic") << "SAR"
                                << "١٢٫٥٠" << qint64(1250);
        QTest::newRow("persian") << "IRR"
                                 << "۱۲۵۰۰۰۰" << qint64(1250000);
        QTest::newRow("rial grouped") << "IRR"
                                      << "1,250,000" << qint64(1250000);
        QTest::newRow("three decimals") << "KWD"
                                        << "1.250" << qint64(1250);
        QTest::newRow("cents only") << "EUR"
                                    << ".05" << qint64(5);
        QTest::newRow("0.1 is exact") << "EUR"
                                      << "0.10" << qint64(10);
    }

    void parsesExactlyInAnyScript()
    {
        QFETCH(QString, currency);
        QFETCH(QString, text);
        QFETCH(qint64, minor);
        auto parsed = Money(currency).parse(text);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed.value(), minor);
    }

    void refusesWhatIsNotAnAmount()
    {
        QVERIFY(!Money(QStringLiteral("EUR")).parse(u"12.505").ok());
        QVERIFY(!Money(QStringLiteral("IRR")).parse(u"12.5").ok());
        QVERIFY(!Money(QStringLiteral("EUR")).parse(u"12 euros").ok());
        QVERIFY(!Money(QStringLiteral("EUR")).parse(u"").ok());
        QVERIFY(!Money(QStringLiteral("EUR")).parse(u"-5").ok());
        QVERIFY(!Money(QStringLiteral("EUR")).parse(u"99999999999999999").ok());
    }

    void knowsEachCurrencysMinorUnits()
    {
        QCOMPARE(Money::minorDigitsOf(QStringLiteral("EUR")), 2);
        QCOMPARE(Money::minorDigitsOf(QStringLiteral("IRR")), 0);
        QCOMPARE(Money::minorDigitsOf(QStringLiteral("JPY")), 0);
        QCOMPARE(Money::minorDigitsOf(QStringLiteral("KWD")), 3);
        QCOMPARE(Money::currencyForRegion(QStringLiteral("RU")), QStringLiteral("RUB"));
        QCOMPARE(Money::currencyForRegion(QStringLiteral("IR")), QStringLiteral("IRR"));
        QCOMPARE(Money::currencyForRegion(QStringLiteral("SA")), QStringLiteral("SAR"));
    }

    void defaultProgrammeScalesToTheCurrency()
    {
        // A point for about a euro's worth, wherever the shop is.
        QCOMPARE(Money(QStringLiteral("EUR")).everydayUnitMinor(), 100);
        QCOMPARE(Money(QStringLiteral("RUB")).everydayUnitMinor(), 10000);
        QCOMPARE(Money(QStringLiteral("IRR")).everydayUnitMinor(), 500000);
        const LoyaltyProgramme rial =
            LoyaltyProgramme::defaultsFor(Money(QStringLiteral("IRR")).everydayUnitMinor());
        QCOMPARE(rial.pointsFor(1250000), 2);
        QCOMPARE(rial.pointValueMinor, 5000);
        QCOMPARE(rial.tiers[1].spendMinor, 500 * 500000);
        QVERIFY(rial.validate().ok());
    }

    void formatsForFilesAndPeople()
    {
        QCOMPARE(Money(QStringLiteral("EUR")).toPlainText(1250), QStringLiteral("12.50"));
        QCOMPARE(Money(QStringLiteral("EUR")).toPlainText(-5), QStringLiteral("-0.05"));
        QCOMPARE(Money(QStringLiteral("IRR")).toPlainText(1250000), QStringLiteral("1250000"));
        QCOMPARE(Money(QStringLiteral("KWD")).toPlainText(1250), QStringLiteral("1.250"));
        const QString ru =
            Money(QStringLiteral("RUB")).format(123456, QLocale(QLocale::Russian, QLocale::Russia));
        QVERIFY2(ru.contains(QStringLiteral("234,56")) && ru.contains(QStringLiteral("₽")), qPrintable(ru));
        const QString ar =
            Money(QStringLiteral("SAR")).formatNumber(1250, QLocale(QLocale::Arabic, QLocale::SaudiArabia));
        QVERIFY2(ar.contains(QStringLiteral("١٢")), qPrintable(ar));
        // Whatever a person sees, the app reads back to the same amount.
        for (const QLocale& locale :
             {QLocale(QLocale::Arabic, QLocale::Egypt), QLocale(QLocale::Persian, QLocale::Iran),
              QLocale(QLocale::Russian, QLocale::Russia), QLocale(QLocale::English, QLocale::UnitedStates)}) {
            const Money money(QStringLiteral("EUR"));
            QCOMPARE(money.parse(money.formatNumber(123456, locale)).value(), 123456);
        }
    }

    void countsRialsInTomansWhenAsked()
    {
        const Money toman(QStringLiteral("IRR"), Money::Display::Toman);
        QVERIFY(toman.showsToman());
        // Typed in tomans, kept in rials: files and JSON stay in the currency's own unit.
        QCOMPARE(toman.parse(u"50,000").value(), 500000);
        QCOMPARE(toman.parse(u"۵۰٬۰۰۰").value(), 500000);
        QCOMPARE(toman.parse(u"1,250,000").value(), 12500000);
        QCOMPARE(toman.parse(u"12.5").value(), 125);
        QVERIFY(!toman.parse(u"12.55").ok());
        QCOMPARE(toman.toPlainText(500000), QStringLiteral("500000"));
        const QLocale persian(QLocale::Persian, QLocale::Iran);
        QCOMPARE(toman.formatNumber(500000, persian), QStringLiteral("۵۰٬۰۰۰"));
        QCOMPARE(toman.formatNumber(125, persian), QStringLiteral("۱۲٫۵"));
        const QString shown = toman.format(500000, QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(shown.contains(QStringLiteral("50,000")) && shown.contains(QStringLiteral("toman")),
                 qPrintable(shown));
        for (qint64 rials : {qint64(0), qint64(10), qint64(125), qint64(987654320)})
            QCOMPARE(toman.parse(toman.formatNumber(rials, persian)).value(), rials);
        // Only the rial has tomans.
        QVERIFY(!Money(QStringLiteral("EUR"), Money::Display::Toman).showsToman());
    }

    void namesEveryCurrencyInUse()
    {
        const QStringList codes = Money::currencyCodes();
        for (const char* code : {"EUR", "IRR", "RUB", "SAR", "EGP", "USD"})
            QVERIFY2(codes.contains(QLatin1String(code)), code);
        QVERIFY(!codes.contains(QStringLiteral("DEM"))); // the mark is gone
        QCOMPARE(Money::currencyName(QStringLiteral("RUB"), QLocale(QLocale::Russian, QLocale::Russia)),
                 QStringLiteral("российский рубль"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "test_money.moc"
