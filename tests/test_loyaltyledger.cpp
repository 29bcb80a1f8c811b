#include "CardNumber.h"
#include "CustomerStatement.h"
#include "LoyaltyLedger.h"
#include "ReportCatalog.h"
#include "ShopSettings.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

// Every rule of the programme on a settable clock, and a property test that random sequences keep each
// balance equal to its ledger sum.
class TestLoyaltyLedger : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSupport::ScratchDatabase> m_scratch;
    std::unique_ptr<SettableClock> m_clock;
    std::unique_ptr<OwnerEverywhere> m_access;
    std::unique_ptr<CustomerDirectory> m_directory;
    std::unique_ptr<LoyaltyLedger> m_ledger;
    int m_phone = 0;

    qint64 newCustomer(const QString& name = QStringLiteral("Anna"))
    {
        const QString phone = QStringLiteral("+7912%1").arg(1000000 + m_phone++, 7, 10, QChar(u'0'));
        auto id = m_directory->create(TestSupport::consentingDraft(name, phone));
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return id.value();
    }

    void setProgramme(const std::function<void(LoyaltyProgramme&)>& change)
    {
        LoyaltyProgramme p = LoyaltyProgramme::defaults();
        p.welcomeBonus = 0;
        change(p);
        auto saved = m_ledger->setProgramme(p);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    }

    QJsonObject sale(qint64 customer, qint64 amountMinor, qint64 redeem = 0, const QString& ref = {})
    {
        SaleRequest r;
        r.customerId = customer;
        r.amountMinor = amountMinor;
        r.redeemPoints = redeem;
        r.saleRef = ref;
        auto outcome = m_ledger->recordSale(r);
        if (!outcome) {
            qWarning("sale refused: %s", qPrintable(outcome.error().message));
            return {};
        }
        return outcome->json;
    }

    qint64 balance(qint64 customer) { return m_ledger->status(customer).balance; }

    void verifyClean()
    {
        const QStringList problems = m_ledger->check();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

private Q_SLOTS:
    void init()
    {
        TestSupport::failOnWarnings();
        m_scratch = TestSupport::scratchDatabase(QStringLiteral("RU"));
        m_clock = std::make_unique<SettableClock>(TestSupport::fixedNow());
        m_access = std::make_unique<OwnerEverywhere>(QStringLiteral("Olga"));
        m_directory = std::make_unique<CustomerDirectory>(*m_scratch->db, *m_clock);
        m_ledger = std::make_unique<LoyaltyLedger>(*m_scratch->db, *m_clock, *m_access);
        // Without a welcome bonus, so each test counts only the points its rule gives.
        setProgramme([](LoyaltyProgramme&) {});
    }

    void cleanup()
    {
        m_ledger.reset();
        m_directory.reset();
        m_scratch.reset();
    }

    void earnsWholePointsRoundedDownPerSale()
    {
        setProgramme([](LoyaltyProgramme& p) {
            p.pointsPerUnit = 1;
            p.unitMinor = 100;
        });
        const qint64 c = newCustomer();
        QCOMPARE(sale(c, 1299).value(QStringLiteral("earned")).toInteger(), 12);
        QCOMPARE(sale(c, 99).value(QStringLiteral("earned")).toInteger(), 0);
        QCOMPARE(sale(c, 100).value(QStringLiteral("earned")).toInteger(), 1);
        // Fractions never add up across sales: 12.99 + 0.99 + 1.00 gives 13, not 15.
        QCOMPARE(balance(c), 13);
        verifyClean();
    }

    void aCurrencyWithoutMinorUnits()
    {
        QVERIFY(
            ShopSettings(*m_scratch->db).setValue(ShopSettings::Key::Currency, QStringLiteral("IRR")).ok());
        const Money money = m_ledger->money();
        QCOMPARE(money.minorDigits(), 0);
        QCOMPARE(money.parse(u"1,250,000").value(), 1250000);
        setProgramme([](LoyaltyProgramme& p) {
            p.unitMinor = 10000; // a point per 10,000 rials
            p.pointValueMinor = 100;
        });
        const qint64 c = newCustomer();
        const QJsonObject first = sale(c, money.parse(u"1250000").value());
        QCOMPARE(first.value(QStringLiteral("earned")).toInteger(), 125);
        QCOMPARE(first.value(QStringLiteral("amount")).toString(), QStringLiteral("1250000"));
        const QJsonObject second = sale(c, 50000, 100);
        QCOMPARE(second.value(QStringLiteral("paid_with_points")).toString(), QStringLiteral("10000"));
        QCOMPARE(second.value(QStringLiteral("to_pay")).toString(), QStringLiteral("40000"));
        verifyClean();
    }

    void sameReferenceIsRecordedOnce()
    {
        const qint64 c = newCustomer();
        const QJsonObject first = sale(c, 5000, 0, QStringLiteral("R-1"));
        const QJsonObject again = sale(c, 5000, 0, QStringLiteral("R-1"));
        QCOMPARE(again.value(QStringLiteral("repeated")).toBool(), true);
        QCOMPARE(again.value(QStringLiteral("earned")), first.value(QStringLiteral("earned")));
        QCOMPARE(again.value(QStringLiteral("sale_id")), first.value(QStringLiteral("sale_id")));
        QCOMPARE(balance(c), 50);
        // A repeat with a different amount (a retry with a typo) still changes nothing.
        sale(c, 9999, 0, QStringLiteral("R-1"));
        QCOMPARE(balance(c), 50);
        // The same reference on another till is another sale.
        SaleRequest other;
        other.customerId = c;
        other.amountMinor = 5000;
        other.saleRef = QStringLiteral("R-1");
        other.tillId = QStringLiteral("2");
        QVERIFY(m_ledger->recordSale(other).ok());
        QCOMPARE(balance(c), 100);
        verifyClean();
    }

    void redemptionLimits()
    {
        setProgramme([](LoyaltyProgramme& p) {
            p.minBalanceToRedeem = 100;
            p.maxSharePercent = 50;
            p.pointValueMinor = 10; // a point pays 0.10
        });
        const qint64 c = newCustomer();
        sale(c, 9000); // 90 points
        SaleRequest r;
        r.customerId = c;
        r.amountMinor = 1000;
        r.redeemPoints = 10;
        auto refused = m_ledger->recordSale(r);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("100")));
        sale(c, 2000);       // 110 points
        r.redeemPoints = 60; // 6.00 of a 10.00 sale is over the 50% share
        auto tooMuch = m_ledger->quote(r);
        QVERIFY(!tooMuch);
        r.redeemPoints = 50;
        auto quote = m_ledger->quote(r);
        QVERIFY(quote.ok());
        QCOMPARE(quote->maxRedeemable, 50);
        QCOMPARE(quote->redeemValueMinor, 500);
        QCOMPARE(quote->toPayMinor, 500);
        QCOMPARE(quote->earnPoints, 5); // only the part paid in money earns
        QCOMPARE(m_ledger->recordSale(r)->json.value(QStringLiteral("balance")).toInteger(), 110 - 50 + 5);
        verifyClean();
    }

    void earningOnTheWholeAmountWhenTheOwnerChoosesIt()
    {
        setProgramme([](LoyaltyProgramme& p) { p.earnOnMoneyOnly = false; });
        const qint64 c = newCustomer();
        sale(c, 10000);
        QCOMPARE(sale(c, 1000, 5).value(QStringLiteral("earned")).toInteger(), 10);
    }

    void expiresOnTheDayAndRedeemsOldestFirst()
    {
        setProgramme([](LoyaltyProgramme& p) { p.expiryMonths = 6; });
        const qint64 c = newCustomer();
        sale(c, 10000); // 100 points on 1 March, expiring 1 September
        m_clock->set(TestSupport::fixedNow().addMonths(2));
        sale(c, 5000); // 50 points on 1 May, expiring 1 November
        // Spend 120 in June: the 100 of March go first, then 20 of May.
        m_clock->set(TestSupport::fixedNow().addMonths(3));
        sale(c, 30000, 120);
        QCOMPARE(balance(c), 100 + 50 - 120 + 298); // 298.80 paid in money earns 298
        const QList<PointLot> lotsAfter = LedgerStore(*m_scratch->db).openLots(c);
        QCOMPARE(lotsAfter.size(), 2);
        QCOMPARE(lotsAfter[0].remaining, 30);

        // The second before the May points' expiry day nothing changes; on the day the 30 left of them go.
        m_clock->set(m_ledger->expiryFor(TestSupport::fixedNow().addMonths(2)).addSecs(-1));
        QCOMPARE(m_ledger->runDailyJobs().value(), 0);
        m_clock->set(m_ledger->expiryFor(TestSupport::fixedNow().addMonths(2)));
        QCOMPARE(m_ledger->runDailyJobs().value(), 1);
        QCOMPARE(balance(c), 298);
        // Running the job again writes nothing more.
        QCOMPARE(m_ledger->runDailyJobs().value(), 0);
        const QList<StatementLine> lines = m_ledger->statement(c);
        QCOMPARE(lines.last().entry.kind, LedgerEntry::Kind::Expire);
        QCOMPARE(lines.last().entry.points, -30);
        QCOMPARE(lines.last().runningBalance, 298);
        verifyClean();
    }

    void expiredPointsCannotPayEvenBeforeTheJobRuns()
    {
        setProgramme([](LoyaltyProgramme& p) { p.expiryMonths = 1; });
        const qint64 c = newCustomer();
        sale(c, 10000);
        m_clock->set(TestSupport::fixedNow().addMonths(2));
        SaleRequest r;
        r.customerId = c;
        r.amountMinor = 10000;
        r.redeemPoints = 10;
        QVERIFY(!m_ledger->recordSale(r).ok());
        // The refused sale changed nothing; the daily job then writes the expiry.
        QCOMPARE(m_ledger->statement(c).size(), 1);
        QCOMPARE(m_ledger->runDailyJobs().value(), 1);
        QCOMPARE(balance(c), 0);
        verifyClean();
    }

    void campaignEndStopsEarning()
    {
        setProgramme([](LoyaltyProgramme& p) { p.endsOn = TestSupport::fixedNow().date().addDays(10); });
        const qint64 c = newCustomer();
        QCOMPARE(sale(c, 1000).value(QStringLiteral("earned")).toInteger(), 10);
        m_clock->set(TestSupport::fixedNow().addDays(11));
        QCOMPARE(sale(c, 1000).value(QStringLiteral("earned")).toInteger(), 0);
    }

    void fixedAndCumulativeDiscounts()
    {
        setProgramme([](LoyaltyProgramme& p) {
            p.discountMode = LoyaltyProgramme::DiscountMode::Fixed;
            p.fixedDiscountBp = 500;
        });
        const qint64 c = newCustomer();
        const QJsonObject fixed = sale(c, 1999);
        QCOMPARE(fixed.value(QStringLiteral("discount")).toString(),
                 QStringLiteral("0.99")); // 5% rounded down
        QCOMPARE(fixed.value(QStringLiteral("to_pay")).toString(), QStringLiteral("19.00"));

        setProgramme([](LoyaltyProgramme& p) {
            p.discountMode = LoyaltyProgramme::DiscountMode::Cumulative;
            p.discountThresholds = {{10000, 200}, {30000, 500}};
        });
        const qint64 d = newCustomer(QStringLiteral("Boris"));
        QCOMPARE(sale(d, 10000).value(QStringLiteral("discount")).toString(), QStringLiteral("0.00"));
        QCOMPARE(sale(d, 20000).value(QStringLiteral("discount")).toString(), QStringLiteral("4.00"));
        QCOMPARE(sale(d, 10000).value(QStringLiteral("discount")).toString(), QStringLiteral("5.00"));
    }

    void tiersRiseAtOnceAndFallAsTheWindowRolls()
    {
        setProgramme([](LoyaltyProgramme& p) {
            p.tiersEnabled = true;
            p.tierWindowMonths = 12;
            p.tiers = {{QStringLiteral("Silver"), 0, 100, 0}, {QStringLiteral("Gold"), 50000, 200, 300}};
        });
        const qint64 c = newCustomer();
        QCOMPARE(sale(c, 40000).value(QStringLiteral("tier")).toString(), QStringLiteral("Silver"));
        LoyaltyStatus s = m_ledger->status(c);
        QCOMPARE(s.nextTier, QStringLiteral("Gold"));
        QCOMPARE(s.toNextTierMinor, 10000);
        m_clock->set(TestSupport::fixedNow().addMonths(3));
        sale(c, 10000);
        QCOMPARE(m_ledger->status(c).tier, QStringLiteral("Gold"));
        // Gold doubles the points and gives 3% off.
        const QJsonObject gold = sale(c, 10000);
        QCOMPARE(gold.value(QStringLiteral("tier")).toString(), QStringLiteral("Gold"));
        QCOMPARE(gold.value(QStringLiteral("discount")).toString(), QStringLiteral("3.00"));
        QCOMPARE(gold.value(QStringLiteral("earned")).toInteger(), 97 * 2);
        // A year after the first sale its 400.00 leaves the window: 200.00 is left, back to Silver.
        m_clock->set(TestSupport::fixedNow().addMonths(12).addDays(1));
        s = m_ledger->status(c);
        QCOMPARE(s.tier, QStringLiteral("Silver"));
        QCOMPARE(s.toNextTierMinor, 30000);
    }

    void refundsReverseInProportionAndReturnSpentPoints()
    {
        const qint64 c = newCustomer();
        sale(c, 10000, 0, QStringLiteral("A"));  // 100
        sale(c, 10000, 50, QStringLiteral("B")); // spends 50, earns 99 on 99.50
        QCOMPARE(balance(c), 100 - 50 + 99);
        // A third of sale B: floor(99/3)=33 taken back, floor(50/3)=16 returned.
        auto part = m_ledger->refund(QStringLiteral("1"), QStringLiteral("B"), 3333);
        QVERIFY(part.ok());
        QCOMPARE(part->pointsTakenBack, 32); // floor(99 × 33.33/100)
        QCOMPARE(part->pointsReturned, 16);
        // The rest: everything the sale earned is taken back, everything it spent returned, never more.
        auto rest = m_ledger->refund(QStringLiteral("1"), QStringLiteral("B"), 0);
        QVERIFY(rest.ok());
        QCOMPARE(part->pointsTakenBack + rest->pointsTakenBack, 99);
        QCOMPARE(part->pointsReturned + rest->pointsReturned, 50);
        QCOMPARE(balance(c), 100);
        QVERIFY(!m_ledger->refund(QStringLiteral("1"), QStringLiteral("B"), 0).ok());
        QVERIFY(!m_ledger->refund(QStringLiteral("1"), QStringLiteral("A"), 10001).ok());
        QVERIFY(!m_ledger->refund(QStringLiteral("1"), QStringLiteral("nope"), 0).ok());
        verifyClean();
    }

    void refundOfSpentPointsStopsAtZeroUnlessAllowed()
    {
        const qint64 c = newCustomer();
        sale(c, 10000, 0, QStringLiteral("A"));  // 100 points
        sale(c, 1000, 100, QStringLiteral("B")); // spends them all, earns 9 on the 9.00 paid
        QCOMPARE(balance(c), 9);
        // Sale A's 100 points were spent: only 9 can be taken back; the balance stays at zero.
        auto refund = m_ledger->refund(QStringLiteral("1"), QStringLiteral("A"), 0);
        QVERIFY(refund.ok());
        QCOMPARE(refund->pointsTakenBack, 9);
        QCOMPARE(refund->pointsUnrecovered, 91);
        QCOMPARE(balance(c), 0);
        // Refunding B returns the 100 it spent before taking back the 9 it earned.
        auto second = m_ledger->refund(QStringLiteral("1"), QStringLiteral("B"), 0);
        QVERIFY(second.ok());
        QCOMPARE(second->pointsReturned, 100);
        QCOMPARE(second->pointsTakenBack, 9);
        QCOMPARE(balance(c), 91);
        verifyClean();

        setProgramme([](LoyaltyProgramme& p) { p.allowNegative = true; });
        const qint64 d = newCustomer(QStringLiteral("Dmitri"));
        sale(d, 10000, 0, QStringLiteral("E"));
        sale(d, 1000, 100, QStringLiteral("F"));
        auto negative = m_ledger->refund(QStringLiteral("1"), QStringLiteral("E"), 0);
        QVERIFY(negative.ok());
        QCOMPARE(negative->pointsTakenBack, 100);
        QCOMPARE(negative->pointsUnrecovered, 0);
        QCOMPARE(balance(d), -91);
        // A new purchase pays the debt back first; only what is left can be spent.
        sale(d, 20000);
        QCOMPARE(balance(d), 109);
        QCOMPARE(LedgerStore(*m_scratch->db).openLots(d).constFirst().remaining, 109);
        verifyClean();
    }

    void referralRewardsBothOnceOnly()
    {
        setProgramme([](LoyaltyProgramme& p) {
            p.referralEnabled = true;
            p.referrerPoints = 100;
            p.referredPoints = 40;
        });
        const qint64 a = newCustomer(QStringLiteral("Anna"));
        const qint64 b = newCustomer(QStringLiteral("Boris"));
        const qint64 c = newCustomer(QStringLiteral("Clara"));
        QVERIFY(!m_ledger->setReferrer(a, a).ok());
        QVERIFY(m_ledger->setReferrer(b, a).ok());
        QVERIFY(!m_ledger->setReferrer(b, c).ok()); // once per new customer
        QVERIFY(!m_ledger->setReferrer(a, b).ok()); // not each other
        const QJsonObject first = sale(b, 1000);
        QCOMPARE(first.value(QStringLiteral("bonus")).toInteger(), 40);
        QCOMPARE(balance(b), 10 + 40);
        QCOMPARE(balance(a), 100);
        sale(b, 1000);
        QCOMPARE(balance(a), 100);
        QCOMPARE(balance(b), 10 + 40 + 10);
        verifyClean();
    }

    void welcomeBonusOnEnrolmentOrFirstPurchase()
    {
        setProgramme([](LoyaltyProgramme& p) {
            p.welcomeBonus = 50;
            p.welcomeOn = LoyaltyProgramme::WelcomeOn::Enrolment;
        });
        const qint64 a = newCustomer();
        QVERIFY(m_ledger->enrolled(a).ok());
        QVERIFY(m_ledger->enrolled(a).ok());
        QCOMPARE(balance(a), 50);
        setProgramme([](LoyaltyProgramme& p) {
            p.welcomeBonus = 50;
            p.welcomeOn = LoyaltyProgramme::WelcomeOn::FirstPurchase;
        });
        const qint64 b = newCustomer(QStringLiteral("Boris"));
        QVERIFY(m_ledger->enrolled(b).ok());
        QCOMPARE(balance(b), 0);
        sale(b, 1000);
        sale(b, 1000);
        QCOMPARE(balance(b), 50 + 20);
    }

    void birthdayBonusOncePerYear()
    {
        setProgramme([](LoyaltyProgramme& p) { p.birthdayBonus = 25; });
        CustomerDraft draft =
            TestSupport::consentingDraft(QStringLiteral("Vera"), QStringLiteral("+79120000999"));
        draft.birthday =
            QDate(1990, TestSupport::fixedNow().date().month(), TestSupport::fixedNow().date().day())
                .toString(Qt::ISODate);
        const qint64 v = m_directory->create(draft).value();
        const qint64 other = newCustomer();
        QCOMPARE(m_ledger->runDailyJobs().value(), 1);
        QCOMPARE(m_ledger->runDailyJobs().value(), 0);
        QCOMPARE(balance(v), 25);
        QCOMPARE(balance(other), 0);
        // A year on, last year's bonus expires (12 months) and this year's is given: two entries.
        m_clock->set(TestSupport::fixedNow().addYears(1));
        QCOMPARE(m_ledger->runDailyJobs().value(), 2);
        QCOMPARE(balance(v), 25);
        QCOMPARE(m_ledger->statement(v).size(), 3);
    }

    void stampCardFillsAndIssuesASingleUseVoucher()
    {
        setProgramme([](LoyaltyProgramme& p) {
            p.stampsEnabled = true;
            p.stampsToFill = 3;
            p.stampMinPurchaseMinor = 500;
            p.stampReward = QStringLiteral("A free coffee");
        });
        const qint64 c = newCustomer();
        QCOMPARE(sale(c, 600).value(QStringLiteral("stamps")).toInt(), 1);
        QCOMPARE(sale(c, 400).value(QStringLiteral("stamps")).toInt(), 1); // below the minimum
        QCOMPARE(sale(c, 600).value(QStringLiteral("stamps")).toInt(), 2);
        const QJsonObject filled = sale(c, 600);
        const QJsonArray vouchers = filled.value(QStringLiteral("vouchers")).toArray();
        QCOMPARE(vouchers.size(), 1);
        QCOMPARE(filled.value(QStringLiteral("stamps")).toInt(), 0); // a new card starts
        const QString code = vouchers.first().toString();
        QCOMPARE(m_ledger->status(c).vouchers.size(), 1);
        auto used = m_ledger->redeemVoucher(code.toLower(), QStringLiteral("2"), 0);
        QVERIFY(used.ok());
        QCOMPARE(used->description, QStringLiteral("A free coffee"));
        auto again = m_ledger->redeemVoucher(code, QStringLiteral("1"), 0);
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QStringLiteral("till 2")));
        QVERIFY(m_ledger->status(c).vouchers.isEmpty());
        verifyClean();
    }

    void paperStampCardsCarryTheStamps()
    {
        setProgramme([](LoyaltyProgramme& p) {
            p.stampsEnabled = true;
            p.stampsToFill = 5;
        });
        const qint64 c = newCustomer();
        sale(c, 1000);
        sale(c, 1000);
        const QString serial =
            QStringLiteral("049000000001") + QString::number(CardNumber::checkDigit(u"049000000001"));
        auto wrongPrefix = m_ledger->registerStampCard(QStringLiteral("4006381333931"), c);
        QVERIFY(!wrongPrefix.ok());
        auto card = m_ledger->registerStampCard(serial, c);
        QVERIFY2(card.ok(), card.ok() ? "" : qPrintable(card.error().message));
        QCOMPARE(card->stamps, 2);
        QCOMPARE(sale(c, 1000).value(QStringLiteral("stamps")).toInt(), 3);
        const qint64 other = newCustomer(QStringLiteral("Boris"));
        QVERIFY(!m_ledger->registerStampCard(serial, other).ok());
        verifyClean();
    }

    void activityGrantsAndOwnerCorrections()
    {
        const qint64 c = newCustomer();
        QCOMPARE(m_ledger->grant(c, 20, QStringLiteral("survey answered")).value(), 20);
        QCOMPARE(m_ledger->grant(c, 5, QStringLiteral("Helped carry boxes")).value(),
                 25); // an owner's correction
        QCOMPARE(m_ledger->statement(c).last().entry.kind, LedgerEntry::Kind::Adjust);
        QVERIFY(!m_ledger->adjust(c, -30, QStringLiteral("typo")).ok()); // would go below zero
        QCOMPARE(m_ledger->adjust(c, -25, QStringLiteral("typo")).value(), 0);

        class ClerkOnly final : public AccessPolicy
        {
        public:
            bool allows(Action) const override { return false; }
            QString actor() const override { return QStringLiteral("clerk"); }
        } clerk;
        LoyaltyLedger asClerk(*m_scratch->db, *m_clock, clerk);
        QCOMPARE(asClerk.grant(c, 20, QStringLiteral("Survey answered")).value(), 20);
        const auto refused = asClerk.grant(c, 5, QStringLiteral("because"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::NotAllowed);
        QVERIFY(!asClerk.setProgramme(LoyaltyProgramme::defaults()).ok());
        verifyClean();
    }

    void donatingPointsToAListedCause()
    {
        const qint64 c = newCustomer();
        const qint64 cause = newCustomer(QStringLiteral("Animal shelter"));
        sale(c, 10000);
        QVERIFY(!m_ledger->transfer(c, cause, 30).ok()); // not listed yet
        setProgramme([cause](LoyaltyProgramme& p) { p.donationRecipients = {cause}; });
        QVERIFY(m_ledger->transfer(c, cause, 30).ok());
        QVERIFY(!m_ledger->transfer(c, cause, 1000).ok());
        QCOMPARE(balance(c), 70);
        QCOMPARE(balance(cause), 30);
        verifyClean();
    }

    void statementReadsAsTheCustomerWouldAndExportsAsCsv()
    {
        setProgramme([](LoyaltyProgramme& p) { p.welcomeBonus = 50; });
        const qint64 c = newCustomer(QStringLiteral("Anna"));
        sale(c, 2000, 0, QStringLiteral("S1"));
        sale(c, 2000, 10, QStringLiteral("S2"));
        QVERIFY(m_ledger->refund(QStringLiteral("1"), QStringLiteral("S2"), 0).ok());
        const CustomerStatement statement(*m_ledger, *m_directory, c);
        QStringList descriptions;
        for (const CustomerStatement::Row& row : statement.rows())
            descriptions.append(row.description);
        QCOMPARE(descriptions,
                 (QStringList{QStringLiteral("Points for a purchase"), QStringLiteral("Welcome bonus"),
                              QStringLiteral("Paid with points"), QStringLiteral("Points for a purchase"),
                              QStringLiteral("Refund: points spent on the purchase returned"),
                              QStringLiteral("Refund: points of the purchase taken back")}));
        QCOMPARE(statement.rows().last().balance, balance(c));
        const QStringList lines =
            QString::fromUtf8(statement.toCsv()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 7);
        QCOMPARE(lines.first(), QStringLiteral("date,description,points,balance,recorded_by"));
        QVERIFY(lines[3].contains(QStringLiteral(",Paid with points,-10,")));
        QVERIFY(statement.toHtml(QStringLiteral("Shop")).contains(QStringLiteral("Welcome bonus")));
    }

    void programmeAndLiabilityReportsFollowTheLedger()
    {
        setProgramme([](LoyaltyProgramme& p) {
            p.expiryMonths = 2;
            p.pointValueMinor = 5;
            p.stampsEnabled = true;
            p.stampsToFill = 2;
        });
        const qint64 c = newCustomer();
        sale(c, 10000, 0, QStringLiteral("A")); // March: 100 issued, expiring 1 May
        m_clock->set(TestSupport::fixedNow().addMonths(1));
        sale(c, 2000, 40, QStringLiteral("B")); // April: 40 redeemed, 18 issued, a voucher
        QVERIFY(m_ledger->refund(QStringLiteral("1"), QStringLiteral("B"), 0).ok()); // 40 back, 18 taken
        m_clock->set(TestSupport::fixedNow().addMonths(2));
        QCOMPARE(m_ledger->runDailyJobs().value(), 1); // May: the 60 left of March expire

        const MonthCalendar calendar(QTimeZone::utc());
        auto data = ReportData::load(*m_scratch->db, calendar);
        QVERIFY(data.ok());
        auto programme = ReportCatalog::build(QStringLiteral("programme"), data.value(), *m_scratch->db, {});
        QVERIFY(programme.ok());
        QCOMPARE(programme->rows.size(), 3);
        const auto value = [&](int row, const char* key) {
            return programme->rows[row].value(programme->columnOf(QLatin1String(key))).toLongLong();
        };
        QCOMPARE(value(0, "issued"), 100);
        QCOMPARE(value(1, "issued"), 18);
        QCOMPARE(value(1, "redeemed"), 0); // 40 spent, 40 returned by the refund
        QCOMPARE(value(1, "reversed"), 18);
        QCOMPARE(value(1, "vouchers_issued"), 1);
        QCOMPARE(value(2, "expired"), 60);
        QCOMPARE(calendar.key(int(value(2, "month"))), QStringLiteral("2026-05"));

        auto owed = ReportCatalog::build(QStringLiteral("liability"), data.value(), *m_scratch->db, {});
        QVERIFY(owed.ok());
        QCOMPARE(owed->summary.value(QStringLiteral("outstanding_points")).toInteger(), balance(c));
        QCOMPARE(owed->summary.value(QStringLiteral("outstanding_value_minor")).toInteger(), balance(c) * 5);
        QCOMPARE(owed->rows.size(), 1);
        QCOMPARE(calendar.key(owed->rows[0][0].toInt()), QStringLiteral("2026-06")); // the returned 40
    }

    void checkFindsTampering()
    {
        const qint64 c = newCustomer();
        sale(c, 10000);
        verifyClean();
        QSqlQuery q(m_scratch->db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE point_balances SET balance = balance + 5")));
        QVERIFY(q.exec(QStringLiteral("UPDATE point_lots SET remaining = remaining + 1")));
        const QStringList problems = m_ledger->check();
        QVERIFY2(problems.size() == 2, qPrintable(problems.join(u'\n')));
        QVERIFY(problems.first().contains(QStringLiteral("105")));
    }

    // Random sales, refunds, redemptions, grants and expiries never break the ledger's arithmetic.
    void randomSequencesKeepBalancesEqualToTheLedger()
    {
        setProgramme([](LoyaltyProgramme& p) {
            p.expiryMonths = 2;
            p.maxSharePercent = 100;
            p.stampsEnabled = true;
            p.stampsToFill = 4;
            p.welcomeBonus = 10;
        });
        QRandomGenerator random(20261123);
        QList<qint64> customers;
        for (int i = 0; i < 6; ++i)
            customers.append(newCustomer(QStringLiteral("C%1").arg(i)));
        QStringList refs;
        for (int step = 0; step < 600; ++step) {
            const qint64 c = customers[random.bounded(int(customers.size()))];
            const int action = random.bounded(10);
            if (action < 5) {
                SaleRequest r;
                r.customerId = c;
                r.amountMinor = 100 + random.bounded(20000);
                auto q = m_ledger->quote(r);
                QVERIFY(q.ok());
                r.redeemPoints = q->maxRedeemable > 0 ? random.bounded(int(q->maxRedeemable) + 1) : 0;
                r.saleRef = QStringLiteral("S%1").arg(step);
                auto outcome = m_ledger->recordSale(r);
                QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
                refs.append(r.saleRef);
            } else if (action < 7 && !refs.isEmpty()) {
                const QString ref = refs[random.bounded(int(refs.size()))];
                auto sale = SaleStore(*m_scratch->db).byReference(QStringLiteral("1"), ref);
                QVERIFY(sale.ok());
                const qint64 left = sale->amountMinor - sale->refundedMinor;
                if (left > 0)
                    QVERIFY(m_ledger->refund(QStringLiteral("1"), ref, 1 + random.bounded(int(left))).ok());
            } else if (action < 8) {
                QVERIFY(m_ledger->grant(c, 1 + random.bounded(50), QStringLiteral("Survey answered")).ok());
            } else if (action < 9) {
                const qint64 b = balance(c);
                if (b > 0)
                    QVERIFY(m_ledger->adjust(c, -(1 + random.bounded(int(b))), QStringLiteral("fix")).ok());
            } else {
                m_clock->advanceSecs(86400 * random.bounded(1, 20));
                QVERIFY(m_ledger->runDailyJobs().ok());
            }
            if (step % 50 == 0) {
                for (qint64 id : customers) {
                    qint64 sum = 0;
                    for (const StatementLine& line : m_ledger->statement(id))
                        sum += line.entry.points;
                    QCOMPARE(balance(id), sum);
                    QVERIFY(balance(id) >= 0);
                }
                verifyClean();
            }
        }
        verifyClean();
    }
};

QTEST_GUILESS_MAIN(TestLoyaltyLedger)
#include "test_loyaltyledger.moc"
