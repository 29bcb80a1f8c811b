#include "CouponCode.h"
#include "Coupons.h"
#include "LoyaltyLedger.h"
#include "TestSupport.h"
#include "VoucherStore.h"

#include <QSqlQuery>
#include <QTest>

namespace {
// Refuses everything: a clerk once people sign in.
class ClerkOnly final : public AccessPolicy
{
public:
    bool allows(Action) const override { return false; }
    QString actor() const override { return QStringLiteral("clerk"); }
};
} // namespace

// Campaigns, redemption exactly once with its own message for every refusal, the owner's undo, counts.
class TestCoupons : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSupport::ScratchDatabase> m_scratch;
    std::unique_ptr<SettableClock> m_clock;
    std::unique_ptr<OwnerEverywhere> m_owner;
    std::unique_ptr<LoyaltyLedger> m_ledger;
    std::unique_ptr<Coupons> m_coupons;
    qint64 m_customer = 0;

    Campaign amountOff(const QString& name)
    {
        Campaign c;
        c.name = name;
        c.kind = Campaign::Kind::AmountOff;
        c.amountMinor = 500;
        c.minPurchaseMinor = 2000;
        c.validFrom = QDate(2026, 3, 1);
        c.validUntil = QDate(2026, 3, 31);
        return c;
    }

