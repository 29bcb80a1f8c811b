#include "CouponCode.h"
#include "OfflineConflicts.h"
#include "OfflineTill.h"
#include "OutboxReplay.h"
#include "SaleStore.h"
#include "TestSupport.h"
#include "TillCopy.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

// The till's copy, offline sales and enrolments in the outbox, and their replay exactly once with the ledger's
// rules deciding conflicts. The "server" is a scratch database: a file, or PostgreSQL in the _postgresql run.
class TestOfflineTill : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSupport::CouponShop> m_shop;
    std::unique_ptr<QTemporaryDir> m_tills;
    qint64 m_anna = 0;
    qint64 m_boris = 0;

    Database& server() { return *m_shop->scratch->db; }

    std::unique_ptr<TillCopy> refreshedCopy(const QString& till)
    {
        auto copy = TillCopy::open(m_tills->filePath(till + QStringLiteral(".sqlite3")), m_shop->scratch->path());
        if (!copy)
            qFatal("copy: %s", qPrintable(copy.error().message));
        auto refreshed = copy.value()->refresh(server(), m_shop->clock);
        if (!refreshed)
            qFatal("refresh: %s", qPrintable(refreshed.error().message));
        return std::move(copy).value();
    }

    qint64 salesOn(const QString& till)
    {
        QSqlQuery q(server().connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM sales WHERE till_id = ?"));
        q.addBindValue(till);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    qint64 balance(qint64 customer) { return m_shop->ledger->status(customer).balance; }

    SaleRequest sale(qint64 customer, qint64 amountMinor, const QString& till, const QString& ref,
                     qint64 redeem = 0)
    {
        SaleRequest r;
        r.customerId = customer;
        r.amountMinor = amountMinor;
        r.tillId = till;
        r.saleRef = ref;
        r.redeemPoints = redeem;
        return r;
    }

    QList<OfflineConflict> conflicts()
    {
        return OfflineConflicts(server(), m_shop->clock, m_shop->owner).list(false).value();
    }

private Q_SLOTS:
    void init()
    {
        TestSupport::failOnWarnings();
        m_shop = TestSupport::couponShop();
        m_tills = std::make_unique<QTemporaryDir>();
        // A point per 1.00, worth 0.01; half a sale may be paid with points; no discount, no welcome bonus.
        LoyaltyProgramme rules;
        rules.pointsPerUnit = 1;
        rules.unitMinor = 100;
        rules.pointValueMinor = 1;
        rules.maxSharePercent = 50;
        rules.welcomeBonus = 0;
        rules.discountMode = LoyaltyProgramme::DiscountMode::None;
        QVERIFY(m_shop->ledger->setProgramme(rules).ok());
        auto anna = m_shop->directory->create(
            TestSupport::consentingDraft(QStringLiteral("Anna Petrova"), QStringLiteral("+79161234567")));
        auto boris = m_shop->directory->create(
            TestSupport::consentingDraft(QStringLiteral("Boris Ivanov"), QStringLiteral("+79167654321")));
        QVERIFY(anna.ok() && boris.ok());
        m_anna = anna.value();
        m_boris = boris.value();
        // 100.00 earns Anna 100 points.
        QVERIFY(m_shop->ledger->recordSale(sale(m_anna, 10000, QStringLiteral("1"), QStringLiteral("first"))).ok());
        QCOMPARE(balance(m_anna), 100);
    }

    void cleanup()
    {
        m_shop.reset();
    }

    void copyHoldsWhatTheCounterNeeds()
    {
        auto copy = refreshedCopy(QStringLiteral("a"));
        QCOMPARE(QFileInfo(m_tills->filePath(QStringLiteral("a.sqlite3"))).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup),
                 QFileDevice::Permissions());
        QVERIFY(copy->refreshedAt().isValid());
        OfflineTill till(*copy, m_shop->clock, m_shop->owner);
        const QList<SearchHit> byPhone = till.directory().find(QStringLiteral("+7 916 123-45-67"));
        QCOMPARE(byPhone.size(), 1);
        QCOMPARE(byPhone.first().customer.id, m_anna);
        QCOMPARE(till.directory().find(QStringLiteral("Boris")).first().customer.id, m_boris);
        QCOMPARE(till.estimatedBalance(m_anna), 100);
        // A copy belongs to one server.
        auto other = TillCopy::open(m_tills->filePath(QStringLiteral("a.sqlite3")),
                                    QStringLiteral("postgresql://till@elsewhere/shop"));
        QVERIFY(!other.ok());
    }

    // A welcome bonus on the first purchase: the copy knows who has bought before, so the estimate gives it
    // to Boris (no sale yet) and not to Anna, as the server then does.
    void estimateKnowsFirstPurchases()
    {
        LoyaltyProgramme rules = m_shop->ledger->programme();
        rules.welcomeBonus = 50;
        rules.welcomeOn = LoyaltyProgramme::WelcomeOn::FirstPurchase;
        QVERIFY(m_shop->ledger->setProgramme(rules).ok());
        auto copy = refreshedCopy(QStringLiteral("a"));
        OfflineTill till(*copy, m_shop->clock, m_shop->owner);
        auto boris = till.recordSale(sale(m_boris, 1000, QStringLiteral("2"), QStringLiteral("w1")));
        auto anna = till.recordSale(sale(m_anna, 1000, QStringLiteral("2"), QStringLiteral("w2")));
        QVERIFY(boris.ok() && anna.ok());
        QCOMPARE(boris->json.value(QStringLiteral("estimated_earned")).toInt(), 10 + 50);
        QCOMPARE(anna->json.value(QStringLiteral("estimated_earned")).toInt(), 10);
        auto done = OutboxReplay(server(), *copy, m_shop->clock).replay();
        QVERIFY(done.ok() && done->replayed == 2);
        QCOMPARE(balance(m_boris), 60);
        QCOMPARE(balance(m_anna), 110);
    }

    void offlineWorkIsReplayedExactlyOnce()
    {
        auto copy = refreshedCopy(QStringLiteral("a"));
        OfflineTill till(*copy, m_shop->clock, m_shop->owner);
        m_shop->clock.advanceSecs(60);
        auto spend = till.recordSale(sale(m_anna, 16000, QStringLiteral("2"), QStringLiteral("s1"), 40));
        QVERIFY2(spend.ok(), qPrintable(spend.ok() ? QString() : spend.error().message));
        QCOMPARE(spend->json.value(QStringLiteral("offline")).toBool(), true);
        QCOMPARE(spend->json.value(QStringLiteral("estimated_earned")).toInt(), 159);
        QCOMPARE(spend->json.value(QStringLiteral("estimated_balance")).toInt(), 100 - 40 + 159);
        // Offline, points can be spent only up to the copy's balance less what this till spent already.
        QVERIFY(!till.recordSale(sale(m_anna, 100000, QStringLiteral("2"), QStringLiteral("s2"), 220)).ok());
        // The same reference answers as before and adds nothing.
        auto again = till.recordSale(sale(m_anna, 16000, QStringLiteral("2"), QStringLiteral("s1"), 40));
        QVERIFY(again.ok() && again->repeated);

        auto local = till.enrol(TestSupport::consentingDraft(QStringLiteral("Vera Orlova"),
                                                              QStringLiteral("+79160001122")),
                                QStringLiteral("2"), QStringLiteral("e1"));
        QVERIFY2(local.ok(), qPrintable(local.ok() ? QString() : local.error().message));
        QVERIFY(local.value() < 0);
        QCOMPARE(till.directory().find(QStringLiteral("Vera")).first().customer.id, local.value());
        m_shop->clock.advanceSecs(60);
        QVERIFY(till.recordSale(sale(local.value(), 5000, QStringLiteral("2"), QStringLiteral("s3"))).ok());
        QVERIFY(till.recordSale(sale(m_boris, 2500, QStringLiteral("2"), QStringLiteral("s4"))).ok());
        QCOMPARE(copy->store().waitingCount(), 4);
        QCOMPARE(salesOn(QStringLiteral("2")), 0);

        OutboxReplay replay(server(), *copy, m_shop->clock);
        auto done = replay.replay();
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
        QVERIFY2(!done->stopped, qPrintable(done->stopReason));
        QCOMPARE(done->replayed, 4);
        QCOMPARE(done->conflicts, 0);
        QCOMPARE(done->waiting, 0);
        QCOMPARE(salesOn(QStringLiteral("2")), 3);
        // What each customer was told offline is what the server confirmed.
        for (const QJsonObject& result : done->results) {
            if (result.value(QStringLiteral("kind")).toString() != u"sale")
                continue;
            const QJsonObject told = result.value(QStringLiteral("told")).toObject();
            const QJsonObject confirmed = result.value(QStringLiteral("confirmed")).toObject();
            QCOMPARE(confirmed.value(QStringLiteral("earned")).toInteger() +
                         confirmed.value(QStringLiteral("bonus")).toInteger(),
                     told.value(QStringLiteral("estimated_earned")).toInteger());
            QCOMPARE(confirmed.value(QStringLiteral("balance")).toInteger(),
                     told.value(QStringLiteral("estimated_balance")).toInteger());
        }
        QCOMPARE(balance(m_anna), 219);
        const auto vera = m_shop->directory->findOne(QStringLiteral("+79160001122"));
        QVERIFY(vera.has_value());
        QCOMPARE(balance(vera->id), 50);
        QCOMPARE(m_shop->ledger->check(), QStringList());

        // A second replay finds nothing to do and changes nothing.
        auto second = OutboxReplay(server(), *copy, m_shop->clock).replay();
        QVERIFY(second.ok());
        QCOMPARE(second->replayed, 0);
        QCOMPARE(salesOn(QStringLiteral("2")), 3);
        QCOMPARE(balance(m_anna), 219);
        // Once the outbox is empty the copy can be refreshed, and then knows the new customer.
        auto refreshed = copy->refresh(server(), m_shop->clock);
        QVERIFY(refreshed.ok());
        QCOMPARE(OfflineTill(*copy, m_shop->clock, m_shop->owner).estimatedBalance(m_anna), 219);
    }

    void replayKilledHalfwayDoublesNothing()
    {
        auto copy = refreshedCopy(QStringLiteral("a"));
        OfflineTill till(*copy, m_shop->clock, m_shop->owner);
        for (int i = 0; i < 5; ++i)
            QVERIFY(till.recordSale(sale(m_boris, 1000 + 100 * i, QStringLiteral("2"), QStringLiteral("k%1").arg(i)))
                        .ok());
        // The till dies after the third sale reached the server but before the copy noted it.
        OutboxReplay dying(server(), *copy, m_shop->clock);
        int committed = 0;
        dying.setAfterServerCommit([&committed](const OutboxItem&) { return ++committed < 3; });
        auto first = dying.replay();
        QVERIFY(first.ok());
        QVERIFY(first->stopped);
        QCOMPARE(first->replayed, 2);
        QCOMPARE(salesOn(QStringLiteral("2")), 3);
        QCOMPARE(copy->store().waitingCount(), 3);

        auto rest = OutboxReplay(server(), *copy, m_shop->clock).replay();
        QVERIFY(rest.ok());
        QCOMPARE(rest->replayed, 3);
        QCOMPARE(rest->results.first().value(QStringLiteral("repeated")).toBool(), true);
        QCOMPARE(salesOn(QStringLiteral("2")), 5);
        QCOMPARE(balance(m_boris), 10 + 11 + 12 + 13 + 14);
        QCOMPARE(m_shop->ledger->check(), QStringList());
    }

    void couponUsedElsewhereIsListedNotDoubled()
    {
        Campaign c;
        c.name = QStringLiteral("Spring");
        c.kind = Campaign::Kind::AmountOff;
        c.amountMinor = 500;
        auto codes = m_shop->coupons->createCampaign(c, 1);
        QVERIFY(codes.ok());
        const QString code = codes->first();
        auto copy = refreshedCopy(QStringLiteral("a"));
        OfflineTill till(*copy, m_shop->clock, m_shop->owner);
        SaleRequest offline = sale(m_boris, 3000, QStringLiteral("2"), QStringLiteral("c1"));
        offline.couponCode = code;
        auto told = till.recordSale(offline);
        QVERIFY2(told.ok(), qPrintable(told.ok() ? QString() : told.error().message));
        QCOMPARE(told->json.value(QStringLiteral("estimated_earned")).toInt(), 25);
        // The same coupon a second time at this till, offline: refused.
        SaleRequest twice = sale(m_anna, 3000, QStringLiteral("2"), QStringLiteral("c2"));
        twice.couponCode = code;
        QVERIFY(!till.recordSale(twice).ok());
        // Meanwhile till 1, online, takes the coupon.
        QVERIFY(m_shop->coupons->recordSale(code, sale(m_anna, 4000, QStringLiteral("1"), QStringLiteral("online")))
                    .ok());

        auto done = OutboxReplay(server(), *copy, m_shop->clock).replay();
        QVERIFY(done.ok() && !done->stopped);
        QCOMPARE(done->conflicts, 1);
        QCOMPARE(salesOn(QStringLiteral("2")), 1);
        const auto stored = SaleStore(server()).byReference(QStringLiteral("2"), QStringLiteral("c1"));
        QVERIFY(stored.ok());
        QCOMPARE(stored->discountMinor, 500); // the money off the customer was given stays on the books
        QCOMPARE(balance(m_boris), 25);
        const QList<OfflineConflict> listed = conflicts();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().kind, QStringLiteral("coupon_refused"));
        QCOMPARE(listed.first().tillId, QStringLiteral("2"));
        QCOMPARE(listed.first().customerId, m_boris);
        QVERIFY(OfflineConflicts::whatHappened(listed.first()).contains(CouponCode::display(code)));
        // The coupon stays redeemed once, by the online sale.
        QSqlQuery q(server().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT redeemed_till FROM coupons")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("1"));
        QCOMPARE(m_shop->ledger->check(), QStringList());

        // The owner marks them seen; a later replay adds nothing.
        OfflineConflicts owner(server(), m_shop->clock, m_shop->owner);
        QCOMPARE(owner.unseenCount(), 1);
        QCOMPARE(owner.markAllSeen().value(), 1);
        QCOMPARE(owner.unseenCount(), 0);
    }

    void pointsSpentAtTwoTillsAreListedAsUnrecovered()
    {
        auto copyA = refreshedCopy(QStringLiteral("a"));
        auto copyB = refreshedCopy(QStringLiteral("b"));
        OfflineTill tillA(*copyA, m_shop->clock, m_shop->owner);
        OfflineTill tillB(*copyB, m_shop->clock, m_shop->owner);
        // Each till sees Anna's 100 points and lets her spend 80 of them on a 1.60 sale (half may be points).
        QVERIFY(tillA.recordSale(sale(m_anna, 160, QStringLiteral("A"), QStringLiteral("p1"), 80)).ok());
        QVERIFY(tillB.recordSale(sale(m_anna, 160, QStringLiteral("B"), QStringLiteral("p1"), 80)).ok());

        auto a = OutboxReplay(server(), *copyA, m_shop->clock).replay();
        QVERIFY(a.ok() && a->conflicts == 0);
        QCOMPARE(balance(m_anna), 20);
        auto b = OutboxReplay(server(), *copyB, m_shop->clock).replay();
        QVERIFY(b.ok() && !b->stopped);
        QCOMPARE(b->conflicts, 1);
        QCOMPARE(salesOn(QStringLiteral("B")), 1);
        // The ledger takes what is there and no more (the rest is listed, never a negative balance); the
        // 1.40 then paid in money earns 1 point.
        QCOMPARE(balance(m_anna), 1);
        const auto stored = SaleStore(server()).byReference(QStringLiteral("B"), QStringLiteral("p1"));
        QCOMPARE(stored->pointsRedeemed, 20);
        const QList<OfflineConflict> listed = conflicts();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().kind, QStringLiteral("points_short"));
        QCOMPARE(listed.first().details.value(QStringLiteral("unrecovered")).toInt(), 60);
        QCOMPARE(listed.first().details.value(QStringLiteral("redeemed")).toInt(), 20);
        QCOMPARE(m_shop->ledger->check(), QStringList());

        // Replaying B again (its mark lost) neither records the sale nor the conflict twice.
        QVERIFY(copyB->store().markReplayed(copyB->store().items(false).first().id, QDateTime(), {}).ok());
        auto b2 = OutboxReplay(server(), *copyB, m_shop->clock).replay();
        QVERIFY(b2.ok());
        QCOMPARE(b2->replayed, 1);
        QCOMPARE(salesOn(QStringLiteral("B")), 1);
        QCOMPARE(conflicts().size(), 1);
        QCOMPARE(balance(m_anna), 1);
    }

    void phoneEnrolledElsewhereTakesTheOfflineSales()
    {
        auto copy = refreshedCopy(QStringLiteral("a"));
        OfflineTill till(*copy, m_shop->clock, m_shop->owner);
        auto local = till.enrol(TestSupport::consentingDraft(QStringLiteral("Gleb"), QStringLiteral("+79165550000")),
                                QStringLiteral("2"));
        QVERIFY(local.ok());
        QVERIFY(till.recordSale(sale(local.value(), 3000, QStringLiteral("2"), QStringLiteral("g1"))).ok());
        // Meanwhile the same phone is enrolled at the online till.
        auto online = m_shop->directory->create(
            TestSupport::consentingDraft(QStringLiteral("Gleb Sokolov"), QStringLiteral("+79165550000")));
        QVERIFY(online.ok());

        auto done = OutboxReplay(server(), *copy, m_shop->clock).replay();
        QVERIFY(done.ok() && !done->stopped);
        QCOMPARE(done->replayed, 2);
        QCOMPARE(balance(online.value()), 30);
        const QList<OfflineConflict> listed = conflicts();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().kind, QStringLiteral("enrolled_elsewhere"));
        QCOMPARE(listed.first().customerId, online.value());
        QCOMPARE(m_shop->directory->find(QStringLiteral("Gleb")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOfflineTill)
#include "test_offlinetill.moc"
