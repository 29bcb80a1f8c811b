#include "CardNumber.h"
#include "CustomerDirectory.h"
#include "PurchaseImport.h"
#include "SaleStore.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTest>

namespace {
const MonthCalendar& utc()
{
    static const MonthCalendar calendar(QTimeZone(QByteArrayLiteral("UTC")));
    return calendar;
}

struct Shop
{
    Shop()
        : scratch(TestSupport::scratchDatabase()), clock(TestSupport::fixedNow()),
          directory(*scratch->db, clock), importer(directory, *scratch->db, clock, utc())
    {
    }

    qint64 addCustomer(const QString& phone, const QString& card = {})
    {
        CustomerRecord record;
        record.phoneE164 = phone;
        record.cardNumber = card;
        record.createdAt = clock.nowUtc();
        auto id = directory.store().insert(record);
        if (!id)
            qFatal("insert failed: %s", qPrintable(id.error().message));
        return id.value();
    }

    PurchaseImport::Outcome run(const QByteArray& bytes,
                                PurchaseImport::Format format = PurchaseImport::Format::Csv)
    {
        auto outcome = importer.run(bytes, {format, {}, {}});
        if (!outcome)
            qFatal("import failed: %s", qPrintable(outcome.error().message));
        return outcome.value();
    }

    qint64 scalar(const QString& sql)
    {
        QSqlQuery q(scratch->db->connection());
        if (!q.exec(sql) || !q.next())
            qFatal("query failed");
        return q.value(0).toLongLong();
    }

    std::unique_ptr<TestSupport::ScratchDatabase> scratch;
    SettableClock clock;
    CustomerDirectory directory;
    PurchaseImport importer;
};
} // namespace

class TestPurchaseImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { TestSupport::failOnWarnings(); }

    void amountsAreReadExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("plain") << QStringLiteral("12.50") << qint64(1250);
        QTest::newRow("comma") << QStringLiteral("12,5") << qint64(1250);
        QTest::newRow("whole") << QStringLiteral("7") << qint64(700);
        QTest::newRow("grouped") << QStringLiteral("1 234,56") << qint64(123456);
        QTest::newRow("both separators") << QStringLiteral("1,234.56") << qint64(123456);
        QTest::newRow("grouped both") << QStringLiteral("1.234.567,8") << qint64(123456780);
        QTest::newRow("arabic") << QStringLiteral("٣٫٥٠") << qint64(350);
        QTest::newRow("float trap") << QStringLiteral("0.29") << qint64(29);
        QTest::newRow("large") << QStringLiteral("92233720368547.75") << qint64(9223372036854775);
        QTest::newRow("zero") << QStringLiteral("0.00") << qint64(0);
    }
    void amountsAreReadExactly()
    {
        QFETCH(QString, text);
        QFETCH(qint64, minor);
        const auto amount = PurchaseImport::parseAmount(text);
        QVERIFY(amount);
        QCOMPARE(*amount, minor);
    }

    void badAmountsAreRefused()
    {
        for (const char* text : {"", "abc", "-5", "1.2.3,4", "$5", "1.234.5", "99999999999999999999", "1,234",
                                 "1.23,4", "12.345,6.7"})
            QVERIFY2(!PurchaseImport::parseAmount(QString::fromLatin1(text)), text);
    }

    void csvSalesByPhoneAndCard()
    {
        Shop shop;
        const QString card = CardNumber::fromSerial(QStringLiteral("042"), 1);
        const qint64 anna = shop.addCustomer(QStringLiteral("+79161234567"));
        const qint64 boris = shop.addCustomer({}, card);
        const QByteArray csv = "phone,card,date,amount,reference\r\n"
                               "8 916 123-45-67,,2026-01-15,12.50,R1\r\n"
                               "," +
                               card.toLatin1() +
                               ",15.01.2026 18:30,\"1 000,00\",R2\r\n"
                               ",,2026-02-01T09:15,3,\r\n";
        const auto outcome = shop.run(csv);
        QVERIFY2(outcome.issues.isEmpty(), qPrintable(outcome.issues.value(0).reason));
        QCOMPARE(outcome.sales, 3);
        SaleStore sales(*shop.scratch->db);
        QCOMPARE(sales.forCustomer(anna, 10).size(), 1);
        QCOMPARE(sales.forCustomer(boris, 10).size(), 1);
        QCOMPARE(sales.forCustomer(boris, 1).first().at,
                 QDateTime(QDate(2026, 1, 15), QTime(18, 30), Qt::UTC));
        QCOMPARE(shop.scalar(QStringLiteral("SELECT sum(amount_minor) FROM sales")), 1250 + 100000 + 300);
        QCOMPARE(shop.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE customer_id IS NULL")), 1);
        // No points: the import writes sales only.
        QCOMPARE(shop.scalar(QStringLiteral("SELECT count(*) FROM ledger")), 0);

        // The same file again is refused line by line, and nothing changes.
        const auto again = shop.run(csv);
        QCOMPARE(again.issues.size(), 3);
        QCOMPARE(shop.scalar(QStringLiteral("SELECT count(*) FROM sales")), 3);
    }

    void anyBadLineImportsNothing()
    {
        Shop shop;
        shop.addCustomer(QStringLiteral("+79161234567"));
        const QByteArray csv = "phone,date,amount,reference\n"
                               "+79161234567,2026-01-15,12.50,R1\n"
                               "+79990000000,2026-01-16,1.00,R2\n"
                               "+79161234567,2026-13-01,1.00,R3\n"
                               "+79161234567,2026-01-17,1.234,R4\n"
                               "+79161234567,2026-01-18,2.00,R1\n"
                               "+79161234567,2030-01-18,2.00,R6\n";
        const auto outcome = shop.run(csv);
        QList<int> lines;
        for (const auto& issue : outcome.issues)
            lines.append(issue.line);
        QCOMPARE(lines, (QList<int>{3, 4, 5, 6, 7}));
        QVERIFY(outcome.issues[0].reason.contains(QStringLiteral("+79990000000")));
        QVERIFY(outcome.issues[3].reason.contains(QStringLiteral("line 2")));
        QCOMPARE(outcome.sales, 0);
        QCOMPARE(shop.scalar(QStringLiteral("SELECT count(*) FROM sales")), 0);
    }

    void csvWithoutDateOrAmountColumnIsRefused()
    {
        Shop shop;
        const auto outcome = shop.run("phone,total price\n+79161234567,1\n");
        QCOMPARE(outcome.issues.size(), 1);
        QCOMPARE(outcome.issues[0].line, 1);
    }

    void cdnowMasterAndSampleLayouts()
    {
        Shop shop;
        // Master layout: header, four columns, CRLF; a customer with two records on one day.
        const QByteArray master = "customer_id  date number_of_cds  dollar_value\r\n"
                                  " 00001 19970101  1   11.77\r\n"
                                  " 00002 19970112  1   12.00\r\n"
                                  " 00002 19970112  5   77.00\r\n"
                                  " 00003 19970102  2   20.76\r\n";
        auto outcome = shop.run(master, PurchaseImport::Format::Cdnow);
        QVERIFY(outcome.issues.isEmpty());
        QCOMPARE(outcome.sales, 4);
        QCOMPARE(outcome.customersCreated, 3);
        QCOMPARE(
            shop.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE external_ref = 'cdnow:00002'")),
            1);
        QCOMPARE(shop.scalar(QStringLiteral("SELECT sum(amount_minor) FROM sales")),
                 1177 + 1200 + 7700 + 2076);
        // The customer joined on their first purchase.
        QCOMPARE(shop.scalar(
                     QStringLiteral("SELECT created_at FROM customers WHERE external_ref = 'cdnow:00003'")),
                 QDateTime(QDate(1997, 1, 2), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());

        // Sample layout: no header, a second id column; existing customers are found by their reference.
        const QByteArray sample = " 00003 0002 19970301  1   9.99\r\n"
                                  " 00004 0001 19970101  2   29.33\r\n";
        outcome = shop.run(sample, PurchaseImport::Format::Cdnow);
        QVERIFY(outcome.issues.isEmpty());
        QCOMPARE(outcome.customersCreated, 1);
        QCOMPARE(shop.scalar(QStringLiteral("SELECT count(*) FROM customers")), 4);

        // Importing the master file again changes nothing.
        outcome = shop.run(master, PurchaseImport::Format::Cdnow);
        QCOMPARE(outcome.issues.size(), 4);
        QCOMPARE(shop.scalar(QStringLiteral("SELECT count(*) FROM sales")), 6);
    }

    void cdnowErrorsNameTheirLines()
    {
        Shop shop;
        const QByteArray bad = " 00001 19970101  1   11.77\r\n"
                               " 00002 19971301  1   12.00\r\n"
                               " 00003 19970102  x   20.76\r\n"
                               " 00004 19970102  1\r\n"
                               " 00005 19970102  1   1.234\r\n";
        const auto outcome = shop.run(bad, PurchaseImport::Format::Cdnow);
        QList<int> lines;
        for (const auto& issue : outcome.issues)
            lines.append(issue.line);
        QCOMPARE(lines, (QList<int>{2, 3, 4, 5}));
        QCOMPARE(shop.scalar(QStringLiteral("SELECT count(*) FROM sales")), 0);
        QCOMPARE(shop.scalar(QStringLiteral("SELECT count(*) FROM customers")), 0);
    }
};

QTEST_GUILESS_MAIN(TestPurchaseImport)
#include "test_purchaseimport.moc"
