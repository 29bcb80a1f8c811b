#include "AccessPolicy.h"
#include "Clock.h"
#include "CouponStore.h"
#include "Coupons.h"
#include "CsvTable.h"
#include "CustomerDirectory.h"
#include "Database.h"
#include "LoyaltyLedger.h"
#include "TestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

// Hostile text through every text field: stored and shown back exactly as typed, and nothing else changes.
namespace {
QStringList hostileStrings()
{
    return {
        QStringLiteral("'; DROP TABLE customers; --"),
        QStringLiteral("Robert'); DELETE FROM ledger WHERE ('1'='1"),
        QStringLiteral("\" OR \"\"=\" ; UPDATE settings SET value='x'"),
        QStringLiteral("O'Brien \"the quote\" `tick` \\ backslash %1 %s %n"),
        QStringLiteral("nul") + QChar(u'\0') + QStringLiteral("inside"),
        QString(190, u'W') + QStringLiteral("'--"), // names stop at 200 characters; notes take it much longer
        // Right-to-left marks and overrides around Arabic, Hebrew and Latin text.
        QStringLiteral("\u202Eevil\u202C \u200Fمحمد\u200F \u05E9\u05DC\u05D5\u05DD \u2067x\u2069"),
        QStringLiteral("<script>alert(1)</script> & &amp; \u0000"),
    };
}

// Every table, index and trigger, so a dropped or added one shows.
QStringList schema(Database& db)
{
    QSqlQuery q(db.connection());
    QStringList names;
    if (db.dialect().isPostgreSql())
        q.exec(QStringLiteral("SELECT 'table ' || table_name FROM information_schema.tables"
                              " WHERE table_schema = current_schema()"
                              " UNION ALL SELECT 'index ' || indexname FROM pg_indexes"
                              " WHERE schemaname = current_schema()"
                              " UNION ALL SELECT 'trigger ' || tgname FROM pg_trigger WHERE NOT tgisinternal"
                              " ORDER BY 1"));
    else
        q.exec(QStringLiteral("SELECT type || ' ' || name FROM sqlite_master ORDER BY name"));
    while (q.next())
        names.append(q.value(0).toString());
    if (names.isEmpty())
        qFatal("cannot list the schema");
    return names;
}

// PostgreSQL's text cannot hold U+0000: there such text must be refused whole, leaving nothing behind.
bool storable(const Database& db, const QString& text)
{
    return !db.dialect().isPostgreSql() || !text.contains(QChar(u'\0'));
}

qint64 count(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { TestSupport::failOnWarnings(); }

    void customerFieldsKeepHostileTextVerbatim()
    {
        auto scratch = TestSupport::scratchDatabase();
        Database& db = *scratch->db;
        SettableClock clock(TestSupport::fixedNow());
        CustomerDirectory directory(db, clock);
        OwnerEverywhere owner(QStringLiteral("Olga"));
        LoyaltyLedger ledger(db, clock, owner);
        Coupons coupons(db, clock, owner, ledger);
        const QStringList tablesBefore = schema(db);
        int n = 0;
        for (const QString& hostile : hostileStrings()) {
            CustomerDraft draft =
                TestSupport::consentingDraft(hostile, QStringLiteral("+7916123450%1").arg(n + 1));
            draft.nickname = hostile;
            draft.notes = hostile + QString(5000, u'\'');
            draft.recordedBy = hostile;
            if (!storable(db, hostile)) {
                const qint64 consents = count(db, QStringLiteral("consents"));
                QVERIFY(!directory.create(draft).ok());
                QCOMPARE(count(db, QStringLiteral("customers")), n);
                QCOMPARE(count(db, QStringLiteral("consents")), consents);
                continue;
            }
            ++n;
            auto id = directory.create(draft);
            QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
            const auto stored = directory.store().byId(id.value());
            QVERIFY(stored);
            QCOMPARE(stored->name, hostile.trimmed());
            QCOMPARE(stored->nickname, hostile.trimmed());
            QCOMPARE(stored->notes, hostile + QString(5000, u'\''));
            QCOMPARE(directory.consent(id.value(), ConsentRecord::Purpose::Data)->recordedBy, hostile);
            // A hostile search finds nothing odd and breaks nothing.
            directory.find(hostile, 10, true);
            // A hostile email or birthday is refused with a message, not stored.
            draft.notes = hostile;
            CustomerDraft badEmail = draft;
            badEmail.email = hostile;
            auto updated = directory.update(id.value(), badEmail);
            if (updated)
                QCOMPARE(directory.store().byId(id.value())->email, hostile.trimmed());
            CustomerDraft badBirthday = draft;
            badBirthday.birthday = hostile;
            QVERIFY(!directory.update(id.value(), badBirthday).ok());

            // Points with a hostile reason, kept word for word in the ledger's note.
            auto granted = ledger.grant(id.value(), 5, hostile);
            QVERIFY2(granted.ok(), granted.ok() ? "" : qPrintable(granted.error().message));
            QSqlQuery q(db.connection());
            q.prepare(
                QStringLiteral("SELECT note FROM ledger WHERE customer_id = ? ORDER BY id DESC LIMIT 1"));
            q.addBindValue(id.value());
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toString(), hostile);

            // A campaign named and worded by an attacker.
            Campaign campaign;
            campaign.name = hostile.left(200) + QString::number(n);
            campaign.kind = Campaign::Kind::FreeItem;
            campaign.item = hostile;
            campaign.terms = hostile;
            auto made = coupons.createCampaign(campaign, 2);
            QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
            auto back = coupons.campaign(campaign.name);
            QVERIFY(back.ok());
            QCOMPARE(back->item, hostile);
            QCOMPARE(back->terms, hostile);
        }
        QCOMPARE(schema(db), tablesBefore);
        QCOMPARE(count(db, QStringLiteral("customers")), n);
        QCOMPARE(count(db, QStringLiteral("campaigns")), n);
        QCOMPARE(count(db, QStringLiteral("coupons")), 2 * n);
        QVERIFY(ledger.check().isEmpty());
    }

