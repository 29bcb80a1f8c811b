#include "CustomerDirectory.h"
#include "LoyaltyLedger.h"
#include "TestSupport.h"

#include <QTest>

using TestSupport::runRegulars;

// `regulars users …` and the owner's password that commands changing data need once the shop has users:
// right, wrong and missing REGULARS_PASSWORD; read-only commands never ask.
class TestUserCommands : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSupport::ScratchDatabase> m_scratch;
    const QHash<QString, QString> m_right{
        {QStringLiteral("REGULARS_PASSWORD"), QStringLiteral("correct horse")}};
    const QHash<QString, QString> m_wrong{
        {QStringLiteral("REGULARS_PASSWORD"), QStringLiteral("wrong horse")}};

    TestSupport::CommandRun run(const QStringList& words, const QHash<QString, QString>& env = {})
    {
        return runRegulars(QStringList{QStringLiteral("--db"), m_scratch->path()} + words, env);
    }
    qint64 balance()
    {
        const auto done = run({QStringLiteral("balance"), QStringLiteral("+79161234567")});
        return TestSupport::jsonLines(done.out).value(0).value(u"balance").toInteger(-1);
    }

private Q_SLOTS:
    void init()
    {
        TestSupport::failOnWarnings();
        m_scratch = TestSupport::scratchDatabase();
        SystemClock clock;
        CustomerDirectory directory(*m_scratch->db, clock);
        QVERIFY(
            directory
                .create(TestSupport::consentingDraft(QStringLiteral("Anna"), QStringLiteral("+79161234567")))
                .ok());
    }

    void withoutUsersNothingIsAsked()
    {
        const auto granted =
            run({QStringLiteral("points"), QStringLiteral("grant"), QStringLiteral("+79161234567"),
                 QStringLiteral("10"), QStringLiteral("--reason"), QStringLiteral("gift")});
        QCOMPARE(granted.exitCode, 0);
        QCOMPARE(balance(), 10);
    }

    void changesNeedTheOwnersPassword()
    {
        QCOMPARE(run({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("Olga"),
                      QStringLiteral("--owner")},
                     m_right)
                     .exitCode,
                 0);
        const QStringList grant{QStringLiteral("points"),       QStringLiteral("grant"),
                                QStringLiteral("+79161234567"), QStringLiteral("10"),
                                QStringLiteral("--reason"),     QStringLiteral("gift")};
        const auto missing = run(grant);
        QCOMPARE(missing.exitCode, 3);
        QVERIFY(missing.err.contains(u"REGULARS_PASSWORD"));
        const auto wrong = run(grant, m_wrong);
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY(wrong.err.contains(u"not right"));
        QCOMPARE(balance(), 0);
        const auto right = run(grant, m_right);
        QCOMPARE(right.exitCode, 0);
        QCOMPARE(balance(), 10);

        // Read-only commands do not ask.
        QCOMPARE(run({QStringLiteral("customers"), QStringLiteral("find"), QStringLiteral("Anna")}).exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("check")}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("coupons"), QStringLiteral("list")}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("retention")}).exitCode, 0);
        // Exports and the list of users do.
        QCOMPARE(run({QStringLiteral("customers"), QStringLiteral("export"),
                      m_scratch->dir.filePath(QStringLiteral("c.csv"))})
                     .exitCode,
                 3);
        QCOMPARE(run({QStringLiteral("users"), QStringLiteral("list")}).exitCode, 3);

        // The ledger and the audit log name the owner.
        SystemClock clock;
        const OwnerEverywhere reader(QString{});
        const QList<StatementLine> lines = LoyaltyLedger(*m_scratch->db, clock, reader).statement(1);
        QCOMPARE(lines.value(0).entry.recordedBy, QStringLiteral("Olga"));
    }

    void fiveWrongPasswordsLockTheOwnerOut()
    {
        QCOMPARE(run({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("Olga"),
                      QStringLiteral("--owner")},
                     m_right)
                     .exitCode,
                 0);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(run({QStringLiteral("users"), QStringLiteral("list")}, m_wrong).exitCode, 3);
        const auto locked = run({QStringLiteral("users"), QStringLiteral("list")}, m_right);
        QCOMPARE(locked.exitCode, 3);
        QVERIFY(locked.err.contains(u"try again"));
    }

    void usersCommands()
    {
        QCOMPARE(run({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("Kim"),
                      QStringLiteral("--pin"), QStringLiteral("1234")})
                     .exitCode,
                 1); // no owner yet
        QCOMPARE(run({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("Olga"),
                      QStringLiteral("--owner")},
                     m_right)
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("Kim"),
                      QStringLiteral("--pin"), QStringLiteral("۱۲۳۴")},
                     m_right)
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("Lee"),
                      QStringLiteral("--pin"), QStringLiteral("12")},
                     m_right)
                     .exitCode,
                 1);
        // A clerk's PIN is not the owner's password.
        QCOMPARE(run({QStringLiteral("users"), QStringLiteral("list")},
                     {{QStringLiteral("REGULARS_PASSWORD"), QStringLiteral("1234")}})
                     .exitCode,
                 3);
        QCOMPARE(run({QStringLiteral("users"), QStringLiteral("reset-pin"), QStringLiteral("kim"),
                      QStringLiteral("--pin"), QStringLiteral("5678")},
                     m_right)
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("Kim")}, m_right)
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("Olga")}, m_right)
                     .exitCode,
                 1);
        const auto listed = run({QStringLiteral("users"), QStringLiteral("list")}, m_right);
        QCOMPARE(listed.exitCode, 0);
        const QList<QJsonObject> users = TestSupport::jsonLines(listed.out);
        QCOMPARE(users.size(), 2);
        QCOMPARE(users[0].value(u"name").toString(), QStringLiteral("Olga"));
        QCOMPARE(users[0].value(u"role").toString(), QStringLiteral("owner"));
        QCOMPARE(users[1].value(u"name").toString(), QStringLiteral("Kim"));
        QCOMPARE(users[1].value(u"disabled").toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestUserCommands)
#include "test_usercommands.moc"
