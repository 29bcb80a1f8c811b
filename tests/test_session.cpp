#include "AuditLog.h"
#include "Coupons.h"
#include "CustomerDirectory.h"
#include "CustomerExport.h"
#include "CustomerImport.h"
#include "PurchaseImport.h"
#include "LoyaltyLedger.h"
#include "Session.h"
#include "TestSupport.h"
#include "UserAccounts.h"

#include <QBuffer>
#include <QTest>

// Every owner-only action is refused by the core itself while a clerk is signed in (not only hidden in the
// window), nothing is written when it is, and a clerk's own work (enrol, sell, redeem, small refunds) goes
// through in the clerk's name.
class TestSession : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSupport::ScratchDatabase> m_scratch;
    std::unique_ptr<SettableClock> m_clock;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<UserAccounts> m_accounts;
    std::unique_ptr<CustomerDirectory> m_directory;
    std::unique_ptr<LoyaltyLedger> m_ledger;
    std::unique_ptr<Coupons> m_coupons;
    qint64 m_owner = 0;
    qint64 m_clerk = 0;
    qint64 m_anna = 0;
    qint64 m_boris = 0;
    QString m_couponCode;

    void signInAs(qint64 id) { m_session->signIn(*m_accounts->user(id)); }

    static void refused(const Error& error)
    {
        QCOMPARE(error.kind, Error::Kind::NotAllowed);
        QVERIFY(error.message.contains(u"owner"));
    }