    void csvColumnsKeepHostileTextVerbatim()
    {
        auto scratch = TestSupport::scratchDatabase();
        const QStringList tablesBefore = schema(*scratch->db);
        scratch->db.reset();
        const QString csvPath = scratch->dir.filePath(QStringLiteral("hostile.csv"));
        QStringList hostile = hostileStrings();
        hostile.removeIf(
            [](const QString& s) { return s.contains(QChar(u'\0')); }); // a NUL ends a CSV line's text
        {
            QFile csv(csvPath);
            QVERIFY(csv.open(QIODevice::WriteOnly));
            csv.write(CsvTable::joinRow({QStringLiteral("name"), QStringLiteral("phone"),
                                         QStringLiteral("nickname"), QStringLiteral("notes")})
                          .toUtf8() +
                      "\r\n");
            int n = 0;
            for (const QString& h : hostile)
                csv.write(CsvTable::joinRow({h, QStringLiteral("+7916123460%1").arg(++n), h, h}).toUtf8() +
                          "\r\n");
        }
        const QString db = scratch->path();
        auto imported = TestSupport::runRegulars(
            {QStringLiteral("--db"), db, QStringLiteral("customers"), QStringLiteral("import"), csvPath});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        int n = 0;
        for (const QString& h : hostile) {
            auto found =
                TestSupport::runRegulars({QStringLiteral("--db"), db, QStringLiteral("customers"),
                                          QStringLiteral("find"), QStringLiteral("+7916123460%1").arg(++n)});
            QCOMPARE(found.exitCode, 0);
            const QList<QJsonObject> lines = TestSupport::jsonLines(found.out);
            QCOMPARE(lines.size(), 1);
            QCOMPARE(lines.first().value(QStringLiteral("name")).toString(), h.trimmed());
            QCOMPARE(lines.first().value(QStringLiteral("nickname")).toString(), h.trimmed());
        }
        // The export gives the same text back, quoted so a spreadsheet reads it as text.
        const QString exported = scratch->dir.filePath(QStringLiteral("out.csv"));
        QCOMPARE(TestSupport::runRegulars({QStringLiteral("--db"), db, QStringLiteral("customers"),
                                           QStringLiteral("export"), exported})
                     .exitCode,
                 0);
        QFile out(exported);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(out.readAll());
        for (const QString& h : hostile)
            QVERIFY(text.contains(CsvTable::joinRow({h})) || text.contains(h));
        auto reopened = Database::open(db, Database::OpenMode::MustExist);
        QVERIFY(reopened.ok());
        QCOMPARE(schema(*reopened.value()), tablesBefore);
        QCOMPARE(count(*reopened.value(), QStringLiteral("customers")), hostile.size());
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "test_hostileinput.moc"
