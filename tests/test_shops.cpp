#include "TestSupport.h"

#include "Database.h"
#include "LedgerStore.h"
#include "Migrations.h"
#include "ReportCatalog.h"
#include "ShopStore.h"
#include "Shops.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Whoever is signed in is a clerk: nothing owner-only is allowed.
class ClerkOnly final : public AccessPolicy
{
public:
    bool allows(Action) const override { return false; }
    QString actor() const override { return u"Kim"_s; }
};

qint64 count(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

TestSupport::CommandRun regulars(const QStringList& arguments)
{
    return TestSupport::runRegulars(arguments, {{u"TZ"_s, u"UTC"_s}});
}

QJsonValue parsed(const QString& text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}
} // namespace

class TestShops : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSupport::CouponShop> m_shop;
    std::unique_ptr<Shops> m_shops;
    qint64 m_anna = 0;
    qint64 m_boris = 0;

    Database& db() { return *m_shop->scratch->db; }

    // The sale's JSON answer (earned, balance, …); empty when it was refused.
    QJsonObject sale(qint64 customer, const QString& till, qint64 amountMinor, const QDateTime& at)
    {
        SaleRequest request;
        request.customerId = customer;
        request.amountMinor = amountMinor;
        request.tillId = till;
        request.at = at;
        auto outcome = m_shop->ledger->recordSale(request);
        if (!outcome.ok())
            qWarning("sale refused: %s", qPrintable(outcome.error().message));
        return outcome.ok() ? outcome->json : QJsonObject();
    }

    qint64 shopOfSale(const QString& till)
    {
        QSqlQuery q(db().connection());
        q.prepare(u"SELECT DISTINCT shop_id FROM sales WHERE till_id = ?"_s);
        q.addBindValue(till);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void init()
    {
        TestSupport::failOnWarnings();
        m_shop = TestSupport::couponShop();
        m_shops = std::make_unique<Shops>(db(), m_shop->clock, m_shop->owner);
        m_anna = m_shop->directory->create(TestSupport::consentingDraft(u"Anna"_s, u"+79161234567"_s)).value();
        m_boris = m_shop->directory->create(TestSupport::consentingDraft(u"Boris"_s, u"+79161234568"_s)).value();
    }

    void cleanup()
    {
        m_shops.reset();
        m_shop.reset();
    }

    void aNewDatabaseHasOneUnnamedShop()
    {
        auto all = m_shops->all();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().id, 1);
        QCOMPARE(Shops::displayName(all->first()), u"Main shop"_s);
        // A till that has not sold yet would join the first shop.
        QCOMPARE(m_shops->shopOfTill(u"front"_s)->id, 1);
    }

    void migrationFromVersion8GivesShopOneEverySale()
    {
        QTemporaryDir dir;
        const QString location = TestSupport::scratchLocation(dir, u"v8.sqlite3"_s);
        {
            auto old = Database::openAtVersion(location, 8);
            QVERIFY2(old.ok(), qPrintable(old.ok() ? QString() : old.error().message));
            Database& v8 = *old.value();
            QVERIFY(v8.exec(u"INSERT INTO settings (key, value) VALUES ('shop/name', 'Rose Cosmetics')"_s).ok());
            QVERIFY(v8.exec(u"INSERT INTO customers (name, created_at) VALUES ('Anna', 0)"_s).ok());
            for (const auto& [till, ref] : {std::pair{"1", "a"}, {"1", "b"}, {"back", "a"}})
                QVERIFY(v8.exec(u"INSERT INTO sales (till_id, sale_ref, customer_id, at, amount_minor)"
                                " VALUES ('%1', '%2', 1, 1000, 500)"_s.arg(QLatin1StringView(till), QLatin1StringView(ref)))
                            .ok());
        }
        auto opened = Database::open(location, Database::OpenMode::MustExist);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        Database& db9 = *opened.value();
        QVERIFY(db9.schemaVersion() >= 9);
        const OwnerEverywhere owner(u"Olga"_s);
        Shops shops(db9, m_shop->clock, owner);
        auto all = shops.all();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().id, 1);
        QCOMPARE(Shops::displayName(all->first()), u"Rose Cosmetics"_s);
        QCOMPARE(all->first().tills, QStringList({u"1"_s, u"back"_s}));
        QCOMPARE(count(db9, u"SELECT count(*) FROM sales WHERE shop_id = 1"_s), 3);
        QCOMPARE(count(db9, u"SELECT count(*) FROM sales"_s), 3);
    }

    void twoShopsShareBalancesAndReportApart()
    {
        auto downtown = m_shops->add(u"Downtown"_s);
        QVERIFY2(downtown.ok(), qPrintable(downtown.ok() ? QString() : downtown.error().message));
        QCOMPARE(downtown->id, 2);
        QVERIFY(m_shops->assignTill(u"B1"_s, downtown->id).ok());

        const QDateTime january(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC);
        const QDateTime february(QDate(2026, 2, 10), QTime(12, 0), Qt::UTC);
        const QJsonObject atMain = sale(m_anna, u"A1"_s, 10000, january);  // main shop
        const QJsonObject atDowntown = sale(m_anna, u"B1"_s, 20000, february); // Downtown
        QVERIFY(!sale(m_boris, u"A1"_s, 5000, february).isEmpty());       // main shop
        QVERIFY(atDowntown.value(u"earned"_s).toInteger() > 0);
        // Points are the chain's: what Anna earned in Downtown adds to what she had from the main shop.
        LedgerStore ledger(db());
        QCOMPARE(atDowntown.value(u"balance"_s).toInteger(),
                 atMain.value(u"balance"_s).toInteger() + atDowntown.value(u"earned"_s).toInteger());
        QCOMPARE(ledger.balance(m_anna), atDowntown.value(u"balance"_s).toInteger());
        QCOMPARE(shopOfSale(u"A1"_s), 1);
        QCOMPARE(shopOfSale(u"B1"_s), 2);
        // A1 registered itself with its first sale, in the first shop.
        QCOMPARE(m_shops->shopOfTill(u"A1"_s)->id, 1);

        const MonthCalendar calendar(QTimeZone::utc());
        auto everywhere = ReportData::load(db(), calendar);
        auto main = ReportData::load(db(), calendar, {}, 1);
        auto second = ReportData::load(db(), calendar, {}, 2);
        QVERIFY(everywhere.ok() && main.ok() && second.ok());
        QCOMPARE(everywhere->history.saleCount(), 3);
        QCOMPARE(main->history.saleCount(), 2);
        QCOMPARE(second->history.saleCount(), 1);
        QCOMPARE(main->history.customerCount(), size_t(2));
        QCOMPARE(second->history.customerCount(), size_t(1));
        // Enrolment counts a shop's members by purchases there.
        QCOMPARE(second->joinedAtMs.keys(), QList<qint64>({m_anna}));
        QCOMPARE(everywhere->joinedAtMs.size(), 2);

        // Anna's February purchase is a return to the chain but her first in Downtown.
        const ReportRequest request;
        auto all = ReportCatalog::build(u"retention"_s, everywhere.value(), db(), request);
        auto shopTwo = ReportCatalog::build(u"retention"_s, second.value(), db(), request);
        QVERIFY(all.ok() && shopTwo.ok());
        const int returning = all->columnOf(u"returning"_s);
        const int newOnes = all->columnOf(u"new"_s);
        QCOMPARE(all->rows.last().value(returning).toLongLong(), 1);
        QCOMPARE(shopTwo->rows.size(), 1);
        QCOMPARE(shopTwo->rows.first().value(newOnes).toLongLong(), 1);
    }

    void movingATillLeavesItsPastSales()
    {
        auto downtown = m_shops->add(u"Downtown"_s);
        QVERIFY(downtown.ok());
        const QDateTime before(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC);
        QVERIFY(!sale(m_anna, u"T"_s, 1000, before).isEmpty());
        QCOMPARE(m_shops->shopOfTill(u"T"_s)->id, 1);
        QVERIFY(m_shops->assignTill(u"T"_s, downtown->id).ok());
        QVERIFY(!sale(m_anna, u"T"_s, 2000, before.addDays(1)).isEmpty());
        QCOMPARE(count(db(), u"SELECT count(*) FROM sales WHERE till_id = 'T' AND shop_id = 1"_s), 1);
        QCOMPARE(count(db(), u"SELECT count(*) FROM sales WHERE till_id = 'T' AND shop_id = 2"_s), 1);
        auto tills = m_shops->tills();
        QVERIFY(tills.ok());
        QCOMPARE(tills->size(), 1);
        QCOMPARE(tills->first().shopId, downtown->id);
        // Each change is in the audit log, with the shop before and after.
        QCOMPARE(count(db(), u"SELECT count(*) FROM audit_log WHERE action = 'till.assign' AND subject_id = 'T'"_s), 1);
        QCOMPARE(count(db(), u"SELECT count(*) FROM audit_log WHERE action = 'shop.create'"_s), 1);
    }

    void namesAreCheckedAndRenamesAudited()
    {
        QCOMPARE(m_shops->add(u"  "_s).error().kind, Error::Kind::Invalid);
        QCOMPARE(m_shops->add(u"42"_s).error().kind, Error::Kind::Invalid);
        // The first shop's default name counts too, in any case.
        QCOMPARE(m_shops->add(u"main SHOP"_s).error().kind, Error::Kind::Duplicate);
        QVERIFY(m_shops->add(u"Downtown"_s).ok());
        QCOMPARE(m_shops->add(u"downtown"_s).error().kind, Error::Kind::Duplicate);
        QCOMPARE(m_shops->rename(1, u"DOWNTOWN"_s).error().kind, Error::Kind::Duplicate);
        QVERIFY(m_shops->rename(1, u"Uptown"_s).ok());
        QCOMPARE(m_shops->find(u"uptown"_s)->id, 1);
        QCOMPARE(m_shops->find(u"2"_s)->name, u"Downtown"_s);
        QCOMPARE(m_shops->find(u"Nowhere"_s).error().kind, Error::Kind::NotFound);
        QCOMPARE(count(db(), u"SELECT count(*) FROM audit_log WHERE action = 'shop.rename' AND subject_id = '1'"_s), 1);
    }

    void aClerkCannotChangeTheChain()
    {
        const ClerkOnly clerk;
        Shops asClerk(db(), m_shop->clock, clerk);
        QCOMPARE(asClerk.add(u"Downtown"_s).error().kind, Error::Kind::NotAllowed);
        QCOMPARE(asClerk.rename(1, u"Uptown"_s).error().kind, Error::Kind::NotAllowed);
        QCOMPARE(asClerk.assignTill(u"A1"_s, 1).error().kind, Error::Kind::NotAllowed);
        QCOMPARE(asClerk.all()->size(), 1);
        QCOMPARE(count(db(), u"SELECT count(*) FROM tills"_s), 0);
        // Selling is a clerk's work: the till registers itself all the same.
        LoyaltyLedger ledger(db(), m_shop->clock, clerk);
        SaleRequest request;
        request.customerId = m_anna;
        request.amountMinor = 1000;
        request.tillId = u"A1"_s;
        QVERIFY(ledger.recordSale(request).ok());
        QCOMPARE(count(db(), u"SELECT count(*) FROM tills WHERE name = 'A1' AND shop_id = 1"_s), 1);
    }

    void commandLine()
    {
        const QString location = m_shop->scratch->path();
        QVERIFY(!sale(m_anna, u"A1"_s, 10000, QDateTime(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC)).isEmpty());
        QVERIFY(!sale(m_anna, u"A1"_s, 10000, QDateTime(QDate(2026, 2, 10), QTime(12, 0), Qt::UTC)).isEmpty());
        m_shops.reset();
        m_shop->ledger.reset();
        m_shop->coupons.reset();
        m_shop->directory.reset();
        m_shop->scratch->db.reset();

        auto added = regulars({u"--db"_s, location, u"shops"_s, u"add"_s, u"Downtown"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(TestSupport::jsonLines(added.out).first().value(u"id"_s).toInteger(), 2);
        auto assigned = regulars({u"--db"_s, location, u"tills"_s, u"assign"_s, u"B1"_s, u"--shop"_s, u"downtown"_s});
        QVERIFY2(assigned.exitCode == 0, qPrintable(assigned.err));
        auto sold = regulars({u"--db"_s, location, u"sale"_s, u"--customer"_s, u"+79161234567"_s, u"--amount"_s,
                              u"30"_s, u"--till"_s, u"B1"_s, u"--at"_s, u"2026-02-11T12:00:00Z"_s});
        QVERIFY2(sold.exitCode == 0, qPrintable(sold.err));

        const auto shops = TestSupport::jsonLines(regulars({u"--db"_s, location, u"shops"_s, u"list"_s}).out);
        QCOMPARE(shops.size(), 2);
        for (const QJsonObject& line : shops)
            for (const QString& key : {u"id"_s, u"name"_s, u"tills"_s})
                QVERIFY2(line.contains(key), qPrintable(key));
        QCOMPARE(shops[0].value(u"tills"_s).toArray(), QJsonArray({u"A1"_s}));
        QCOMPARE(shops[1].value(u"name"_s).toString(), u"Downtown"_s);
        QCOMPARE(shops[1].value(u"tills"_s).toArray(), QJsonArray({u"B1"_s}));
        const auto tills = TestSupport::jsonLines(regulars({u"--db"_s, location, u"tills"_s, u"list"_s}).out);
        QCOMPARE(tills.size(), 2);
        QCOMPARE(tills[1].value(u"name"_s).toString(), u"B1"_s);
        QCOMPARE(tills[1].value(u"shop_id"_s).toInteger(), 2);
        QCOMPARE(tills[1].value(u"shop"_s).toString(), u"Downtown"_s);

        // One shop's report counts its own purchases; all shops is the report without --shop.
        const auto plain = regulars({u"--db"_s, location, u"report"_s, u"retention"_s});
        const auto all = regulars({u"--db"_s, location, u"report"_s, u"retention"_s, u"--shop"_s, u"all"_s});
        const auto one = regulars({u"--db"_s, location, u"report"_s, u"retention"_s, u"--shop"_s, u"1"_s});
        const auto two = regulars({u"--db"_s, location, u"report"_s, u"retention"_s, u"--shop"_s, u"Downtown"_s});
        QVERIFY2(plain.exitCode == 0 && all.exitCode == 0 && one.exitCode == 0 && two.exitCode == 0,
                 qPrintable(plain.err + all.err + one.err + two.err));
        const QJsonArray plainMonths = parsed(plain.out).toArray();
        QCOMPARE(plainMonths.size(), 2);
        QCOMPARE(parsed(all.out)[u"months"_s].toArray(), plainMonths);
        QVERIFY(parsed(all.out)[u"shop_id"_s].isNull());
        const QJsonObject twoJson = parsed(two.out).toObject();
        QCOMPARE(twoJson.value(u"shop_id"_s).toInteger(), 2);
        QCOMPARE(twoJson.value(u"shop"_s).toString(), u"Downtown"_s);
        const QJsonArray twoMonths = twoJson.value(u"months"_s).toArray();
        QCOMPARE(twoMonths.size(), 1);
        QCOMPARE(twoMonths[0][u"active"_s].toInt(), 1);
        QCOMPARE(twoMonths[0][u"new"_s].toInt(), 1);
        QCOMPARE(parsed(one.out)[u"months"_s].toArray().size(), 2);
        // In February Anna bought in both shops: each counts her once, and so does the chain.
        QCOMPARE(plainMonths[1][u"active"_s].toInt(), 1);
        QCOMPARE(parsed(one.out)[u"months"_s][1][u"retained"_s].toInt(), 1);

        const auto repeat = regulars({u"--db"_s, location, u"report"_s, u"repeat"_s, u"--shop"_s, u"2"_s});
        QCOMPARE(parsed(repeat.out)[u"customers"_s].toInt(), 1);
        QCOMPARE(parsed(repeat.out)[u"visits"_s].toInt(), 1);
        QCOMPARE(parsed(repeat.out)[u"shop"_s].toString(), u"Downtown"_s);

        // Points are the chain's: the liability report says so rather than filtering.
        const auto owed = regulars({u"--db"_s, location, u"report"_s, u"liability"_s, u"--shop"_s, u"2"_s});
        const auto owedAll = regulars({u"--db"_s, location, u"report"_s, u"liability"_s});
        QCOMPARE(parsed(owed.out)[u"chain_wide"_s].toBool(), true);
        QCOMPARE(parsed(owed.out)[u"outstanding_points"_s], parsed(owedAll.out)[u"outstanding_points"_s]);

        const auto unknown = regulars({u"--db"_s, location, u"report"_s, u"repeat"_s, u"--shop"_s, u"Nowhere"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(u"Nowhere"_s));
        const auto duplicate = regulars({u"--db"_s, location, u"shops"_s, u"add"_s, u"DOWNTOWN"_s});
        QCOMPARE(duplicate.exitCode, 1);
        const auto renamed = regulars({u"--db"_s, location, u"shops"_s, u"rename"_s, u"Downtown"_s, u"Harbour"_s});
        QVERIFY2(renamed.exitCode == 0, qPrintable(renamed.err));
        QCOMPARE(TestSupport::jsonLines(renamed.out).first().value(u"name"_s).toString(), u"Harbour"_s);
    }

    void movingTheChainToTheServerKeepsItsShops()
    {
        if (!TestSupport::testsOnPostgreSql())
            QSKIP("copies a SQLite file to the PostgreSQL server of the postgresql run");
        QTemporaryDir dir;
        const QString file = dir.filePath(u"chain.sqlite3"_s);
        for (const QStringList& words :
             {QStringList{u"demo"_s, u"--customers"_s, u"20"_s}, {u"shops"_s, u"rename"_s, u"1"_s, u"Uptown"_s},
              {u"shops"_s, u"add"_s, u"Downtown"_s}, {u"tills"_s, u"assign"_s, u"B1"_s, u"--shop"_s, u"2"_s},
              {u"sale"_s, u"--customer"_s, u"id:1"_s, u"--amount"_s, u"30"_s, u"--till"_s, u"B1"_s}}) {
            const auto run = regulars(QStringList{u"--db"_s, file} + words);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        const QString server = TestSupport::scratchLocation(dir, u"unused.sqlite3"_s);
        const auto copied = regulars({u"migrate"_s, u"--from"_s, file, u"--to"_s, server});
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.err + copied.out));
        QCOMPARE(regulars({u"--db"_s, server, u"shops"_s, u"list"_s}).out,
                 regulars({u"--db"_s, file, u"shops"_s, u"list"_s}).out);
        QCOMPARE(regulars({u"--db"_s, server, u"tills"_s, u"list"_s}).out,
                 regulars({u"--db"_s, file, u"tills"_s, u"list"_s}).out);
        // Shops added on the server take the next number.
        const auto added = regulars({u"--db"_s, server, u"shops"_s, u"add"_s, u"Harbour"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(TestSupport::jsonLines(added.out).first().value(u"id"_s).toInteger(), 3);
    }

    void pastSalesComeInForTheShopNamed()
    {
        const QString location = m_shop->scratch->path();
        QVERIFY(m_shops->add(u"Downtown"_s).ok());
        m_shops.reset();
        m_shop->ledger.reset();
        m_shop->coupons.reset();
        m_shop->directory.reset();
        m_shop->scratch->db.reset();
        QTemporaryDir dir;
        QFile file(dir.filePath(u"past.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("customer_id date cds value\r\n 00001 20250105 1 10.00\r\n 00001 20250210 1 20.00\r\n"
                   " 00002 20250201 1 30.00\r\n");
        file.close();
        const auto imported = regulars({u"--db"_s, location, u"purchases"_s, u"import"_s, file.fileName(),
                                        u"--format"_s, u"cdnow"_s, u"--shop"_s, u"Downtown"_s});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const auto downtown = regulars({u"--db"_s, location, u"report"_s, u"repeat"_s, u"--shop"_s, u"2"_s});
        const auto main = regulars({u"--db"_s, location, u"report"_s, u"repeat"_s, u"--shop"_s, u"1"_s});
        QCOMPARE(parsed(downtown.out)[u"visits"_s].toInt(), 3);
        QCOMPARE(parsed(main.out)[u"visits"_s].toInt(), 0);
        const auto nowhere = regulars({u"--db"_s, location, u"purchases"_s, u"import"_s, file.fileName(),
                                       u"--format"_s, u"cdnow"_s, u"--shop"_s, u"Nowhere"_s});
        QCOMPARE(nowhere.exitCode, 1);
    }

    void commandLineChangesNeedTheOwnersPassword()
    {
        const QString location = m_shop->scratch->path();
        m_shops.reset();
        m_shop->ledger.reset();
        m_shop->coupons.reset();
        m_shop->directory.reset();
        m_shop->scratch->db.reset();
        const auto owner = TestSupport::runRegulars({u"--db"_s, location, u"users"_s, u"add"_s, u"Olga"_s, u"--owner"_s},
                                                    {{u"REGULARS_PASSWORD"_s, u"correct horse"_s}});
        QVERIFY2(owner.exitCode == 0, qPrintable(owner.err));
        QCOMPARE(regulars({u"--db"_s, location, u"shops"_s, u"add"_s, u"Downtown"_s}).exitCode, 3);
        QCOMPARE(regulars({u"--db"_s, location, u"tills"_s, u"assign"_s, u"B1"_s, u"--shop"_s, u"1"_s}).exitCode, 3);
        QCOMPARE(regulars({u"--db"_s, location, u"shops"_s, u"list"_s}).exitCode, 0);
        const auto added = TestSupport::runRegulars({u"--db"_s, location, u"shops"_s, u"add"_s, u"Downtown"_s},
                                                    {{u"REGULARS_PASSWORD"_s, u"correct horse"_s}});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }
};

QTEST_GUILESS_MAIN(TestShops)
#include "test_shops.moc"
