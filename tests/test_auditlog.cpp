#include "AuditLog.h"
#include "Coupons.h"
#include "CustomerDirectory.h"
#include "CustomerExport.h"
#include "LoyaltyLedger.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// Each kind of change leaves one audit line with who, when and the values before and after; the lines can
// be filtered, and nobody can change or remove them.
class TestAuditLog : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSupport::ScratchDatabase> m_scratch;
    std::unique_ptr<SettableClock> m_clock;
    std::unique_ptr<OwnerEverywhere> m_olga;
    std::unique_ptr<CustomerDirectory> m_directory;
    std::unique_ptr<LoyaltyLedger> m_ledger;
    std::unique_ptr<Coupons> m_coupons;
    qint64 m_anna = 0;

    // The one line of this action, checked to be Olga's and now.
    AuditEntry only(const QString& action)
    {
        AuditFilter filter;
        filter.action = action;
        const QList<AuditEntry> lines = AuditStore(*m_scratch->db).find(filter);
        if (lines.size() != 1) {
            qWarning("%d lines of %s", int(lines.size()), qPrintable(action));
            return {};
        }
        return lines.first();
    }
    static QJsonObject json(const QString& text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

private Q_SLOTS:
    // Everything that holds statements on the shop's database goes before the database.
    void cleanup()
    {
        m_coupons.reset();
        m_ledger.reset();
        m_directory.reset();
        m_olga.reset();
        m_clock.reset();
        m_scratch.reset();
    }

    void init()
    {
        TestSupport::failOnWarnings();
        m_scratch = TestSupport::scratchDatabase();
        m_clock = std::make_unique<SettableClock>(TestSupport::fixedNow());
        m_olga = std::make_unique<OwnerEverywhere>(QStringLiteral("Olga"));
        m_directory = std::make_unique<CustomerDirectory>(*m_scratch->db, *m_clock);
        m_directory->setAccess(*m_olga);
        m_ledger = std::make_unique<LoyaltyLedger>(*m_scratch->db, *m_clock, *m_olga);
        m_coupons = std::make_unique<Coupons>(*m_scratch->db, *m_clock, *m_olga, *m_ledger);
        m_anna =
            m_directory
                ->create(TestSupport::consentingDraft(QStringLiteral("Anna"), QStringLiteral("+79161234567")))
                .value();
    }

    void customerChanges()
    {
        const AuditEntry created = only(QStringLiteral("customer.create"));
        QCOMPARE(created.userName, QStringLiteral("Olga"));
        QCOMPARE(created.atMs, TestSupport::fixedNow().toMSecsSinceEpoch());
        QCOMPARE(created.subjectKind, QStringLiteral("customer"));
        QCOMPARE(created.subjectId, QString::number(m_anna));
        QVERIFY(created.oldValue.isEmpty());
        QCOMPARE(json(created.newValue).value(u"phone").toString(), QStringLiteral("+79161234567"));
        QCOMPARE(json(created.newValue).value(u"consent_data").toObject().value(u"granted").toBool(), true);

        m_clock->advanceSecs(60);
        CustomerDraft draft =
            TestSupport::consentingDraft(QStringLiteral("Anna Petrova"), QStringLiteral("+79161234567"));
        QVERIFY(m_directory->update(m_anna, draft).ok());
        const AuditEntry edited = only(QStringLiteral("customer.edit"));
        QCOMPARE(json(edited.oldValue).value(u"name").toString(), QStringLiteral("Anna"));
        QCOMPARE(json(edited.newValue).value(u"name").toString(), QStringLiteral("Anna Petrova"));
        QCOMPARE(edited.atMs, TestSupport::fixedNow().addSecs(60).toMSecsSinceEpoch());

        QVERIFY(m_directory->archive(m_anna).ok());
        const AuditEntry archived = only(QStringLiteral("customer.archive"));
        QVERIFY(!json(archived.oldValue).contains(u"archived_at"));
        QVERIFY(json(archived.newValue).contains(u"archived_at"));
        QVERIFY(m_directory->restore(m_anna).ok());
        QVERIFY(json(only(QStringLiteral("customer.restore")).oldValue).contains(u"archived_at"));

        QVERIFY(m_directory
                    ->recordConsent(m_anna, ConsentRecord::Purpose::Marketing, true,
                                    ConsentRecord::Channel::Verbal, QStringLiteral("Olga"))
                    .ok());
        const AuditEntry consent = only(QStringLiteral("customer.consent"));
        QCOMPARE(json(consent.oldValue).value(u"granted").toBool(), false);
        QCOMPARE(json(consent.newValue).value(u"granted").toBool(), true);
        QCOMPARE(json(consent.newValue).value(u"channel").toString(), QStringLiteral("verbal"));

        // A refused change writes no line either.
        QVERIFY(!m_directory
                     ->create(
                         TestSupport::consentingDraft(QStringLiteral("Twin"), QStringLiteral("+79161234567")))
                     .ok());
        AuditFilter all;
        all.action = QStringLiteral("customer.create");
        QCOMPARE(AuditStore(*m_scratch->db).find(all).size(), 1);
    }

    void pointsOutsideSales()
    {
        LoyaltyProgramme p = m_ledger->programme();
        const qint64 boris = m_directory
                                 ->create(TestSupport::consentingDraft(QStringLiteral("Boris"),
                                                                       QStringLiteral("+79161234568")))
                                 .value();
        p.donationRecipients = {boris};
        QVERIFY(m_ledger->setProgramme(p).ok());
        QVERIFY(m_ledger->grant(m_anna, 20, p.activities.first().reason).ok());
        const AuditEntry granted = only(QStringLiteral("points.grant"));
        QCOMPARE(json(granted.oldValue).value(u"balance").toInteger(), 0);
        QCOMPARE(json(granted.newValue).value(u"balance").toInteger(), 20);
        QCOMPARE(granted.note, p.activities.first().reason);

        QVERIFY(m_ledger->adjust(m_anna, -5, QStringLiteral("typo at the till")).ok());
        const AuditEntry adjusted = only(QStringLiteral("points.adjust"));
        QCOMPARE(json(adjusted.oldValue).value(u"balance").toInteger(), 20);
        QCOMPARE(json(adjusted.newValue).value(u"balance").toInteger(), 15);
        QCOMPARE(adjusted.note, QStringLiteral("typo at the till"));

        QVERIFY(m_ledger->transfer(m_anna, boris, 10).ok());
        const AuditEntry moved = only(QStringLiteral("points.transfer"));
        QCOMPARE(json(moved.oldValue).value(u"balance").toInteger(), 15);
        QCOMPARE(json(moved.newValue).value(u"balance").toInteger(), 5);
        QCOMPARE(json(moved.newValue).value(u"to_balance").toInteger(), 10);
    }

    void programmeAndSettings()
    {
        LoyaltyProgramme p = m_ledger->programme();
        const qint64 before = p.clerkRefundLimitMinor;
        p.clerkRefundLimitMinor = before + 777;
        QVERIFY(m_ledger->setProgramme(p).ok());
        const AuditEntry rules = only(QStringLiteral("programme.change"));
        QCOMPARE(json(rules.oldValue).value(u"clerk_refund_limit_minor").toInteger(), before);
        QCOMPARE(json(rules.newValue).value(u"clerk_refund_limit_minor").toInteger(), before + 777);

        QVERIFY(m_directory->changeSetting(ShopSettings::Key::IdleLockMinutes, QStringLiteral("5")).ok());
        const AuditEntry setting = only(QStringLiteral("setting.change"));
        QCOMPARE(setting.subjectId, QStringLiteral("access/idle_lock_minutes"));
        QCOMPARE(json(setting.oldValue).value(u"value").toString(), QStringLiteral("10"));
        QCOMPARE(json(setting.newValue).value(u"value").toString(), QStringLiteral("5"));
    }

    void couponsAndExports()
    {
        Campaign c;
        c.name = QStringLiteral("Autumn");
        c.kind = Campaign::Kind::BonusPoints;
        c.points = 30;
        auto codes = m_coupons->createCampaign(c, 3);
        QVERIFY(codes.ok());
        const AuditEntry campaign = only(QStringLiteral("campaign.create"));
        QCOMPARE(json(campaign.newValue).value(u"name").toString(), QStringLiteral("Autumn"));
        QCOMPARE(json(campaign.newValue).value(u"coupons").toInt(), 3);

        QVERIFY(m_coupons->redeem(codes->first(), {QStringLiteral("1"), QString(), -1, m_anna}).ok());
        QVERIFY(m_coupons->undoRedemption(codes->first(), QStringLiteral("wrong customer")).ok());
        const AuditEntry undo = only(QStringLiteral("coupon.undo_redemption"));
        QCOMPARE(undo.subjectId, codes->first());
        QVERIFY(json(undo.oldValue).contains(u"redeemed_at"));
        QVERIFY(!json(undo.newValue).contains(u"redeemed_at"));
        QCOMPARE(undo.note, QStringLiteral("wrong customer"));

        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(CustomerExport(*m_directory).write(buffer, false).ok());
        const AuditEntry exported = only(QStringLiteral("export.customers"));
        QCOMPARE(json(exported.newValue).value(u"customers").toInt(), 1);
    }

    void theRecordApiForOtherUseCases()
    {
        AuditLog log(*m_scratch->db, *m_clock, *m_olga);
        QVERIFY(log.record(QStringLiteral("backup.restore"),
                           {QStringLiteral("backup"), QStringLiteral("2026-05-01")},
                           {{QStringLiteral("customers"), 10}}, {{QStringLiteral("customers"), 12}},
                           QStringLiteral("from the USB stick"))
                    .ok());
        const AuditEntry line = only(QStringLiteral("backup.restore"));
        QCOMPARE(line.note, QStringLiteral("from the USB stick"));
        QCOMPARE(json(line.newValue).value(u"customers").toInt(), 12);
    }

    void filters()
    {
        AuditLog log(*m_scratch->db, *m_clock, *m_olga);
        m_clock->advanceSecs(3600);
        const OwnerEverywhere kim(QStringLiteral("Kim"));
        AuditLog asKim(*m_scratch->db, *m_clock, kim);
        QVERIFY(asKim
                    .record(QStringLiteral("customer.edit"), AuditSubject::customer(m_anna), {},
                            {{QStringLiteral("note"), QStringLiteral("50% off_really")}})
                    .ok());
        AuditFilter filter;
        filter.userName = QStringLiteral("Kim");
        QCOMPARE(log.find(filter)->size(), 1);
        filter = {};
        filter.fromMs = TestSupport::fixedNow().addSecs(1800).toMSecsSinceEpoch();
        QCOMPARE(log.find(filter)->size(), 1);
        filter = {};
        filter.toMs = TestSupport::fixedNow().addSecs(1800).toMSecsSinceEpoch();
        QCOMPARE(log.find(filter)->first().action, QStringLiteral("customer.create"));
        filter = {};
        filter.text = QStringLiteral("50% OFF_");
        QCOMPARE(log.find(filter)->size(), 1);
        filter.text = QStringLiteral("5_%");
        QCOMPARE(log.find(filter)->size(), 0); // the text is not a LIKE pattern
        QCOMPARE(log.userNames(), (QStringList{QStringLiteral("Kim"), QStringLiteral("Olga")}));
    }

    void linesCannotBeChangedOrRemoved()
    {
        QSqlQuery q(m_scratch->db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET user_name = 'someone else'")));
        QVERIFY(q.lastError().text().contains(u"cannot be changed"));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
        QVERIFY(q.lastError().text().contains(u"cannot be changed"));
        QCOMPARE(only(QStringLiteral("customer.create")).userName, QStringLiteral("Olga"));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "test_auditlog.moc"
