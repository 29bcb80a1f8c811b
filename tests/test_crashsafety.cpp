#include "Backups.h"
#include "Database.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

// Kills `regulars` with SIGKILL at random moments while it records sales, imports purchases and writes
// backups, then proves that nothing confirmed was lost and nothing half-written was kept.
// REGULARS_STRESS_ROUNDS=N runs N kills in all (default 250: 150 during sales, 50 imports, 50 backups);
// REGULARS_STRESS_SEED repeats a run.
namespace {
int totalRounds()
{
    bool ok = false;
    const int rounds = qEnvironmentVariableIntValue("REGULARS_STRESS_ROUNDS", &ok);
    return ok && rounds > 0 ? rounds : 250;
}

quint32 seed()
{
    bool ok = false;
    const int given = qEnvironmentVariableIntValue("REGULARS_STRESS_SEED", &ok);
    return ok ? quint32(given) : QRandomGenerator::system()->generate();
}

struct Killed
{
    QString out; // what the worker had printed (and flushed) before it died
    bool finishedByItself = false;
};

// Runs `script` in its own process group and kills the whole group after `delayMs`.
Killed runAndKill(const QString& script, const QStringList& arguments, int delayMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("R"), QStringLiteral(REGULARS_BINARY));
    env.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(env);
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
    process.start(QStringLiteral("/bin/sh"),
                  QStringList{QStringLiteral("-c"), script, QStringLiteral("worker")} + arguments);
    process.waitForStarted();
    Killed killed;
    killed.finishedByItself = process.waitForFinished(delayMs);
    if (!killed.finishedByItself) {
        ::kill(-pid_t(process.processId()), SIGKILL);
        process.waitForFinished(30000);
    }
    killed.out = QString::fromUtf8(process.readAllStandardOutput());
    return killed;
}

// Only lines that were ended (flushed whole) were confirmed to the person.
QStringList confirmedLines(const QString& out)
{
    QStringList lines = out.split(u'\n');
    lines.removeLast(); // empty after the last newline, or a line cut by the kill
    lines.removeAll(QString());
    return lines;
}