private Q_SLOTS:
    void init()
    {
        TestSupport::failOnWarnings();
        m_scratch = TestSupport::scratchDatabase();
        m_clock = std::make_unique<SettableClock>(TestSupport::fixedNow());
        m_owner = std::make_unique<OwnerEverywhere>(QStringLiteral("Olga"));
        m_ledger = std::make_unique<LoyaltyLedger>(*m_scratch->db, *m_clock, *m_owner);
        m_coupons = std::make_unique<Coupons>(*m_scratch->db, *m_clock, *m_owner, *m_ledger);
        CustomerDirectory directory(*m_scratch->db, *m_clock);
        auto created = directory.create(
            TestSupport::consentingDraft(QStringLiteral("Anna Petrova"), QStringLiteral("+79161234567")));
        QVERIFY(created.ok());
        m_customer = created.value();
    }

    void createMakesUniqueValidCodes()
    {
        auto codes = m_coupons->createCampaign(amountOff(QStringLiteral("Spring")), 500);
        QVERIFY2(codes.ok(), qPrintable(codes.ok() ? QString() : codes.error().message));
        QCOMPARE(codes->size(), 500);
        QCOMPARE(QSet<QString>(codes->cbegin(), codes->cend()).size(), 500);
        for (const QString& code : codes.value())
            QCOMPARE(CouponCode::normalize(code).value(), code);
        // A second campaign of the same name is refused and makes nothing.
        auto again = m_coupons->createCampaign(amountOff(QStringLiteral("Spring")), 5);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::Duplicate);
        QCOMPARE(m_coupons->counts(m_coupons->campaign(QStringLiteral("Spring"))->id).issued, 500);
    }

    void invalidCampaignsAreRefused()
    {
        Campaign c = amountOff(QStringLiteral("Bad"));
        c.validUntil = QDate(2026, 2, 1);
        QVERIFY(!m_coupons->createCampaign(c, 1).ok());
        c = amountOff(QStringLiteral("Bad"));
        c.kind = Campaign::Kind::PercentOff;
        c.percentBp = 12000;
        QVERIFY(!m_coupons->createCampaign(c, 1).ok());
        QVERIFY(!m_coupons->createCampaign(amountOff(QStringLiteral("Bad")), 0).ok());
        QVERIFY(m_coupons->campaigns().isEmpty());
    }

    void codesAreUniqueAcrossVouchers()
    {
        auto codes = m_coupons->createCampaign(amountOff(QStringLiteral("Spring")), 1);
        QVERIFY(codes.ok());
        Voucher v;
        v.code = codes->first();
        v.source = QStringLiteral("stamp_card");
        v.description = QStringLiteral("a coffee");
        v.issuedAt = m_clock->nowUtc();
        auto issued = VoucherStore(*m_scratch->db).issue(v);
        QVERIFY(!issued.ok());
        QCOMPARE(issued.error().kind, Error::Kind::Duplicate);
    }

    void redeemsExactlyOnceWithForgivingInput()
    {
        auto codes = m_coupons->createCampaign(amountOff(QStringLiteral("Spring")), 3);
        QVERIFY(codes.ok());
        const QString code = codes->first();
        // Lower case, spaces, and O/I/L where 0/1 were printed.
        QString typed = CouponCode::display(code).toLower().replace(u'-', u' ');
        typed.replace(u'0', u'o').replace(u'1', u'l');
        CouponRedeemRequest request;
        request.tillId = QStringLiteral("T2");
        request.saleRef = QStringLiteral("S-9");
        request.purchaseMinor = 3000;
        auto used = m_coupons->redeem(typed, request);
        QVERIFY2(used.ok(), qPrintable(used.ok() ? QString() : used.error().message));
        QCOMPARE(used->discountMinor, 500);
        QCOMPARE(used->info.coupon.redeemedTill, QStringLiteral("T2"));
        QCOMPARE(used->info.coupon.redeemedSale, QStringLiteral("S-9"));

        m_clock->advanceSecs(60);
        auto second = m_coupons->redeem(code, request);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind, Error::Kind::Duplicate);
        QVERIFY2(second.error().message.contains(QStringLiteral("already redeemed")),
                 qPrintable(second.error().message));
        QVERIFY(second.error().message.contains(QStringLiteral("T2")));
        QVERIFY(second.error().message.contains(QStringLiteral("Olga")));

        const CampaignCounts counts = m_coupons->counts(used->info.campaign.id);
        QCOMPARE(counts.redeemed, 1);
        QCOMPARE(counts.issued, 3);
    }

    void everyRefusalHasItsOwnMessage()
    {
        auto codes = m_coupons->createCampaign(amountOff(QStringLiteral("Spring")), 2);
        QVERIFY(codes.ok());
        const QString code = codes->first();
        QStringList messages;
        auto refusal = [&](const QString& typed, qint64 purchase = -1) {
            CouponRedeemRequest request;
            request.purchaseMinor = purchase;
            auto r = m_coupons->redeem(typed, request);
            return r.ok() ? QString() : r.error().message;
        };
        // Wrong check character.
        QString wrong = code;
        wrong[10] = code[10] == u'0' ? u'1' : u'0';
        messages << refusal(wrong);
        QVERIFY(messages.last().contains(QStringLiteral("mistyped")));
        // Unknown: a well-formed code nobody issued.
        QString unknown = CouponCode::generate();
        messages << refusal(unknown);
        QVERIFY(messages.last().contains(QStringLiteral("not a coupon of this shop")));
        // Below the minimum purchase.
        messages << refusal(code, 1000);
        QVERIFY(messages.last().contains(QStringLiteral("at least")));
        // Not yet valid, then expired (valid until the end of the last day, local time).
        m_clock->set(QDateTime(QDate(2026, 2, 27), QTime(12, 0)));
        messages << refusal(code);
        QVERIFY(messages.last().contains(QStringLiteral("not valid yet")));
        m_clock->set(QDateTime(QDate(2026, 3, 31), QTime(23, 0)));
        QVERIFY(m_coupons->check(code).ok());
        m_clock->set(QDateTime(QDate(2026, 4, 1), QTime(0, 30)));
        messages << refusal(code);
        QVERIFY(messages.last().contains(QStringLiteral("expired")));
        for (const QString& m : messages)
            QVERIFY(!m.isEmpty());
        QCOMPARE(QSet<QString>(messages.cbegin(), messages.cend()).size(), messages.size());
        // Unused coupons of an ended campaign count as expired.
        QCOMPARE(m_coupons->counts(m_coupons->campaign(QStringLiteral("Spring"))->id).expired, 2);
    }

    void bonusPointsGoThroughTheLedgerAndUndoIsOwnerOnly()
    {
        Campaign c;
        c.name = QStringLiteral("Points");
        c.kind = Campaign::Kind::BonusPoints;
        c.points = 40;
        auto codes = m_coupons->createCampaign(c, 1, {m_customer});
        QVERIFY(codes.ok());
        QCOMPARE(m_coupons->check(codes->first())->customerName, QStringLiteral("Anna Petrova"));
        auto used = m_coupons->redeem(codes->first(), {});
        QVERIFY2(used.ok(), qPrintable(used.ok() ? QString() : used.error().message));
        QCOMPARE(used->pointsCredited, 40);
        QCOMPARE(m_ledger->status(m_customer).balance, 40);

        ClerkOnly clerk;
        Coupons asClerk(*m_scratch->db, *m_clock, clerk, *m_ledger);
        auto refused = asClerk.undoRedemption(codes->first(), QStringLiteral("mistake"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::NotAllowed);

        auto undone = m_coupons->undoRedemption(codes->first(), QStringLiteral("wrong customer"));
        QVERIFY2(undone.ok(), qPrintable(undone.ok() ? QString() : undone.error().message));
        QVERIFY(!undone->coupon.isRedeemed());
        QCOMPARE(m_ledger->status(m_customer).balance, 0);
        QVERIFY(m_ledger->check().isEmpty());
        QSqlQuery q(m_scratch->db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT undone_by, reason FROM coupon_undos")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Olga"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("wrong customer"));
        // Usable again after the undo.
        QVERIFY(m_coupons->redeem(codes->first(), {}).ok());
    }

    void rateUsesPrintedCoupons()
    {
        CampaignCounts counts;
        counts.issued = 100;
        counts.printed = 50;
        counts.redeemed = 10;
        QCOMPARE(Coupons::redemptionRate(counts), 0.2);
        counts.printed = 0;
        QCOMPARE(Coupons::redemptionRate(counts), 0.1);
    }

    void couponLowersWhatTheSalePaysAndEarns()
    {
        Campaign big = amountOff(QStringLiteral("Spring"));
        big.amountMinor = 100000; // big enough to change the points of a sale in roubles
        const QString code = m_coupons->createCampaign(big, 1).value().first();
        const Money money = m_coupons->money();
        SaleRequest request;
        request.customerId = m_customer;
        request.amountMinor = 300000;
        request.saleRef = QStringLiteral("s1");
        // What the 2,000 paid would earn on its own: the coupon's 1,000 earns nothing.
        SaleRequest paid = request;
        paid.amountMinor = 200000;
        const qint64 earnedOnPaid = m_ledger->quote(paid)->earnPoints;
        QVERIFY(earnedOnPaid != m_ledger->quote(request)->earnPoints);

        auto quote = m_coupons->quoteSale(code, request);
        QVERIFY2(quote.ok(), qPrintable(quote.ok() ? QString() : quote.error().message));
        QCOMPARE(quote->couponDiscountMinor, 100000);
        QCOMPARE(quote->toPayMinor, 200000);
        QCOMPARE(quote->earnPoints, earnedOnPaid);

        auto sale = m_coupons->recordSale(code, request);
        QVERIFY2(sale.ok(), qPrintable(sale.ok() ? QString() : sale.error().message));
        QCOMPARE(sale->json.value(QStringLiteral("to_pay")).toString(), money.toPlainText(200000));
        QCOMPARE(sale->json.value(QStringLiteral("coupon_discount")).toString(), money.toPlainText(100000));
        QCOMPARE(sale->json.value(QStringLiteral("coupon")).toString(), code);
        QCOMPARE(sale->json.value(QStringLiteral("earned")).toInteger(), earnedOnPaid);
        const Coupon used = m_coupons->couponsOf(m_coupons->campaign(QStringLiteral("Spring"))->id).first();
        QVERIFY(used.isRedeemed());
        QCOMPARE(used.redeemedSale, QStringLiteral("s1"));
        QCOMPARE(used.redeemedCustomerId, m_customer);
        // The same sale again is the first answer again, not a second use of the coupon.
        auto again = m_coupons->recordSale(code, request);
        QVERIFY(again.ok());
        QCOMPARE(again->json.value(QStringLiteral("repeated")).toBool(), true);
        QCOMPARE(m_ledger->salesOf(m_customer, 10).size(), 1);
        QVERIFY(m_ledger->check().isEmpty());
    }

    void percentAndFreeItemCoupons()
    {
        Campaign percent = amountOff(QStringLiteral("Tenth"));
        percent.kind = Campaign::Kind::PercentOff;
        percent.percentBp = 1000;
        percent.minPurchaseMinor = 0;
        Campaign item = amountOff(QStringLiteral("Coffee"));
        item.kind = Campaign::Kind::FreeItem;
        item.item = QStringLiteral("a coffee");
        item.minPurchaseMinor = 0;
        const QString tenth = m_coupons->createCampaign(percent, 1).value().first();
        const QString coffee = m_coupons->createCampaign(item, 1).value().first();
        SaleRequest request;
        request.customerId = m_customer;
        request.amountMinor = 4250;
        auto sale = m_coupons->recordSale(tenth, request);
        QVERIFY(sale.ok());
        QCOMPARE(sale->json.value(QStringLiteral("to_pay")).toString(), m_coupons->money().toPlainText(3825));
        auto free = m_coupons->recordSale(coffee, request);
        QVERIFY(free.ok());
        QCOMPARE(free->json.value(QStringLiteral("to_pay")).toString(), m_coupons->money().toPlainText(4250));
        QCOMPARE(free->json.value(QStringLiteral("coupon_gives")).toString(), m_coupons->describeOffer(item));
    }

    void belowTheMinimumPurchaseNothingIsUsed()
    {
        const QString code =
            m_coupons->createCampaign(amountOff(QStringLiteral("Spring")), 1).value().first();
        SaleRequest request;
        request.customerId = m_customer;
        request.amountMinor = 1999;
        auto quote = m_coupons->quoteSale(code, request);
        QVERIFY(!quote.ok());
        QVERIFY(quote.error().message.contains(QStringLiteral("at least")));
        auto sale = m_coupons->recordSale(code, request);
        QVERIFY(!sale.ok());
        QCOMPARE(sale.error().message, quote.error().message);
        QVERIFY(m_ledger->salesOf(m_customer, 10).isEmpty());
        QVERIFY(m_coupons->check(code).ok());
    }

    void aFailedSaleNeverConsumesTheCoupon()
    {
        const QString code =
            m_coupons->createCampaign(amountOff(QStringLiteral("Spring")), 1).value().first();
        SaleRequest request;
        request.customerId = m_customer;
        request.amountMinor = 3000;
        request.redeemPoints = 1000000; // more points than the customer has: the ledger refuses the sale
        auto sale = m_coupons->recordSale(code, request);
        QVERIFY(!sale.ok());
        QVERIFY(m_ledger->salesOf(m_customer, 10).isEmpty());
        QVERIFY2(m_coupons->check(code).ok(), "the coupon must still be usable");
        const Coupon coupon = m_coupons->couponsOf(m_coupons->campaign(QStringLiteral("Spring"))->id).first();
        QVERIFY(!coupon.isRedeemed());
        // The next, good sale uses it.
        request.redeemPoints = 0;
        QVERIFY(m_coupons->recordSale(code, request).ok());
        QVERIFY(!m_coupons->check(code).ok());
    }
};

QTEST_GUILESS_MAIN(TestCoupons)
#include "test_coupons.moc"
