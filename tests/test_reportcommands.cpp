#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = TestSupport::CommandRun;

// The reports cut months in the shop's time zone: UTC here, so the expected months hold on any machine.
Run regulars(const QStringList& arguments)
{
    return TestSupport::runRegulars(arguments, {{QStringLiteral("TZ"), QStringLiteral("UTC")}});
}

QStringList sortedKeys(const QJsonObject& o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList keys)
{
    keys.sort();
    return keys;
}
} // namespace

class TestReportCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString db() const { return m_db; }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = TestSupport::scratchLocation(m_dir, QStringLiteral("shop.sqlite3"));
        // A small shop's past: three customers over three months, imported as a CDNOW-style file.
        QFile file(m_dir.filePath(QStringLiteral("past.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("customer_id date cds value\r\n"
                   " 00001 20250105 1 10.00\r\n 00001 20250210 1 20.00\r\n 00001 20250301 1 5.00\r\n"
                   " 00002 20250201 1 30.00\r\n 00002 20250220 2 40.00\r\n"
                   " 00003 20250302 1 12.34\r\n");
        file.close();
        const Run import =
            regulars({QStringLiteral("--db"), db(), QStringLiteral("purchases"), QStringLiteral("import"),
                      file.fileName(), QStringLiteral("--format"), QStringLiteral("cdnow")});
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    }

    void init() { TestSupport::failOnWarnings(); }

    void retentionJsonKeys()
    {
        const Run run =
            regulars({QStringLiteral("--db"), db(), QStringLiteral("report"), QStringLiteral("retention")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(rows.size(), 3);
        for (const auto& row : rows)
            QCOMPARE(sortedKeys(row.toObject()),
                     sorted({QStringLiteral("month"), QStringLiteral("active"), QStringLiteral("new"),
                             QStringLiteral("returning"), QStringLiteral("retained"),
                             QStringLiteral("retention"), QStringLiteral("churn")}));
        QCOMPARE(rows[0].toObject().value(QStringLiteral("month")).toString(), QStringLiteral("2025-01"));
        QVERIFY(rows[0].toObject().value(QStringLiteral("retention")).isNull());
        QCOMPARE(rows[1].toObject().value(QStringLiteral("active")).toInt(), 2);
        QCOMPARE(rows[2].toObject().value(QStringLiteral("retention")).toDouble(), 0.5);
    }

    void cohortsJsonKeysAndRange()
    {
        const Run run =
            regulars({QStringLiteral("--db"), db(), QStringLiteral("report"), QStringLiteral("cohorts"),
                      QStringLiteral("--from"), QStringLiteral("2025-02"), QStringLiteral("--to=2025-03")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(rows.size(), 3); // Feb cohort at 0 and 1, Mar cohort at 0
        for (const auto& row : rows)
            QCOMPARE(sortedKeys(row.toObject()),
                     sorted({QStringLiteral("cohort"), QStringLiteral("size"), QStringLiteral("offset"),
                             QStringLiteral("active"), QStringLiteral("share")}));
        QCOMPARE(rows[0].toObject().value(QStringLiteral("cohort")).toString(), QStringLiteral("2025-02"));
    }

    void clvJsonKeys()
    {
        const Run run =
            regulars({QStringLiteral("--db"), db(), QStringLiteral("report"), QStringLiteral("clv"),
                      QStringLiteral("--calibration-end"), QStringLiteral("2025-03-31")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        for (const char* key : {"r", "alpha", "a", "b", "log_likelihood"})
            QVERIFY2(o.value(QLatin1String(key)).isDouble(), key);
        const QJsonArray customers = o.value(QStringLiteral("customers")).toArray();
        QCOMPARE(customers.size(), 3);
        QCOMPARE(sortedKeys(customers[0].toObject()),
                 sorted({QStringLiteral("id"), QStringLiteral("x"), QStringLiteral("t_x"),
                         QStringLiteral("T"), QStringLiteral("p_alive"), QStringLiteral("expected_52w")}));
        QCOMPARE(customers[0].toObject().value(QStringLiteral("x")).toInt(), 2);
    }

    void otherReportsAndFormats()
    {
        Run run =
            regulars({QStringLiteral("--db"), db(), QStringLiteral("report"), QStringLiteral("repeat")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject repeat = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(repeat.value(QStringLiteral("repeat_customers")).toInt(), 2);
        run = regulars({QStringLiteral("--db"), db(), QStringLiteral("report"), QStringLiteral("at-risk"),
                        QStringLiteral("--limit"), QStringLiteral("5")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QJsonDocument::fromJson(run.out.toUtf8()).isObject());
        run = regulars({QStringLiteral("--db"), db(), QStringLiteral("report"), QStringLiteral("retention"),
                        QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY(
            run.out.startsWith(QStringLiteral("month,active,new,returning,retained,retention,churn\r\n")));
        // Text uses the language's digits: Arabic-Indic with --lang ar.
        run = regulars({QStringLiteral("--db"), db(), QStringLiteral("--lang"), QStringLiteral("ar"),
                        QStringLiteral("report"), QStringLiteral("retention"), QStringLiteral("--format"),
                        QStringLiteral("text")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QChar(0x0662)), qPrintable(run.out)); // ٢
        QVERIFY(!run.out.contains(u'2'));
    }

    void usageErrors()
    {
        QCOMPARE(
            regulars({QStringLiteral("--db"), db(), QStringLiteral("report"), QStringLiteral("nonsense")})
                .exitCode,
            2);
        QCOMPARE(regulars({QStringLiteral("--db"), db(), QStringLiteral("report"),
                           QStringLiteral("retention"), QStringLiteral("--from"), QStringLiteral("March")})
                     .exitCode,
                 2);
        QCOMPARE(regulars({QStringLiteral("--db"), db(), QStringLiteral("report"),
                           QStringLiteral("retention"), QStringLiteral("--format"), QStringLiteral("xml")})
                     .exitCode,
                 2);
        const Run help = regulars({QStringLiteral("--help")});
        QVERIFY(help.out.contains(QStringLiteral("purchases import")));
        QVERIFY(help.out.contains(QStringLiteral("report NAME")));
    }

    void badImportLinesAreReportedAndNothingIsWritten()
    {
        QFile file(m_dir.filePath(QStringLiteral("bad.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("phone,date,amount\n+79161234567,2025-01-01,1.00\n+79161234567,not a date,2.00\n");
        file.close();
        const Run run =
            regulars({QStringLiteral("--db"), db(), QStringLiteral("purchases"), QStringLiteral("import"),
                      file.fileName(), QStringLiteral("--region"), QStringLiteral("RU")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("line 2: ")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("line 3: ")));
    }
};

QTEST_GUILESS_MAIN(TestReportCommands)
#include "test_reportcommands.moc"
