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

    void checkCharacterCatchesTypingMistakes()
    {
        // Luhn mod 32 over the Crockford values; the check is itself a code character.
        QCOMPARE(CouponCode::checkCharacter(u"0000000000"), QChar(u'0'));
        QCOMPARE(CouponCode::checkCharacter(u"0000000001"), QChar(u'Y')); // 2 × 1 = 2 → 32 − 2 = 30
        QCOMPARE(CouponCode::checkCharacter(u"000000000Z"),
                 QChar(u'1')); // 2 × 31 = 62 → 1 + 30 = 31 → 32 − 31
        for (int n = 0; n < 200; ++n) {
            const QString code = CouponCode::generate();
            QVERIFY(code.back().isLetterOrNumber());
            // Every single mistyped character is caught.
            for (int i = 0; i < CouponCode::Length; ++i) {
                for (QChar c : QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ")) {
                    if (c == code[i])
                        continue;
                    QString typo = code;
                    typo[i] = c;
                    QVERIFY2(!CouponCode::normalize(typo).ok(), qPrintable(typo));
                }
            }
        }
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
