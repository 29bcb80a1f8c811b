#include "CardNumber.h"
#include "CouponCode.h"
#include "ScanClassifier.h"
#include "TestSupport.h"

#include <QTest>

class TestScanClassifier : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::ScratchDatabase> m_scratch;
    std::unique_ptr<SettableClock> m_clock;
    std::unique_ptr<CustomerDirectory> m_directory;
    qint64 m_anna = 0;

private Q_SLOTS:
    void init()
    {
        TestSupport::failOnWarnings();
        m_scratch = TestSupport::scratchDatabase(QStringLiteral("RU"));
        m_clock = std::make_unique<SettableClock>(TestSupport::fixedNow());
        m_directory = std::make_unique<CustomerDirectory>(*m_scratch->db, *m_clock);
        m_anna = m_directory
                     ->create(TestSupport::consentingDraft(QStringLiteral("Анна"),
                                                           QStringLiteral("8 912 345-67-89"),
                                                           QStringLiteral("0420000000013")))
                     .value();
    }
    void cleanup()
    {
        m_directory.reset();
        m_scratch.reset();
    }

    void registeredAndNewCards()
    {
        ScanClassifier classifier(*m_directory);
        ScannedCode card = classifier.classify(QStringLiteral("0420000000013"), QStringLiteral("]E0"));
        QCOMPARE(card.kind, ScannedCode::Kind::Card);
        QCOMPARE(card.customerId, m_anna);
        QVERIFY(card.registered);
        QCOMPARE(card.symbology, QStringLiteral("]E0"));
        // The UPC-A form of the same EAN-13.
        QCOMPARE(classifier.classify(QStringLiteral("420000000013")).customerId, m_anna);
        const QString fresh = CardNumber::fromSerial(QStringLiteral("042"), 777);
        ScannedCode unknownCard = classifier.classify(fresh);
        QCOMPARE(unknownCard.kind, ScannedCode::Kind::Card);
        QVERIFY(!unknownCard.registered);
        QCOMPARE(unknownCard.customerId, 0);
        // A product's EAN-13 is not a card.
        QCOMPARE(classifier.classify(QStringLiteral("4006381333931")).kind, ScannedCode::Kind::Unknown);
    }

    void stampCardsAndCouponsUseTheirHooks()
    {
        ScanClassifier classifier(*m_directory);
        const QString stamp = CardNumber::fromSerial(QStringLiteral("049"), 5);
        QCOMPARE(classifier.classify(stamp).kind, ScannedCode::Kind::StampCard);
        QVERIFY(!classifier.classify(stamp).registered);
        const QString coupon = CouponCode::generate();
        ScannedCode couponScan = classifier.classify(CouponCode::display(coupon).toLower());
        QCOMPARE(couponScan.kind, ScannedCode::Kind::Coupon);
        QCOMPARE(couponScan.normalized, coupon);
        QVERIFY(!couponScan.registered);

        classifier.setStampCardLookup([&](const QString& serial) {
            return serial == stamp ? ScanClassifier::Match{true, m_anna, 9} : ScanClassifier::Match{};
        });
        classifier.setCouponLookup([&](const QString& code) {
            return code == coupon ? ScanClassifier::Match{true, 0, 42} : ScanClassifier::Match{};
        });
        QCOMPARE(classifier.classify(stamp).customerId, m_anna);
        QCOMPARE(classifier.classify(stamp).recordId, 9);
        QCOMPARE(classifier.classify(coupon).recordId, 42);
        QVERIFY(classifier.classify(coupon).registered);
    }

    void phonesIncludingTelQrCodes()
    {
        ScanClassifier classifier(*m_directory);
        for (const QString& text :
             {QStringLiteral("tel:+79123456789"), QStringLiteral("TEL:+7-912-345-67-89;ext=1"),
              QStringLiteral("89123456789"), QStringLiteral("tel:%2B79123456789")}) {
            const ScannedCode phone = classifier.classify(text);
            QCOMPARE(phone.kind, ScannedCode::Kind::Phone);
            QCOMPARE(phone.normalized, QStringLiteral("+79123456789"));
            QCOMPARE(phone.customerId, m_anna);
        }
        const ScannedCode nobody = classifier.classify(QStringLiteral("tel:+79001112233"));
        QCOMPARE(nobody.kind, ScannedCode::Kind::Phone);
        QCOMPARE(nobody.customerId, 0);
    }

    void anythingElseIsUnknown()
    {
        ScanClassifier classifier(*m_directory);
        for (const QString& text :
             {QStringLiteral("https://example.com"), QStringLiteral("HELLO"), QStringLiteral("12")})
            QCOMPARE(classifier.classify(text).kind, ScannedCode::Kind::Unknown);
        QCOMPARE(ScannedCode::kindKey(ScannedCode::Kind::StampCard), QStringLiteral("stamp_card"));
        QCOMPARE(ScannedCode::symbologyName(QStringLiteral("]Q1")), QStringLiteral("QR Code"));
        QCOMPARE(ScannedCode::symbologyName(QStringLiteral("]E4")), QStringLiteral("EAN-8"));
    }
};

QTEST_GUILESS_MAIN(TestScanClassifier)
#include "test_scanclassifier.moc"
