#include "CardNumber.h"
#include "TestSupport.h"

#include <QTest>

class TestCardNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { TestSupport::failOnWarnings(); }

    void checkDigitMatchesGs1()
    {
        // Published EAN-13 examples.
        QCOMPARE(CardNumber::checkDigit(u"400638133393"), 1);
        QCOMPARE(CardNumber::checkDigit(u"590123412345"), 7);
        QCOMPARE(CardNumber::checkDigit(u"978020137962"), 4);
    }

    void issuesNumbersWithTheShopPrefix()
    {
        const QString card = CardNumber::fromSerial(QStringLiteral("042"), 1);
        QCOMPARE(card, QStringLiteral("0420000000013"));
        QVERIFY(CardNumber::normalize(card).ok());
        QCOMPARE(CardNumber::fromSerial(QStringLiteral("042"), 999999999).left(12),
                 QStringLiteral("042999999999"));
    }

    void normalizes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::newRow("13 digits") << "0420000000013"
                                   << "0420000000013";
        QTest::newRow("UPC-A read of a leading-zero EAN-13") << "420000000013"
                                                             << "0420000000013";
        QTest::newRow("spaces and dashes") << "0 420000-000013"
                                           << "0420000000013";
        QTest::newRow("arabic-indic digits") << "٠٤٢٠٠٠٠٠٠٠٠١٣"
                                             << "0420000000013";
        QTest::newRow("persian digits") << "۰۴۲۰۰۰۰۰۰۰۰۱۳"
                                        << "0420000000013";
        QTest::newRow("other GS1 prefix") << "4006381333931"
                                          << "4006381333931";
    }
    void normalizes()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        const auto result = CardNumber::normalize(typed);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result.value(), stored);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("wrong check digit") << "0420000000014"
                                           << "check digit";
        QTest::newRow("too short") << "04200000"
                                   << "13 digits";
        QTest::newRow("letters") << "04200000000A3"
                                 << "13 digits";
    }
    void refuses()
    {
        QFETCH(QString, typed);
        QFETCH(QString, messagePart);
        const auto result = CardNumber::normalize(typed);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
    }

    void everySingleDigitTypoIsCaught()
    {
        const QString card = CardNumber::fromSerial(QStringLiteral("042"), 123456789);
        for (int i = 0; i < 13; ++i) {
            for (int d = 0; d < 10; ++d) {
                QString typo = card;
                if (typo[i].digitValue() == d)
                    continue;
                typo[i] = QChar(u'0' + d);
                QVERIFY2(!CardNumber::normalize(typo).ok(), qPrintable(typo));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCardNumber)
#include "test_cardnumber.moc"