private Q_SLOTS:
    // Everything that holds statements on the shop's database goes before the database.
    void cleanup()
    {
        m_coupons.reset();
        m_ledger.reset();
        m_directory.reset();
        m_accounts.reset();
        m_session.reset();
        m_clock.reset();
        m_scratch.reset();
    }

    void init()
    {
        TestSupport::failOnWarnings();
        m_scratch = TestSupport::scratchDatabase();
        m_clock = std::make_unique<SettableClock>(TestSupport::fixedNow());
        Database& db = *m_scratch->db;
        m_session = std::make_unique<Session>(db, QStringLiteral("nobody"));
        m_accounts = std::make_unique<UserAccounts>(db, *m_clock, *m_session);
        m_directory = std::make_unique<CustomerDirectory>(db, *m_clock);
        m_directory->setAccess(*m_session);
        m_ledger = std::make_unique<LoyaltyLedger>(db, *m_clock, *m_session);
        m_coupons = std::make_unique<Coupons>(db, *m_clock, *m_session, *m_ledger);

        // Set up as the owner of a shop without users, then the owner's account and a clerk.
        m_anna =
            m_directory
                ->create(TestSupport::consentingDraft(QStringLiteral("Anna"), QStringLiteral("+79161234567")))
                .value();
        m_boris = m_directory
                      ->create(TestSupport::consentingDraft(QStringLiteral("Boris"),
                                                            QStringLiteral("+79161234568")))
                      .value();
        LoyaltyProgramme p = m_ledger->programme();
        p.clerkRefundLimitMinor = 1000;
        p.donationRecipients = {m_boris};
        QVERIFY(m_ledger->setProgramme(p).ok());
        Campaign c;
        c.name = QStringLiteral("Spring");
        c.kind = Campaign::Kind::BonusPoints;
        c.points = 40;
        auto codes = m_coupons->createCampaign(c, 2);
        QVERIFY(codes.ok());
        m_couponCode = codes->first();
        m_owner = m_accounts->createOwner(QStringLiteral("Olga"), QStringLiteral("correct horse")).value();
        signInAs(m_owner);
        m_clerk = m_accounts->addClerk(QStringLiteral("Kim"), QStringLiteral("1234")).value();
    }

    void nobodySignedInMayDoNothingOwnerOnly()
    {
        m_session->signOut();
        refused(m_ledger->setProgramme(m_ledger->programme()).error());
        refused(m_ledger->adjust(m_anna, 5, QStringLiteral("gift")).error());
        refused(m_accounts->addClerk(QStringLiteral("Lee"), QStringLiteral("4321")).error());
    }

    void clerkIsRefusedEveryOwnerOnlyAction()
    {
        signInAs(m_clerk);
        QVERIFY(!m_session->isOwner());
        const QString programmeBefore = ShopSettings(*m_scratch->db).value(ShopSettings::Key::Programme);

        LoyaltyProgramme p = m_ledger->programme();
        p.clerkRefundLimitMinor = 1'000'000;
        refused(m_ledger->setProgramme(p).error());
        refused(m_ledger->adjust(m_anna, 50, QStringLiteral("correction")).error());
        refused(m_ledger->adjust(m_anna, -5, QStringLiteral("correction")).error());
        // A reason the programme does not list is an owner's correction.
        refused(m_ledger->grant(m_anna, 50, QStringLiteral("because")).error());

        Campaign c;
        c.name = QStringLiteral("Clerk's own");
        c.kind = Campaign::Kind::AmountOff;
        c.amountMinor = 100;
        refused(m_coupons->createCampaign(c, 1).error());
        QVERIFY(m_coupons->redeem(m_couponCode, {QStringLiteral("1"), QString(), -1, m_anna}).ok());
        refused(m_coupons->undoRedemption(m_couponCode, QStringLiteral("oops")).error());

        refused(m_directory->archive(m_anna).error());
        refused(m_directory->restore(m_anna).error());
        refused(m_directory->changeSetting(ShopSettings::Key::ShopName, QStringLiteral("Mine now")).error());
        refused(m_directory->setShopCountry(QStringLiteral("GB")).error());

        CustomerExport exporter(*m_directory);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        refused(exporter.write(buffer).error());
        QVERIFY(buffer.data().isEmpty());
        const QString exportPath = m_scratch->dir.filePath(QStringLiteral("out.csv"));
        refused(exporter.writeFile(exportPath).error());
        QVERIFY(!QFile::exists(exportPath));

        CustomerImport importer(*m_directory, *m_scratch->db, *m_clock);
        auto preview = importer.preview("name,phone\r\nCarl,+79161234569\r\n", {});
        QVERIFY(preview.ok());
        refused(importer.commit(preview.value(), false).error());
        PurchaseImport pastSales(*m_directory, *m_scratch->db, *m_clock);
        refused(pastSales.run("phone,date,amount\r\n+79161234569,2026-01-05,10.00\r\n", {}).error());

        refused(m_accounts->addClerk(QStringLiteral("Lee"), QStringLiteral("4321")).error());
        refused(m_accounts->resetPin(m_clerk, QStringLiteral("9999")).error());
        refused(m_accounts->disable(m_clerk).error());
        refused(m_accounts->setOwnerPassword(QStringLiteral("correct horse"), QStringLiteral("new password"))
                    .error());
        refused(m_directory->auditLog().find({}).error());

        // Refunds: within the owner's limit yes, above it no.
        SaleRequest sale;
        sale.customerId = m_anna;
        sale.amountMinor = 5000;
        sale.saleRef = QStringLiteral("r1");
        QVERIFY(m_ledger->recordSale(sale).ok());
        refused(m_ledger->refund(QStringLiteral("1"), QStringLiteral("r1"), 2000).error());
        QVERIFY(m_ledger->refund(QStringLiteral("1"), QStringLiteral("r1"), 1000).ok());

        // Nothing refused left a trace.
        QCOMPARE(ShopSettings(*m_scratch->db).value(ShopSettings::Key::Programme), programmeBefore);
        QCOMPARE(ShopSettings(*m_scratch->db).value(ShopSettings::Key::ShopName), QString());
        QVERIFY(!m_directory->customer(m_anna)->isArchived());
        QVERIFY(!m_coupons->campaign(QStringLiteral("Clerk's own")));
        QVERIFY(m_directory->find(QStringLiteral("Carl")).isEmpty());
        QCOMPARE(m_accounts->all().size(), 2);
        QVERIFY(m_ledger->check().isEmpty());
    }

    void clerkDoesTheTillsWorkInOwnName()
    {
        signInAs(m_clerk);
        auto carl = m_directory->create(
            TestSupport::consentingDraft(QStringLiteral("Carl"), QStringLiteral("+79161234569")));
        QVERIFY(carl.ok());
        SaleRequest sale;
        sale.customerId = carl.value();
        sale.amountMinor = 2500;
        QVERIFY(m_ledger->recordSale(sale).ok());
        const QString listed = m_ledger->programme().activities.first().reason;
        QVERIFY(m_ledger->grant(carl.value(), 20, listed).ok());
        QVERIFY(m_ledger->transfer(carl.value(), m_boris, 10).ok());
        QCOMPARE(m_session->actor(), QStringLiteral("Kim"));

        signInAs(m_owner);
        auto lines = m_directory->auditLog().find({});
        QVERIFY(lines.ok());
        QStringList byKim;
        for (const AuditEntry& e : lines.value())
            if (e.userName == u"Kim")
                byKim.append(e.action);
        QCOMPARE(byKim, (QStringList{QStringLiteral("points.transfer"), QStringLiteral("points.grant"),
                                     QStringLiteral("customer.create")}));
    }

    void ownerMayDoItAll()
    {
        signInAs(m_owner);
        QVERIFY(m_ledger->adjust(m_anna, 50, QStringLiteral("correction")).ok());
        QVERIFY(m_directory->archive(m_anna).ok());
        QVERIFY(m_directory->restore(m_anna).ok());
        QVERIFY(m_directory->changeSetting(ShopSettings::Key::ShopName, QStringLiteral("Olga's")).ok());
        QVERIFY(m_coupons->redeem(m_couponCode, {QStringLiteral("1"), QString(), -1, m_anna}).ok());
        QVERIFY(m_coupons->undoRedemption(m_couponCode, QStringLiteral("wrong customer")).ok());
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QCOMPARE(CustomerExport(*m_directory).write(buffer).value(), 2);
        QVERIFY(m_accounts->resetPin(m_clerk, QStringLiteral("9999")).ok());
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "test_session.moc"
