#include "PhoneNumbers.h"
#include "TestSupport.h"

#include <QLocale>
#include <QTest>

class TestPhoneNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { TestSupport::failOnWarnings(); }

    void readsNumbersAsPeopleTypeThem_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("e164");

        // Russia: the 8 trunk prefix, +7, 00 and 8-10 international prefixes, brackets and dashes.
        QTest::newRow("RU trunk 8") << "RU"
                                    << "8 912 345-67-89"
                                    << "+79123456789";
        QTest::newRow("RU brackets") << "RU"
                                     << "8 (912) 345-67-89"
                                     << "+79123456789";
        QTest::newRow("RU +7") << "RU"
                               << "+7 912 345 67 89"
                               << "+79123456789";
        QTest::newRow("RU bare national") << "RU"
                                          << "9123456789"
                                          << "+79123456789";
        QTest::newRow("RU 00 abroad") << "RU"
                                      << "00 49 30 1234567"
                                      << "+49301234567";
        QTest::newRow("RU 8-10 abroad") << "RU"
                                        << "8 10 49 30 1234567"
                                        << "+49301234567";
        QTest::newRow("RU dots") << "RU"
                                 << "8.912.345.67.89"
                                 << "+79123456789";
        // Iran: trunk 0, Persian and Arabic-Indic digits, 0098.
        QTest::newRow("IR trunk 0") << "IR"
                                    << "0912 345 6789"
                                    << "+989123456789";
        QTest::newRow("IR persian digits") << "IR"
                                           << "۰۹۱۲ ۳۴۵ ۶۷۸۹"
                                           << "+989123456789";
        QTest::newRow("IR arabic-indic digits") << "IR"
                                                << "٠٩١٢٣٤٥٦٧٨٩"
                                                << "+989123456789";
        QTest::newRow("IR 0098") << "IR"
                                 << "0098 912 345 6789"
                                 << "+989123456789";
        QTest::newRow("IR mixed digits") << "IR"
                                         << "۰۹۱۲-345-٦٧٨٩"
                                         << "+989123456789";
        // Saudi Arabia, UAE, Egypt.
        QTest::newRow("SA trunk 0") << "SA"
                                    << "050 123 4567"
                                    << "+966501234567";
        QTest::newRow("SA arabic-indic") << "SA"
                                         << "٠٥٠١٢٣٤٥٦٧"
                                         << "+966501234567";
        QTest::newRow("SA +966") << "SA"
                                 << "+966 50 123 4567"
                                 << "+966501234567";
        QTest::newRow("AE trunk 0") << "AE"
                                    << "050 123 4567"
                                    << "+971501234567";
        QTest::newRow("AE 00971") << "AE"
                                  << "00971 50 123 4567"
                                  << "+971501234567";
        QTest::newRow("EG trunk 0") << "EG"
                                    << "0100 123 4567"
                                    << "+201001234567";
        QTest::newRow("EG arabic-indic") << "EG"
                                         << "٠١٠٠١٢٣٤٥٦٧"
                                         << "+201001234567";
        // Turkey, Germany, United Kingdom, United States.
        QTest::newRow("TR trunk 0") << "TR"
                                    << "0532 123 45 67"
                                    << "+905321234567";
        QTest::newRow("TR +90") << "TR"
                                << "+90 (532) 123 45 67"
                                << "+905321234567";
        QTest::newRow("DE trunk 0") << "DE"
                                    << "0151 23456789"
                                    << "+4915123456789";
        QTest::newRow("DE +49 (0)") << "DE"
                                    << "+49 (0)151 23456789"
                                    << "+4915123456789";
        QTest::newRow("DE 0049") << "DE"
                                 << "0049 151 23456789"
                                 << "+4915123456789";
        QTest::newRow("GB trunk 0") << "GB"
                                    << "07911 123456"
                                    << "+447911123456";
        QTest::newRow("GB +44 (0)") << "GB"
                                    << "+44 (0)7911 123456"
                                    << "+447911123456";
        QTest::newRow("US brackets") << "US"
                                     << "(201) 555-0123"
                                     << "+12015550123";
        QTest::newRow("US 1-") << "US"
                               << "1-201-555-0123"
                               << "+12015550123";
        // A foreign number typed with + is read in its own country whatever the shop's region.
        QTest::newRow("RU shop, Iranian number") << "RU"
                                                 << "+98 912 345 6789"
                                                 << "+989123456789";
        QTest::newRow("IR shop, Russian number") << "IR"
                                                 << "+7 912 345-67-89"
                                                 << "+79123456789";
    }
    void readsNumbersAsPeopleTypeThem()
    {
        QFETCH(QString, region);
        QFETCH(QString, typed);
        QFETCH(QString, e164);
        const auto result = PhoneNumbers::toE164(typed, region);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result.value(), e164);
    }

    void refusesNumbersNotValidForTheCountry_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("countryInMessage");
        QTest::newRow("RU too short") << "RU"
                                      << "8 912 345"
                                      << "Russia";
        QTest::newRow("RU too long") << "RU"
                                     << "8 912 345 67 89 00"
                                     << "Russia";
        QTest::newRow("IR wrong prefix") << "IR"
                                         << "0912 34"
                                         << "Iran";
        QTest::newRow("DE short") << "DE"
                                  << "0151 2"
                                  << "Germany";
        QTest::newRow("US bad area") << "US"
                                     << "(100) 555-0123"
                                     << "United States";
        QTest::newRow("GB letters") << "GB"
                                    << "07700 9001xx"
                                    << "";
        QTest::newRow("empty") << "GB"
                               << "   "
                               << "";
    }
    void refusesNumbersNotValidForTheCountry()
    {
        QFETCH(QString, region);
        QFETCH(QString, typed);
        QFETCH(QString, countryInMessage);
        const auto result = PhoneNumbers::toE164(typed, region);
        QVERIFY(!result.ok());
        QVERIFY(!result.error().message.isEmpty());
        if (!countryInMessage.isEmpty())
            QVERIFY2(result.error().message.contains(countryInMessage), qPrintable(result.error().message));
    }

    void looksLikePhoneAcceptsOnlyPhoneCharacters()
    {
        QVERIFY(PhoneNumbers::looksLikePhone(u"+7 (912) 345-67-89"));
        QVERIFY(PhoneNumbers::looksLikePhone(u"۰۹۱۲"));
        QVERIFY(PhoneNumbers::looksLikePhone(u"4567"));
        QVERIFY(!PhoneNumbers::looksLikePhone(u"Anna 4567"));
        QVERIFY(!PhoneNumbers::looksLikePhone(u"---"));
    }

    void namesTheCountryInTheUserLanguage()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        QCOMPARE(PhoneNumbers::countryName(QStringLiteral("RU")), QStringLiteral("Россия"));
        QLocale::setDefault(QLocale(QLocale::Persian, QLocale::Iran));
        QCOMPARE(PhoneNumbers::countryName(QStringLiteral("IR")), QStringLiteral("ایران"));
        QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::SaudiArabia));
        const auto refused = PhoneNumbers::toE164(u"050 12", QStringLiteral("SA"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("السعودية")),
                 qPrintable(refused.error().message));
        QLocale::setDefault(before);
    }

    void formatsInternationally()
    {
        QCOMPARE(PhoneNumbers::formatInternational(QStringLiteral("+79123456789")),
                 QStringLiteral("+7 912 345-67-89"));
        QCOMPARE(PhoneNumbers::formatInternational(QString()), QString());
    }

    void randomMobilesAreValid()
    {
        for (const char* code : {"RU", "IR", "SA", "AE", "EG", "TR", "DE", "GB", "US"}) {
            const QString region = QString::fromLatin1(code);
            for (quint32 seed = 1; seed < 20; ++seed) {
                const QString number = PhoneNumbers::randomMobile(region, seed);
                const auto parsed = PhoneNumbers::toE164(number, region);
                QVERIFY2(parsed.ok() && parsed.value() == number, qPrintable(region + u' ' + number));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "test_phonenumbers.moc"
