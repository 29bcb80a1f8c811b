#include "CsvTable.h"
#include "CustomerDirectory.h"
#include "CustomerExport.h"
#include "CustomerImport.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Shop
{
    Shop() : scratch(TestSupport::scratchDatabase(QStringLiteral("RU"))), directory(*scratch->db, clock) {}

    qint64 add(CustomerRecord record)
    {
        record.createdAt = clock.nowUtc();
        auto id = directory.store().insert(record);
        if (!id)
            qFatal("insert failed: %s", qPrintable(id.error().message));
        return id.value();
    }

    SettableClock clock{TestSupport::fixedNow()};
    std::unique_ptr<TestSupport::ScratchDatabase> scratch;
    CustomerDirectory directory;
};

CustomerRecord customer(const QString& name, const QString& phone, const QString& card = {})
{
    CustomerRecord c;
    c.name = name;
    c.phoneE164 = phone;
    c.cardNumber = card;
    return c;
}

// Customers whose fields a spreadsheet or a CSV reader could get wrong.
QList<CustomerRecord> trickyCustomers()
{
    CustomerRecord full = customer(QStringLiteral("Иван Петров"), QStringLiteral("+79123456789"),
                                   QStringLiteral("0420000000013"));
    full.nickname = QStringLiteral("Ваня");
    full.email = QStringLiteral("ivan@example.com");
    full.birthday = QDate(1985, 4, 15);
    full.notes = QStringLiteral("Любит кофе; без сахара, \"двойной\"\nвторая строка");

    CustomerRecord formula = customer(QStringLiteral("=SUM(1)"), QStringLiteral("+79161234567"));
    formula.nickname = QStringLiteral("@boss");
    formula.notes = QStringLiteral("-2+3+cmd|' /C calc'!A0");

    CustomerRecord plus = customer(QStringLiteral("+HYPERLINK(\"http://example.com\")"), QString(),
                                   QStringLiteral("0420000000020"));
    plus.notes = QStringLiteral("@SUM(A1:A2)");

    CustomerRecord arabic = customer(QStringLiteral("محمد علي"), QStringLiteral("+966501234567"));
    arabic.nickname = QStringLiteral("أبو علي");
    arabic.notes = QStringLiteral("عميل دائم، يحب القهوة");

    return {full, formula, plus, arabic};
}

QByteArray exported(Shop& shop, bool includeArchived = true)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CustomerExport exporter(shop.directory);
    auto written = exporter.write(buffer, includeArchived);
    if (!written)
        qFatal("export failed: %s", qPrintable(written.error().message));
    return buffer.data();
}
} // namespace

class TestCustomerExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { TestSupport::failOnWarnings(); }

    void writesUtf8WithBomAndTheDocumentedColumns()
    {
        Shop shop;
        CustomerRecord anna =
            customer(QStringLiteral("Anna"), QStringLiteral("+79123456789"), QStringLiteral("0420000000013"));
        anna.email = QStringLiteral("anna@example.com");
        anna.birthday = QDate(1990, 12, 31);
        anna.nickname = QStringLiteral("Ann");
        anna.notes = QStringLiteral("likes tea");
        const qint64 id = shop.add(anna);
        QVERIFY(
            shop.directory.store().setArchived(id, QDateTime(QDate(2026, 3, 2), QTime(8, 30), Qt::UTC)).ok());

        const QByteArray bytes = exported(shop);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = bytes.mid(3).split('\n');
        QCOMPARE(lines.value(0),
                 QByteArray("id,name,phone,card,email,birthday,nickname,notes,created_at,archived_at\r"));
        QCOMPARE(lines.value(1),
                 QByteArray("%1,Anna,+79123456789,0420000000013,anna@example.com,1990-12-31,Ann,"
                            "likes tea,2026-03-01T10:00:00Z,2026-03-02T08:30:00Z\r")
                     .replace("%1", QByteArray::number(id)));
        QCOMPARE(CustomerExport::header().join(u','), QString::fromUtf8(lines.value(0).trimmed()));
    }

    void neutralisesFormulas()
    {
        Shop shop;
        for (const CustomerRecord& c : trickyCustomers())
            shop.add(c);
        const QByteArray bytes = exported(shop);
        QVERIFY(bytes.contains(",'=SUM(1),"));
        QVERIFY(bytes.contains(",'@boss,"));
        QVERIFY(bytes.contains(",'-2+3+cmd|' /C calc'!A0,"));
        QVERIFY(bytes.contains(",\"'+HYPERLINK(\"\"http://example.com\"\")\","));
        QVERIFY(bytes.contains(",'@SUM(A1:A2),"));

        auto table = CsvTable::parse(bytes);
        QVERIFY(table.ok());
        QCOMPARE(table->rows().size(), 4);
        for (const CsvTable::Row& row : table->rows()) {
            QCOMPARE(row.cells.size(), 10);
            for (const QString& cell : row.cells) {
                const bool plainNumber = cell.size() > 1 && (cell.front() == u'+' || cell.front() == u'-') &&
                                         cell.mid(1).toLongLong() > 0;
                if (!plainNumber) {
                    QVERIFY2(!cell.startsWith(u'=') && !cell.startsWith(u'+') && !cell.startsWith(u'-') &&
                                 !cell.startsWith(u'@') && !cell.startsWith(u'\t') && !cell.startsWith(u'\r'),
                             qPrintable(cell));
                }
            }
        }
    }

    void roundTripsThroughImportIntoAFreshDatabase()
    {
        Shop source;
        for (const CustomerRecord& c : trickyCustomers())
            source.add(c);
        const qint64 archivedId =
            source.add(customer(QStringLiteral("Archived Anna"), QStringLiteral("+79031234567")));
        QVERIFY(source.directory.store().setArchived(archivedId, source.clock.nowUtc()).ok());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("customers.csv"));
        CustomerExport exporter(source.directory);
        auto written = exporter.writeFile(path);
        QVERIFY(written.ok());
        QCOMPARE(written.value(), 5);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();

        Shop target;
        target.clock.advanceSecs(3600);
        CustomerImport importer(target.directory, *target.scratch->db, target.clock);
        auto preview = importer.preview(bytes, {});
        QVERIFY(preview.ok());
        QVERIFY(!preview->hasIssues());
        QCOMPARE(preview->table.encoding(), QByteArray("UTF-8"));
        QCOMPARE(preview->mapping.first(), CustomerImport::Field::Ignore); // id: the new shop numbers its own
        auto imported = importer.commit(preview.value(), false);
        QVERIFY(imported.ok());
        QCOMPARE(imported.value(), 5);
        QCOMPARE(target.directory.store().count(), 5);

        QList<CustomerRecord> expected = trickyCustomers();
        expected.append(customer(QStringLiteral("Archived Anna"), QStringLiteral("+79031234567")));
        for (const CustomerRecord& want : expected) {
            const auto got = want.phoneE164.isEmpty() ? target.directory.store().byCard(want.cardNumber)
                                                      : target.directory.store().byPhone(want.phoneE164);
            QVERIFY2(got, qPrintable(want.name));
            QCOMPARE(got->name, want.name);
            QCOMPARE(got->phoneE164, want.phoneE164);
            QCOMPARE(got->cardNumber, want.cardNumber);
            QCOMPARE(got->email, want.email);
            QCOMPARE(got->birthday, want.birthday);
            QCOMPARE(got->nickname, want.nickname);
            QCOMPARE(got->notes, want.notes);
            QCOMPARE(got->createdAt, target.clock.nowUtc());
        }
    }

    void activeOnlyLeavesArchivedOut()
    {
        Shop shop;
        shop.add(customer(QStringLiteral("Anna"), QStringLiteral("+79123456789")));
        const qint64 gone = shop.add(customer(QStringLiteral("Boris"), QStringLiteral("+79161234567")));
        QVERIFY(shop.directory.store().setArchived(gone, shop.clock.nowUtc()).ok());
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CustomerExport exporter(shop.directory);
        auto written = exporter.write(buffer, false);
        QVERIFY(written.ok());
        QCOMPARE(written.value(), 1);
        QVERIFY(!buffer.data().contains("Boris"));
        QCOMPARE(exported(shop, true).count("\r\n"), 3);
    }

    void emptyShopExportsTheHeader()
    {
        Shop shop;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("none.csv"));
        CustomerExport exporter(shop.directory);
        auto written = exporter.writeFile(path);
        QVERIFY(written.ok());
        QCOMPARE(written.value(), 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(),
                 QByteArray("\xEF\xBB\xBFid,name,phone,card,email,birthday,nickname,notes,created_at,"
                            "archived_at\r\n"));
    }

    void replacesAnExistingFileWhole()
    {
        Shop shop;
        shop.add(customer(QStringLiteral("Anna"), QStringLiteral("+79123456789")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("customers.csv"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write(QByteArray(100000, 'x'));
        }
        CustomerExport exporter(shop.directory);
        QVERIFY(exporter.writeFile(path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains('x'));
        QCOMPARE(bytes.count("\r\n"), 2);
    }

    void refusesWhereItCannotWrite()
    {
        Shop shop;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing-folder/customers.csv"));
        CustomerExport exporter(shop.directory);
        auto written = exporter.writeFile(path);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, Error::Kind::CannotOpen);
        QVERIFY(written.error().message.contains(QStringLiteral("missing-folder")));
        QVERIFY(!QFile::exists(path));

        QBuffer closed;
        QVERIFY(!exporter.write(closed).ok());
    }
};

QTEST_GUILESS_MAIN(TestCustomerExport)
#include "test_customerexport.moc"
