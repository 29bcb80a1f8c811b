#include "TestSupport.h"
#include "VirtualScanner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>

namespace {
constexpr int kTimeoutMs = 30000; // the binary starts under ASan on a shared machine

QStringList completeLines(QByteArray& buffer, QProcess& process)
{
    buffer += process.readAllStandardOutput();
    QStringList lines;
    qsizetype newline;
    while ((newline = buffer.indexOf('\n')) >= 0) {
        lines.append(QString::fromUtf8(buffer.left(newline)));
        buffer.remove(0, newline + 1);
    }
    return lines;
}
} // namespace

class TestScannerCommands : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::ScratchDatabase> m_scratch;
    qint64 m_anna = 0;

    void startListening(QProcess& process, const QString& port, const QStringList& extra = {})
    {
        process.start(QStringLiteral(REGULARS_BINARY),
                      QStringList{QStringLiteral("--db"), m_scratch->path(), QStringLiteral("scanner"),
                                  QStringLiteral("listen"), QStringLiteral("--port"), port} +
                          extra);
        QVERIFY(process.waitForStarted(kTimeoutMs));
    }

private Q_SLOTS:
    void init()
    {
        TestSupport::failOnWarnings();
        m_scratch = TestSupport::scratchDatabase(QStringLiteral("RU"));
        SettableClock clock(TestSupport::fixedNow());
        CustomerDirectory directory(*m_scratch->db, clock);
        m_anna = directory
                     .create(TestSupport::consentingDraft(QStringLiteral("Анна"),
                                                          QStringLiteral("8 912 345-67-89"),
                                                          QStringLiteral("0420000000013")))
                     .value();
    }
    void cleanup() { m_scratch.reset(); }

    void listenPrintsAJsonLinePerCodeSurvivesReplugAndStopsOnSigterm()
    {
        VirtualScanner device(m_scratch->dir.path(), QStringLiteral("cli-scanner"));
        QVERIFY(device.plugIn());
        QProcess process;
        startListening(process, device.portPath(), {QStringLiteral("--framing"), QStringLiteral("auto")});
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("Listening on"),
                                 kTimeoutMs);

        QByteArray buffer;
        QStringList lines;
        QVERIFY(device.write("]E00420000000013\r"));
        // Each line arrives on its own, before the next code: the output is flushed at once.
        QTRY_COMPARE_WITH_TIMEOUT((lines += completeLines(buffer, process)).size(), 1, kTimeoutMs);
        QVERIFY(device.write("\x02]Q1tel:+79001112233\x03"));
        QVERIFY(device.write("4006381333931\n"));
        QTRY_COMPARE_WITH_TIMEOUT((lines += completeLines(buffer, process)).size(), 3, kTimeoutMs);

        device.unplug();
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("disconnected"),
                                 kTimeoutMs);
        QVERIFY(device.plugIn());
        QTRY_COMPARE_WITH_TIMEOUT(
            QString::fromUtf8(err += process.readAllStandardError()).count(QStringLiteral("Listening on")), 2,
            kTimeoutMs);
        QVERIFY(device.write("ABCDEFGHJKM\r"));
        QTRY_COMPARE_WITH_TIMEOUT((lines += completeLines(buffer, process)).size(), 4, kTimeoutMs);

        process.terminate(); // SIGTERM
        QVERIFY(process.waitForFinished(kTimeoutMs));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);

        QList<QJsonObject> json;
        for (const QString& line : lines) {
            QJsonParseError error;
            json.append(QJsonDocument::fromJson(line.toUtf8(), &error).object());
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(line));
        }
        QCOMPARE(json[0].value(QStringLiteral("code")).toString(), QStringLiteral("0420000000013"));
        QCOMPARE(json[0].value(QStringLiteral("kind")).toString(), QStringLiteral("card"));
        QCOMPARE(json[0].value(QStringLiteral("symbology")).toString(), QStringLiteral("EAN-13"));
        QCOMPARE(json[0].value(QStringLiteral("customer")).toInteger(), m_anna);
        QCOMPARE(json[1].value(QStringLiteral("kind")).toString(), QStringLiteral("phone"));
        QCOMPARE(json[1].value(QStringLiteral("symbology")).toString(), QStringLiteral("QR Code"));
        QVERIFY(!json[1].contains(QStringLiteral("customer")));
        QCOMPARE(json[2].value(QStringLiteral("kind")).toString(), QStringLiteral("unknown"));
        QVERIFY(!json[2].contains(QStringLiteral("symbology")));
        QCOMPARE(json[3].value(QStringLiteral("code")).toString(), QStringLiteral("ABCDEFGHJKM"));
    }

    void sigintStopsCleanlyToo()
    {
        VirtualScanner device(m_scratch->dir.path(), QStringLiteral("cli-sigint"));
        QVERIFY(device.plugIn());
        QProcess process;
        startListening(process, device.portPath());
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("Listening on"),
                                 kTimeoutMs);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(kTimeoutMs));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    void usageErrors()
    {
        for (const QStringList& args : {QStringList{QStringLiteral("scanner"), QStringLiteral("listen")},
                                        QStringList{QStringLiteral("scanner"), QStringLiteral("listen"),
                                                    QStringLiteral("--port"), QStringLiteral("/dev/null"),
                                                    QStringLiteral("--framing"), QStringLiteral("semicolon")},
                                        QStringList{QStringLiteral("scanner"), QStringLiteral("talk")}}) {
            QProcess process;
            process.start(QStringLiteral(REGULARS_BINARY),
                          QStringList{QStringLiteral("--db"), m_scratch->path()} + args);
            QVERIFY(process.waitForFinished(kTimeoutMs));
            QCOMPARE(process.exitCode(), 2);
        }
        QProcess help;
        help.start(QStringLiteral(REGULARS_BINARY), {QStringLiteral("--help")});
        QVERIFY(help.waitForFinished(kTimeoutMs));
        QVERIFY(help.readAllStandardOutput().contains("scanner listen --port PATH"));
    }
};

QTEST_GUILESS_MAIN(TestScannerCommands)
#include "test_scannercommands.moc"
