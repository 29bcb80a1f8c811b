#include "LoyaltyLedger.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The command-line contract of the ledger: names, options, JSON keys and exit codes that scripts rely on.
class TestLoyaltyCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    TestSupport::CommandRun run(QStringList arguments)
    {
        arguments.prepend(m_db);
        arguments.prepend(QStringLiteral("--db"));
        return TestSupport::runRegulars(arguments);
    }

private Q_SLOTS:
    void init()
    {
        TestSupport::failOnWarnings();
        m_db = TestSupport::scratchLocation(
            m_dir, QStringLiteral("shop-%1.sqlite3").arg(QString::fromLatin1(QTest::currentTestFunction())));
        auto scratch = Database::open(m_db);
        QVERIFY(scratch.ok());
        SystemClock clock;
        CustomerDirectory directory(*scratch.value(), clock);
        QVERIFY(directory.setShopCountry(QStringLiteral("RU")).ok());
        QVERIFY(directory
                    .create(TestSupport::consentingDraft(QStringLiteral("Anna Petrova"),
                                                         QStringLiteral("+79161234567"),
                                                         QStringLiteral("0420000000013")))
                    .ok());
    }

    void saleBalanceRefundAndCheck()
    {
        const auto sale =
            run({QStringLiteral("sale"), QStringLiteral("--customer"), QStringLiteral("8 916 123-45-67"),
                 QStringLiteral("--amount"), QStringLiteral("١٢٥٠٫٠٠"), QStringLiteral("--ref"),
                 QStringLiteral("R1"), QStringLiteral("--till"), QStringLiteral("T2")});
        QVERIFY2(sale.exitCode == 0, qPrintable(sale.err));
        const QJsonObject first = TestSupport::jsonLines(sale.out).value(0);
        for (const char* key : {"earned", "redeemed", "discount", "balance", "tier", "stamps", "vouchers"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        // The default programme in roubles: a point per 100 ₽, so 1,250 ₽ earns 12.
        QCOMPARE(first.value(QStringLiteral("earned")).toInteger(), 12);
        QCOMPARE(first.value(QStringLiteral("amount")).toString(), QStringLiteral("1250.00"));

        // The same reference on the same till prints the first answer and changes nothing.
        const auto again =
            run({QStringLiteral("sale"), QStringLiteral("--customer"), QStringLiteral("0420000000013"),
                 QStringLiteral("--amount"), QStringLiteral("99"), QStringLiteral("--ref"),
                 QStringLiteral("R1"), QStringLiteral("--till"), QStringLiteral("T2")});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject repeated = TestSupport::jsonLines(again.out).value(0);
        QCOMPARE(repeated.value(QStringLiteral("earned")), first.value(QStringLiteral("earned")));
        QCOMPARE(repeated.value(QStringLiteral("repeated")).toBool(), true);

        const auto balance = run({QStringLiteral("balance"), QStringLiteral("Anna")});
        QCOMPARE(balance.exitCode, 0);
        const QJsonObject status = TestSupport::jsonLines(balance.out).value(0);
        for (const char* key : {"balance", "expiring", "tier", "stamps"})
            QVERIFY2(status.contains(QLatin1String(key)), key);
        QCOMPARE(status.value(QStringLiteral("balance")).toInteger(),
                 12 + 50); // welcome bonus on first purchase
        QVERIFY(status.value(QStringLiteral("expiring")).isObject());

        const auto refund = run({QStringLiteral("refund"), QStringLiteral("--ref"), QStringLiteral("R1"),
                                 QStringLiteral("--till"), QStringLiteral("T2"), QStringLiteral("--amount"),
                                 QStringLiteral("625")});
        QVERIFY2(refund.exitCode == 0, qPrintable(refund.err));
        QCOMPARE(TestSupport::jsonLines(refund.out)
                     .value(0)
                     .value(QStringLiteral("points_taken_back"))
                     .toInteger(),
                 6);
        const auto tooMuch = run({QStringLiteral("refund"), QStringLiteral("--ref"), QStringLiteral("R1"),
                                  QStringLiteral("--till"), QStringLiteral("T2"), QStringLiteral("--amount"),
                                  QStringLiteral("700")});
        QCOMPARE(tooMuch.exitCode, 1);
        QVERIFY(!tooMuch.err.isEmpty());

        const auto grant =
            run({QStringLiteral("points"), QStringLiteral("grant"), QStringLiteral("Anna"),
                 QStringLiteral("20"), QStringLiteral("--reason"), QStringLiteral("Survey answered")});
        QVERIFY2(grant.exitCode == 0, qPrintable(grant.err));
        QCOMPARE(TestSupport::jsonLines(grant.out).value(0).value(QStringLiteral("balance")).toInteger(),
                 12 + 50 - 6 + 20);

        QCOMPARE(run({QStringLiteral("check")}).exitCode, 0);

        // The programme's reports read the same ledger.
        const auto owed = run({QStringLiteral("report"), QStringLiteral("liability"),
                               QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(owed.exitCode == 0, qPrintable(owed.err));
        const QJsonObject liability = QJsonDocument::fromJson(owed.out.toUtf8()).object();
        QCOMPARE(liability.value(QStringLiteral("outstanding_points")).toInteger(), 12 + 50 - 6 + 20);
        QVERIFY(liability.value(QStringLiteral("by_expiry")).isArray());
        const auto flows = run({QStringLiteral("report"), QStringLiteral("programme"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(flows.exitCode == 0, qPrintable(flows.err));
        const QJsonObject programme = QJsonDocument::fromJson(flows.out.toUtf8()).object();
        QCOMPARE(programme.value(QStringLiteral("issued")).toInteger(), 12 + 50 + 20);
        for (const char* key : {"month", "issued", "redeemed", "expired", "redemption_rate"})
            QVERIFY2(programme.value(QStringLiteral("months"))
                         .toArray()
                         .first()
                         .toObject()
                         .contains(QLatin1String(key)),
                     key);
        {
            auto db = Database::open(m_db, Database::OpenMode::MustExist);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE point_balances SET balance = balance + 1")));
        }
        const auto broken = run({QStringLiteral("check")});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY(broken.out.contains(QStringLiteral("77")));
    }

    // Eight tills selling to one customer at the same moment: no sale's points are lost or counted twice,
    // on SQLite (one writer at a time) and on PostgreSQL (the writers' lock) alike.
    void eightTillsAtOnceLoseNothing()
    {
        QList<QStringList> sales;
        for (int till = 1; till <= 8; ++till)
            sales.append({QStringLiteral("--db"), m_db, QStringLiteral("sale"), QStringLiteral("--customer"),
                          QStringLiteral("Anna"), QStringLiteral("--amount"),
                          QString::number(100 * till + 50), QStringLiteral("--ref"), QStringLiteral("R1"),
                          QStringLiteral("--till"), QStringLiteral("T%1").arg(till)});
        qint64 told = 0;
        int welcomed = 0;
        for (const TestSupport::CommandRun& sale : TestSupport::runRegularsTogether(sales)) {
            QVERIFY2(sale.exitCode == 0, qPrintable(sale.err));
            const QJsonObject answer = TestSupport::jsonLines(sale.out).value(0);
            QVERIFY(answer.value(QStringLiteral("earned")).toInteger() > 0);
            told += answer.value(QStringLiteral("earned")).toInteger() +
                    answer.value(QStringLiteral("bonus")).toInteger();
            welcomed += answer.value(QStringLiteral("bonus")).toInteger() > 0 ? 1 : 0;
        }
        QCOMPARE(welcomed, 1); // the welcome bonus once, to whichever till came first
        const auto balance = run({QStringLiteral("balance"), QStringLiteral("Anna")});
        QCOMPARE(TestSupport::jsonLines(balance.out).value(0).value(QStringLiteral("balance")).toInteger(),
                 told);
        QCOMPARE(run({QStringLiteral("check")}).exitCode, 0);
    }

    void refusesWhatItCannotDo()
    {
        QCOMPARE(run({QStringLiteral("sale"), QStringLiteral("--customer"), QStringLiteral("Anna")}).exitCode,
                 2);
        const auto badAmount =
            run({QStringLiteral("sale"), QStringLiteral("--customer"), QStringLiteral("Anna"),
                 QStringLiteral("--amount"), QStringLiteral("12.505")});
        QCOMPARE(badAmount.exitCode, 2);
        QVERIFY(badAmount.err.contains(QStringLiteral("decimals")));
        const auto nobody = run({QStringLiteral("sale"), QStringLiteral("--customer"), QStringLiteral("Zed"),
                                 QStringLiteral("--amount"), QStringLiteral("1")});
        QCOMPARE(nobody.exitCode, 1);
        QCOMPARE(run({QStringLiteral("refund"), QStringLiteral("--ref"), QStringLiteral("none")}).exitCode,
                 1);
    }

    void programmeExportAndValidatedImport()
    {
        const QString file = m_dir.filePath(QStringLiteral("programme.json"));
        QCOMPARE(run({QStringLiteral("program"), QStringLiteral("export"), file}).exitCode, 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QJsonObject points = json.value(QStringLiteral("points")).toObject();
        points.insert(QStringLiteral("unit_minor"), 0);
        json.insert(QStringLiteral("points"), points);
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(json).toJson());
        out.close();
        const auto refused = run({QStringLiteral("program"), QStringLiteral("import"), bad});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("points.unit_minor")), qPrintable(refused.err));

        points.insert(QStringLiteral("unit_minor"), 1000);
        json.insert(QStringLiteral("points"), points);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(json).toJson());
        out.close();
        QCOMPARE(run({QStringLiteral("program"), QStringLiteral("import"), bad}).exitCode, 0);
        const auto sale = run({QStringLiteral("sale"), QStringLiteral("--customer"), QStringLiteral("Anna"),
                               QStringLiteral("--amount"), QStringLiteral("25")});
        QCOMPARE(TestSupport::jsonLines(sale.out).value(0).value(QStringLiteral("earned")).toInteger(), 2);
    }
};

QTEST_GUILESS_MAIN(TestLoyaltyCommands)
#include "test_loyaltycommands.moc"