qint64 count(Database& db, const QString& sql, const QVariant& bound = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    if (bound.isValid())
        q.addBindValue(bound);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QRandomGenerator m_random;
    int m_rounds = 0;

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::failOnWarnings();
        const quint32 s = seed();
        qInfo("REGULARS_STRESS_SEED=%u", s);
        m_random.seed(s);
        m_rounds = totalRounds();
        m_db = m_dir.filePath(QStringLiteral("shop.sqlite3"));
        auto demo = TestSupport::runRegulars({QStringLiteral("--db"), m_db, QStringLiteral("demo"),
                                              QStringLiteral("--customers"), QStringLiteral("300"),
                                              QStringLiteral("--region"), QStringLiteral("RU")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    void killedDuringSales()
    {
        const int rounds = m_rounds * 3 / 5;
        const QString script = QStringLiteral("i=$2; while :; do \"$R\" --db \"$1\" sale --customer id:$((i "
                                              "% 20 + 1)) --amount 250.00 --ref k$i "
                                              "|| exit 1; i=$((i + 1)); done");
        // Kill moments spread over about three sales, however fast this build runs one.
        QElapsedTimer timer;
        timer.start();
        auto first = TestSupport::runRegulars({QStringLiteral("--db"), m_db, QStringLiteral("sale"),
                                               QStringLiteral("--customer"), QStringLiteral("id:1"),
                                               QStringLiteral("--amount"), QStringLiteral("250.00")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const int oneSale = int(std::max<qint64>(timer.elapsed(), 1));
        QStringList confirmed;
        for (int round = 0; round < rounds; ++round) {
            const Killed killed = runAndKill(script, {m_db, QString::number(round * 1000)},
                                             m_random.bounded(20, std::max(320, 3 * oneSale)));
            QVERIFY2(!killed.finishedByItself, "the sales worker stopped by itself");
            confirmed.append(confirmedLines(killed.out));
        }
        auto db = Database::open(m_db, Database::OpenMode::MustExist);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QVERIFY2(confirmed.size() >= rounds / 4, "too few sales were confirmed to prove anything");
        for (const QString& line : confirmed) {
            const QJsonObject sale = QJsonDocument::fromJson(line.toUtf8()).object();
            const QString ref = sale.value(QStringLiteral("ref")).toString();
            QVERIFY2(!ref.isEmpty(), qPrintable(line));
            QVERIFY2(count(*db.value(),
                           QStringLiteral("SELECT count(*) FROM sales WHERE till_id = '1' AND sale_ref = ?"),
                           ref) == 1,
                     qPrintable(QStringLiteral("confirmed sale %1 is missing").arg(ref)));
            if (sale.value(QStringLiteral("earned")).toInt() > 0)
                QVERIFY(count(*db.value(),
                              QStringLiteral("SELECT count(*) FROM ledger l JOIN sales s ON s.id = l.sale_id"
                                             " WHERE s.sale_ref = ? AND l.kind = 'earn'"),
                              ref) >= 1);
        }
        // Every sale the worker wrote, confirmed or not, is whole: its stored answer is written with it.
        QCOMPARE(count(*db.value(),
                       QStringLiteral("SELECT count(*) FROM sales WHERE sale_ref LIKE 'k%' AND result = ''")),
                 0);
        qInfo("%d kills during sales (one sale takes %d ms), %lld confirmed sales, %lld recorded", rounds,
              oneSale, qint64(confirmed.size()),
              count(*db.value(), QStringLiteral("SELECT count(*) FROM sales WHERE sale_ref LIKE 'k%'")));
        db = Database::open(m_db, Database::OpenMode::MustExist); // release before `check` runs
        auto check = TestSupport::runRegulars({QStringLiteral("--db"), m_db, QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    }

    void killedDuringImports()
    {
        const int rounds = m_rounds / 5;
        constexpr int kLines = 2000;
        const QString script = QStringLiteral("exec \"$R\" --db \"$1\" purchases import \"$2\"");
        QElapsedTimer clock;
        int whole = 0;
        qint64 longest = 1;
        for (int round = 0; round < rounds + 1; ++round) {
            const QString file = m_dir.filePath(QStringLiteral("import-%1.csv").arg(round));
            {
                QFile csv(file);
                QVERIFY(csv.open(QIODevice::WriteOnly));
                csv.write("date,amount,reference\n");
                for (int n = 0; n < kLines; ++n)
                    csv.write(QStringLiteral("2025-%1-%2,%3.50,imp%4-%5\n")
                                  .arg(n % 12 + 1, 2, 10, QChar(u'0'))
                                  .arg(n % 28 + 1, 2, 10, QChar(u'0'))
                                  .arg(n % 90 + 5)
                                  .arg(round)
                                  .arg(n)
                                  .toUtf8());
            }
            // The first round runs to the end, to learn how long an import takes.
            clock.start();
            const int delay = round == 0 ? 120000 : int(m_random.bounded(qint64(longest * 12 / 10) + 1));
            const Killed killed = runAndKill(script, {m_db, file}, delay);
            if (round == 0) {
                QVERIFY(killed.finishedByItself);
                longest = clock.elapsed();
            }
            auto db = Database::open(m_db, Database::OpenMode::MustExist);
            QVERIFY(db.ok());
            const qint64 imported =
                count(*db.value(), QStringLiteral("SELECT count(*) FROM sales WHERE sale_ref LIKE ?"),
                      QStringLiteral("imp%1-%").arg(round));
            QVERIFY2(
                imported == 0 || imported == kLines,
                qPrintable(
                    QStringLiteral("round %1 left %2 of %3 sales").arg(round).arg(imported).arg(kLines)));
            if (imported == kLines)
                ++whole;
        }
        qInfo("%d kills during imports (one import takes %lld ms); %d imports complete", rounds, longest,
              whole);
        auto check = TestSupport::runRegulars({QStringLiteral("--db"), m_db, QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    }

    void killedDuringBackups()
    {
        const int rounds = m_rounds - m_rounds * 3 / 5 - m_rounds / 5;
        const QString folder = m_dir.filePath(QStringLiteral("copies"));
        QVERIFY(QDir().mkpath(folder));
        const QString script = QStringLiteral("exec \"$R\" --db \"$1\" backup --out \"$2\"");
        QElapsedTimer clock;
        qint64 longest = 1;
        int good = 0;
        for (int round = 0; round < rounds + 1; ++round) {
            const QString target = QDir(folder).filePath(QStringLiteral("b%1.sqlite3").arg(round));
            clock.start();
            const int delay = round == 0 ? 120000 : int(m_random.bounded(qint64(longest * 12 / 10) + 1));
            const Killed killed = runAndKill(script, {m_db, target}, delay);
            if (round == 0) {
                QVERIFY(killed.finishedByItself);
                longest = clock.elapsed();
            }
        }
        // A file with a backup's name is always a good backup; an interrupted one is only ever a .partial.
        for (const QFileInfo& info : QDir(folder).entryInfoList({QStringLiteral("*.sqlite3")}, QDir::Files)) {
            auto contents = Backups::examine(info.absoluteFilePath());
            QVERIFY2(contents.ok(), qPrintable(info.fileName()));
            QCOMPARE(contents->customers, 300);
            ++good;
        }
        QVERIFY(good >= 1);
        qInfo("%d kills during backups (one backup takes %lld ms); %d complete backups, %lld interrupted",
              rounds, longest, good,
              qint64(QDir(folder).entryList({QStringLiteral("*.partial")}, QDir::Files).size()));
        auto check = TestSupport::runRegulars({QStringLiteral("--db"), m_db, QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "test_crashsafety.moc"
