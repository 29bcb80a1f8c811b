#include "CouponCode.h"
#include "TestSupport.h"

#include <QSet>
#include <QTest>

class TestCouponCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { TestSupport::failOnWarnings(); }

    void generatedCodesAreCanonicalAndUnique()
    {
        QSet<QString> seen;
        for (int i = 0; i < 20000; ++i) {
            const QString code = CouponCode::generate();
            QCOMPARE(code.size(), CouponCode::Length);
            auto again = CouponCode::normalize(code);
            QVERIFY2(again.ok(), qPrintable(code));
            QCOMPARE(again.value(), code);
            QVERIFY(CouponCode::looksLikeCode(code));
            seen.insert(code);
        }
        QCOMPARE(seen.size(), 20000);
    }

    void checkCharacterFollowsCrockford()
    {
        // 0000000001 has value 1; 000000000Z has value 31; 0000000010 is 32, whose check symbol is '*'.
        QCOMPARE(CouponCode::checkCharacter(u"0000000001"), QChar(u'1'));
        QCOMPARE(CouponCode::checkCharacter(u"000000000Z"), QChar(u'Z'));
        QCOMPARE(CouponCode::checkCharacter(u"0000000010"), QChar(u'*'));
        QCOMPARE(CouponCode::checkCharacter(u"0000000014"), QChar(u'U'));
    }

    void forgivingInput()
    {
        const QString code = QStringLiteral("AB1CD") + QStringLiteral("EF0GH");
        const QString canonical = code + CouponCode::checkCharacter(code);
        const QString lower = canonical.toLower();
        QCOMPARE(CouponCode::normalize(lower).value(), canonical);
        QString confused = lower;
        confused[2] = u'l'; // 1 typed as l
        confused[7] = u'o'; // 0 typed as o
        QCOMPARE(CouponCode::normalize(confused).value(), canonical);
        QCOMPARE(CouponCode::normalize(CouponCode::display(canonical)).value(), canonical);
        QString spaced = canonical;
        spaced.insert(5, u' ');
        QCOMPARE(CouponCode::normalize(spaced).value(), canonical);
        // Persian digits from a Persian keyboard.
        QString persian = canonical;
        persian[2] = QChar(0x06F1);
        QCOMPARE(CouponCode::normalize(persian).value(), canonical);
    }

    void refusesMistypedCodes()
    {
        const QString code = CouponCode::generate();
        QVERIFY(!CouponCode::normalize(code.left(10)).ok());
        QString wrong = code;
        wrong[0] = wrong[0] == u'A' ? u'B' : u'A';
        auto result = CouponCode::normalize(wrong);
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QStringLiteral("last character")));
        QString bad = code;
        bad[3] = u'U'; // U is only a check symbol
        QVERIFY(!CouponCode::normalize(bad).ok());
        QVERIFY(!CouponCode::looksLikeCode(u"12345678901")); // digits only: a phone or card, not a code
    }
};

QTEST_GUILESS_MAIN(TestCouponCode)
#include "test_couponcode.moc"
