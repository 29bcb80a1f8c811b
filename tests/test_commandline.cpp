#include "CommandLine.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = TestSupport::CommandRun;
using TestSupport::jsonLines;

Run regulars(const QStringList& arguments)
{
    return TestSupport::runRegulars(arguments);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("shop.sqlite3")); }

private Q_SLOTS:
    void init() { TestSupport::failOnWarnings(); }

    void versionAndHelpWorkWithoutADisplay()
    {
        Run version = regulars({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("regulars ")));
        Run help = regulars({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* command : {"customers find", "customers import", "customers export", "demo", "--db"})
            QVERIFY2(help.out.contains(QString::fromLatin1(command)), command);
    }

    void windowAndCommandsShareTheDefaultDatabase()
    {
        // The path is decided before any application object exists (for the window) and after (for commands).
        const QString before = CommandLine({QStringLiteral("regulars")}).databasePath();
        QVERIFY2(before.endsWith(QStringLiteral("/regulars/regulars.sqlite3")), qPrintable(before));
        Run help = regulars({QStringLiteral("--help")});
        QVERIFY2(help.out.contains(before), qPrintable(help.out));
    }

    void usageErrorsExitWithTwo()
    {
        QCOMPARE(regulars({QStringLiteral("--no-such-option")}).exitCode, 2);
        QCOMPARE(regulars({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(regulars({QStringLiteral("--db"), db(), QStringLiteral("customers"), QStringLiteral("find")})
                     .exitCode,
                 2);
    }

    void findOnAMissingDatabaseSaysSoAndCreatesNothing()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite3"));
        Run run = regulars({QStringLiteral("--db"), missing, QStringLiteral("customers"),
                            QStringLiteral("find"), QStringLiteral("anna")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("There is no database")));
        QVERIFY(!QFile::exists(missing));
    }

    void demoThenFindAsJsonLines()
    {
        const QString demoDb = m_dir.filePath(QStringLiteral("demo.sqlite3"));
        Run demo = regulars({QStringLiteral("--db"), demoDb, QStringLiteral("demo"),
                             QStringLiteral("--customers"), QStringLiteral("60"), QStringLiteral("--seed"),
                             QStringLiteral("7"), QStringLiteral("--region"), QStringLiteral("RU")});
        QCOMPARE(demo.exitCode, 0);
        // A second demo into the same shop is refused: it never mixes with real customers.
        QCOMPARE(regulars({QStringLiteral("--db"), demoDb, QStringLiteral("demo")}).exitCode, 1);

        // Read a demo customer's phone from the export, then find them by its last four digits.
        Run exportRun = regulars({QStringLiteral("--db"), demoDb, QStringLiteral("customers"),
                                  QStringLiteral("export"), m_dir.filePath(QStringLiteral("demo.csv"))});
        QCOMPARE(exportRun.exitCode, 0);
        QFile csv(m_dir.filePath(QStringLiteral("demo.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 61);
        const QString phone = lines[1].section(u',', 2, 2).remove(u'\'');
        QVERIFY2(phone.startsWith(QStringLiteral("+7")), qPrintable(phone));

        Run found = regulars({QStringLiteral("--db"), demoDb, QStringLiteral("customers"),
                              QStringLiteral("find"), phone.right(4)});
        QCOMPARE(found.exitCode, 0);
        const auto hits = jsonLines(found.out);
        QVERIFY(!hits.isEmpty());
        bool matched = false;
        for (const QJsonObject& hit : hits) {
            for (const char* key : {"id", "name", "phone", "card"})
                QVERIFY2(hit.contains(QString::fromLatin1(key)), key);
            matched = matched || hit.value(QStringLiteral("phone")).toString() == phone;
        }
        QVERIFY(matched);
    }

    void importIsAllOrNothing()
    {
        const QString shop = m_dir.filePath(QStringLiteral("import.sqlite3"));
        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        writeFile(bad, QByteArrayLiteral("name,phone,card,birthday\n"
                                         "Anna,8 912 345-67-89,,\n"
                                         "Boris,8 912 34,,\n"
                                         "Vera,+7 926 111 22 33,0420000000014,\n"
                                         "Gleb,89123456789,,\n"
                                         "Dina,+7 927 000 11 22,,31.02.1990\n"));
        Run refused =
            regulars({QStringLiteral("--db"), shop, QStringLiteral("customers"), QStringLiteral("import"),
                      bad, QStringLiteral("--region"), QStringLiteral("RU")});
        QCOMPARE(refused.exitCode, 1);
        for (int line : {3, 4, 5, 6})
            QVERIFY2(refused.err.contains(QStringLiteral("line %1: ").arg(line)), qPrintable(refused.err));
        QVERIFY(!refused.err.contains(QStringLiteral("line 2: ")));
        Run none = regulars({QStringLiteral("--db"), shop, QStringLiteral("customers"),
                             QStringLiteral("find"), QStringLiteral("anna")});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.trimmed().isEmpty()); // nothing was written

        // Encodings go by their usual names; an unknown one is a usage error that changes nothing.
        QCOMPARE(regulars({QStringLiteral("--db"), shop, QStringLiteral("customers"),
                           QStringLiteral("import"), bad, QStringLiteral("--region"), QStringLiteral("RU"),
                           QStringLiteral("--encoding"), QStringLiteral("koi8-r")})
                     .exitCode,
                 2);
        QCOMPARE(regulars({QStringLiteral("--db"), shop, QStringLiteral("customers"),
                           QStringLiteral("import"), bad, QStringLiteral("--region"), QStringLiteral("RU"),
                           QStringLiteral("--encoding"), QStringLiteral("cp1251")})
                     .exitCode,
                 1); // understood, and refused for the bad lines as before

        Run skipped = regulars({QStringLiteral("--db"), shop, QStringLiteral("customers"),
                                QStringLiteral("import"), bad, QStringLiteral("--region"),
                                QStringLiteral("RU"), QStringLiteral("--skip-invalid")});
        QCOMPARE(skipped.exitCode, 0);
        Run anna = regulars({QStringLiteral("--db"), shop, QStringLiteral("customers"),
                             QStringLiteral("find"), QStringLiteral("8 (912) 345 67 89")});
        const auto hits = jsonLines(anna.out);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().value(QStringLiteral("name")).toString(), QStringLiteral("Anna"));
        QCOMPARE(hits.first().value(QStringLiteral("phone")).toString(), QStringLiteral("+79123456789"));
        QVERIFY(regulars({QStringLiteral("--db"), shop, QStringLiteral("customers"), QStringLiteral("find"),
                          QStringLiteral("boris")})
                    .out.trimmed()
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "test_commandline.moc"
