#include "OfflineConflicts.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Tills of a server shop during an outage, through the real `regulars` binary: the PostgreSQL server is
// stopped mid-run, sales and an enrolment go to each till's outbox, the server comes back, another till uses a
// coupon and points meanwhile, and the replays leave every sale once, balances as confirmed and the conflicts
// listed. Each till keeps its copy in its own data folder (XDG_DATA_HOME).
class TestOfflineCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_url;
    QString m_coupon;

    QHash<QString, QString> till(const QString& name) const
    {
        return {{QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(name)}};
    }

    TestSupport::CommandRun at(const QString& tillName, QStringList args)
    {
        args.prepend(m_url);
        args.prepend(QStringLiteral("--db"));
        return TestSupport::runRegulars(args, till(tillName));
    }

    qint64 count(const QString& sql)
    {
        auto db = Database::open(m_url, Database::OpenMode::MustExist);
        if (!db)
            return -1;
        QSqlQuery q(db.value()->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    qint64 balanceOf(const QString& phone)
    {
        const auto run = at(QStringLiteral("c"), {QStringLiteral("balance"), phone});
        return run.exitCode == 0 ? TestSupport::jsonLines(run.out).value(0).value(QStringLiteral("balance")).toInteger()
                                 : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::skipWithoutPostgreSql();
        TestSupport::failOnWarnings();
        m_url = TestSupport::PostgresServer::shared()->createDatabase();
        auto db = Database::open(m_url);
        QVERIFY(db.ok());
        SettableClock clock(QDateTime::currentDateTimeUtc());
        OwnerEverywhere owner(QStringLiteral("Olga"));
        LoyaltyLedger ledger(*db.value(), clock, owner);
        CustomerDirectory directory(*db.value(), clock);
        QVERIFY(directory.setShopCountry(QStringLiteral("RU")).ok());
        LoyaltyProgramme rules;
        rules.pointsPerUnit = 1;
        rules.unitMinor = 100;
        rules.pointValueMinor = 1;
        rules.maxSharePercent = 50;
        rules.welcomeBonus = 0;
        rules.discountMode = LoyaltyProgramme::DiscountMode::None;
        QVERIFY(ledger.setProgramme(rules).ok());
        for (const auto& [name, phone] : {std::pair{"Anna Petrova", "+79161234567"},
                                          std::pair{"Boris Ivanov", "+79167654321"}}) {
            auto id = directory.create(
                TestSupport::consentingDraft(QString::fromUtf8(name), QString::fromLatin1(phone)));
            QVERIFY(id.ok());
            SaleRequest first;
            first.customerId = id.value();
            first.amountMinor = 10000;
            first.saleRef = QStringLiteral("first-%1").arg(id.value());
            QVERIFY(ledger.recordSale(first).ok());
        }
        Coupons coupons(*db.value(), clock, owner, ledger);
        Campaign spring;
        spring.name = QStringLiteral("Spring");
        spring.amountMinor = 500;
        auto codes = coupons.createCampaign(spring, 1);
        QVERIFY(codes.ok());
        m_coupon = codes->first();
    }

    void outageReplayAndConflicts()
    {
        // While the server answers, each till refreshes its copy.
        for (const QString& name : {QStringLiteral("a"), QStringLiteral("b")}) {
            const auto refreshed = at(name, {QStringLiteral("outbox"), QStringLiteral("refresh")});
            QVERIFY2(refreshed.exitCode == 0, qPrintable(refreshed.err));
        }
        QVERIFY(TestSupport::PostgresServer::shared()->stop());

        // Offline, the sale's options are read as strictly as online: a bad --redeem keeps nothing.
        const auto badRedeem = at(QStringLiteral("a"), {QStringLiteral("sale"), QStringLiteral("--customer"),
                                                        QStringLiteral("+79161234567"), QStringLiteral("--amount"),
                                                        QStringLiteral("1.60"), QStringLiteral("--redeem"),
                                                        QStringLiteral("lots"), QStringLiteral("--till"),
                                                        QStringLiteral("A"), QStringLiteral("--ref"),
                                                        QStringLiteral("a0")});
        QCOMPARE(badRedeem.exitCode, 2);
        QVERIFY(badRedeem.err.contains(QStringLiteral("--redeem")));

        const auto spend = at(QStringLiteral("a"), {QStringLiteral("sale"), QStringLiteral("--customer"),
                                                    QStringLiteral("+79161234567"), QStringLiteral("--amount"),
                                                    QStringLiteral("1.60"), QStringLiteral("--redeem"),
                                                    QStringLiteral("80"), QStringLiteral("--till"), QStringLiteral("A"),
                                                    QStringLiteral("--ref"), QStringLiteral("a1")});
        QCOMPARE(spend.exitCode, 4);
        const QJsonObject told = TestSupport::jsonLines(spend.out).value(0);
        QCOMPARE(told.value(QStringLiteral("offline")).toBool(), true);
        QCOMPARE(told.value(QStringLiteral("estimated_balance")).toInt(), 20);
        const auto coupon = at(QStringLiteral("a"), {QStringLiteral("sale"), QStringLiteral("--customer"),
                                                     QStringLiteral("Boris"), QStringLiteral("--amount"),
                                                     QStringLiteral("30"), QStringLiteral("--coupon"), m_coupon,
                                                     QStringLiteral("--till"), QStringLiteral("A"),
                                                     QStringLiteral("--ref"), QStringLiteral("a2")});
        QCOMPARE(coupon.exitCode, 4);
        const auto enrol = at(QStringLiteral("a"), {QStringLiteral("enrol"), QStringLiteral("--name"),
                                                    QStringLiteral("Vera Orlova"), QStringLiteral("--phone"),
                                                    QStringLiteral("+79160001122"), QStringLiteral("--consent"),
                                                    QStringLiteral("paper"), QStringLiteral("--till"),
                                                    QStringLiteral("A")});
        QCOMPARE(enrol.exitCode, 4);
        const auto vera = at(QStringLiteral("a"), {QStringLiteral("sale"), QStringLiteral("--customer"),
                                                   QStringLiteral("+79160001122"), QStringLiteral("--amount"),
                                                   QStringLiteral("50"), QStringLiteral("--till"), QStringLiteral("A")});
        QCOMPARE(vera.exitCode, 4);
        // Till B sees the same 100 points in its copy and lets Anna spend 80 of them again.
        const auto twice = at(QStringLiteral("b"), {QStringLiteral("sale"), QStringLiteral("--customer"),
                                                    QStringLiteral("+79161234567"), QStringLiteral("--amount"),
                                                    QStringLiteral("1.60"), QStringLiteral("--redeem"),
                                                    QStringLiteral("80"), QStringLiteral("--till"), QStringLiteral("B"),
                                                    QStringLiteral("--ref"), QStringLiteral("b1")});
        QCOMPARE(twice.exitCode, 4);
        // Without a server and without a replay nothing is lost: the outbox lists it all.
        const auto listed = at(QStringLiteral("a"), {QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(TestSupport::jsonLines(listed.out).size(), 4);
        QCOMPARE(at(QStringLiteral("a"), {QStringLiteral("outbox"), QStringLiteral("replay")}).exitCode, 1);

        QVERIFY(TestSupport::PostgresServer::shared()->start());
        // Till C, online, uses the coupon before till A is back.
        const auto online = at(QStringLiteral("c"), {QStringLiteral("sale"), QStringLiteral("--customer"),
                                                     QStringLiteral("+79161234567"), QStringLiteral("--amount"),
                                                     QStringLiteral("40"), QStringLiteral("--coupon"), m_coupon,
                                                     QStringLiteral("--till"), QStringLiteral("C")});
        QVERIFY2(online.exitCode == 0, qPrintable(online.err));

        const auto replayA = at(QStringLiteral("a"), {QStringLiteral("outbox"), QStringLiteral("replay")});
        QVERIFY2(replayA.exitCode == 0, qPrintable(replayA.err));
        const QList<QJsonObject> linesA = TestSupport::jsonLines(replayA.out);
        QCOMPARE(linesA.size(), 5);
        QCOMPARE(linesA.last().value(QStringLiteral("replayed")).toInt(), 4);
        QCOMPARE(linesA.last().value(QStringLiteral("conflicts")).toInt(), 1);
        const auto replayB = at(QStringLiteral("b"), {QStringLiteral("outbox"), QStringLiteral("replay")});
        QVERIFY2(replayB.exitCode == 0, qPrintable(replayB.err));
        QCOMPARE(TestSupport::jsonLines(replayB.out).last().value(QStringLiteral("conflicts")).toInt(), 1);

        // Every sale once; the coupon once (by till C); Anna's balance is what the last confirmation said.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sales WHERE till_id = 'A'")), 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sales WHERE till_id = 'B'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM coupons WHERE redeemed_till = 'C'")), 1);
        const QJsonObject lastB = TestSupport::jsonLines(replayB.out).first();
        const qint64 confirmed =
            lastB.value(QStringLiteral("confirmed")).toObject().value(QStringLiteral("balance")).toInteger();
        QCOMPARE(balanceOf(QStringLiteral("+79161234567")), confirmed);
        QCOMPARE(balanceOf(QStringLiteral("+79160001122")), 50);

        const auto conflicts = at(QStringLiteral("c"), {QStringLiteral("conflicts"), QStringLiteral("list"),
                                                        QStringLiteral("--json")});
        QCOMPARE(conflicts.exitCode, 0);
        QStringList kinds;
        for (const QJsonObject& c : TestSupport::jsonLines(conflicts.out))
            kinds.append(c.value(QStringLiteral("kind")).toString());
        kinds.sort();
        QCOMPARE(kinds, (QStringList{QStringLiteral("coupon_refused"), QStringLiteral("points_short")}));

        // A second replay changes nothing.
        const auto again = at(QStringLiteral("a"), {QStringLiteral("outbox"), QStringLiteral("replay")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(TestSupport::jsonLines(again.out).last().value(QStringLiteral("replayed")).toInt(), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sales WHERE till_id = 'A'")), 3);
        QCOMPARE(at(QStringLiteral("c"), {QStringLiteral("check")}).exitCode, 0);
        QCOMPARE(at(QStringLiteral("c"), {QStringLiteral("conflicts"), QStringLiteral("seen")}).exitCode, 0);
        QCOMPARE(TestSupport::jsonLines(at(QStringLiteral("c"), {QStringLiteral("conflicts"), QStringLiteral("list"),
                                                                   QStringLiteral("--unseen"), QStringLiteral("--json")})
                                            .out)
                     .size(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestOfflineCommands)
#include "test_offlinecommands.moc"
