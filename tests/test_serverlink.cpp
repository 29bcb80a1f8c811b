#include "Clock.h"
#include "CustomerDirectory.h"
#include "Database.h"
#include "ServerLink.h"
#include "ServerStatusLabel.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// A till on a server shop notices the server going away and coming back: the link goes offline, tries
// again with growing pauses, reopens the till's connection, and the status bar says so all along. Runs
// against the throwaway server TestSupport starts, stopped and started again as an outage would.
class TestServerLink : public QObject
{
    Q_OBJECT

    // Short pauses, so the test waits seconds rather than minutes.
    static constexpr ServerLink::Timings Quick{200, 100, 400};
    SystemClock m_clock;

    static QString labelText(const ServerStatusLabel& label) { return label.text(); }

private Q_SLOTS:
    void init() { TestSupport::failOnWarnings(); }

    void pausesDoubleUpToTheLongest()
    {
        const ServerLink::Timings timings{15000, 1000, 60000};
        QCOMPARE(ServerLink::retryDelayMs(1, timings), 1000);
        QCOMPARE(ServerLink::retryDelayMs(2, timings), 2000);
        QCOMPARE(ServerLink::retryDelayMs(3, timings), 4000);
        QCOMPARE(ServerLink::retryDelayMs(6, timings), 32000);
        QCOMPARE(ServerLink::retryDelayMs(7, timings), 60000);
        QCOMPARE(ServerLink::retryDelayMs(1000, timings), 60000);
    }

    void aShopInAFileHasNothingToWatch()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("shop.sqlite3")));
        QVERIFY(db.ok());
        ServerLink link(*db.value(), m_clock, Quick);
        ServerStatusLabel label(link, m_clock);
        QCOMPARE(link.state(), ServerLink::State::Local);
        QVERIFY(label.isHidden());
        link.reportLost();
        QTest::qWait(300);
        QCOMPARE(link.state(), ServerLink::State::Local);
    }

    // The heartbeat finds the server gone while nobody writes; once it is back the till's own connection
    // works again without restarting the window.
    void theHeartbeatNoticesAnOutageAndTheTillReconnects()
    {
        TestSupport::skipWithoutPostgreSql();
        auto* server = TestSupport::PostgresServer::shared();
        auto db = Database::open(server->createDatabase());
        QVERIFY(db.ok());
        ServerLink link(*db.value(), m_clock, Quick);
        ServerStatusLabel label(link, m_clock);
        QSignalSpy reconnected(&link, &ServerLink::reconnected);
        QCOMPARE(link.state(), ServerLink::State::Online);
        QVERIFY(!label.isHidden());
        QVERIFY(labelText(label).contains(QStringLiteral("Server connected")));

        QVERIFY(server->stop());
        QTRY_COMPARE_WITH_TIMEOUT(link.state(), ServerLink::State::Offline, 10000);
        QVERIFY(link.lostSince().isValid());
        QVERIFY(labelText(label).contains(QStringLiteral("Server unreachable since")));
        // It keeps trying, each pause longer than the last, up to the longest.
        QTRY_VERIFY_WITH_TIMEOUT(link.failedAttempts() >= 3, 10000);
        QVERIFY(link.nextAttempt().isValid() || link.failedAttempts() >= 3);
        QCOMPARE(reconnected.count(), 0);

        QVERIFY(server->start());
        QTRY_COMPARE_WITH_TIMEOUT(link.state(), ServerLink::State::Online, 10000);
        QCOMPARE(reconnected.count(), 1);
        QVERIFY(!link.lostSince().isValid());
        QVERIFY(labelText(label).contains(QStringLiteral("Server connected")));
        CustomerDirectory directory(*db.value(), m_clock);
        QVERIFY(directory
                    .create(TestSupport::consentingDraft(QStringLiteral("Анна Петрова"),
                                                         QStringLiteral("+7 912 345-67-89")))
                    .ok());
        QCOMPARE(directory.find(QStringLiteral("6789")).size(), 1);
    }

    // A write that finds the connection gone says so in words that keep the person's input, and starts the
    // reconnecting at once instead of waiting for the heartbeat.
    void aWriteThatFindsTheServerGoneStartsReconnecting()
    {
        TestSupport::skipWithoutPostgreSql();
        auto* server = TestSupport::PostgresServer::shared();
        auto db = Database::open(server->createDatabase());
        QVERIFY(db.ok());
        ServerLink link(*db.value(), m_clock, ServerLink::Timings{600000, 100, 400});
        QVERIFY(server->stop());
        // The first write meets the dropped connection, the next one the connection the driver closed.
        for (int write = 0; write < 2; ++write) {
            Transaction transaction(*db.value());
            const auto refused = transaction.begun();
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().kind, Error::Kind::Unreachable);
            QVERIFY(refused.error().message.contains(QStringLiteral("What you typed is kept")));
        }
        QTRY_COMPARE_WITH_TIMEOUT(link.state(), ServerLink::State::Offline, 5000);

        QVERIFY(server->start());
        QTRY_COMPARE_WITH_TIMEOUT(link.state(), ServerLink::State::Online, 10000);
        CustomerDirectory directory(*db.value(), m_clock);
        QVERIFY(directory
                    .create(TestSupport::consentingDraft(QStringLiteral("Сергей Ёлкин"),
                                                         QStringLiteral("+7 926 111 22 33")))
                    .ok());
    }
};

QTEST_MAIN(TestServerLink)
#include "test_serverlink.moc"
