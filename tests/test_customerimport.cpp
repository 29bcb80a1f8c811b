#include "CardNumber.h"
#include "CustomerDirectory.h"
#include "CustomerImport.h"
#include "TestSupport.h"

#include <QFile>
#include <QTest>

namespace {
// A shop with its directory and importer, on a fresh database and a fixed clock.
struct Shop
{
    explicit Shop(const QString& region = QStringLiteral("RU"))
        : scratch(TestSupport::scratchDatabase(region)), directory(*scratch->db, clock),
          importer(directory, *scratch->db, clock)
    {
    }

    CustomerImport::Preview preview(const QByteArray& bytes, const CustomerImport::Options& options = {})
    {
        auto result = importer.preview(bytes, options);
        if (!result)
            qFatal("preview failed: %s", qPrintable(result.error().message));
        return result.value();
    }

    qint64 addCustomer(const QString& name, const QString& phone, const QString& card = {})
    {
        CustomerRecord record;
        record.name = name;
        record.phoneE164 = phone;
        record.cardNumber = card;
        record.createdAt = clock.nowUtc();
        auto id = directory.store().insert(record);
        if (!id)
            qFatal("insert failed: %s", qPrintable(id.error().message));
        return id.value();
    }

    qint64 count() { return directory.store().count(); }

    SettableClock clock{TestSupport::fixedNow()};
    std::unique_ptr<TestSupport::ScratchDatabase> scratch;
    CustomerDirectory directory;
    CustomerImport importer;
};

QString describe(const QList<CustomerImport::Issue>& issues)
{
    QStringList lines;
    for (const CustomerImport::Issue& issue : issues)
        lines.append(QStringLiteral("%1 [%2] %3").arg(issue.line).arg(issue.column, issue.reason));
    return lines.join(u'\n');
}
} // namespace

class TestCustomerImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { TestSupport::failOnWarnings(); }

    void matchesHeaders_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("field");
        using F = CustomerImport::Field;
        const QList<std::pair<const char16_t*, F>> rows = {
            {u"name", F::Name},
            {u" NAME ", F::Name},
            {u"Full Name", F::Name},
            {u"phone", F::Phone},
            {u"Telephone", F::Phone},
            {u"MOBILE", F::Phone},
            {u"Phone number", F::Phone},
            {u"card", F::Card},
            {u"Card Number", F::Card},
            {u"card_number", F::Card},
            {u"email", F::Email},
            {u"E-mail", F::Email},
            {u"birthday", F::Birthday},
            {u"Date of birth", F::Birthday},
            {u"nickname", F::Nickname},
            {u"notes", F::Notes},
            {u"Comment", F::Notes},
            {u"Имя", F::Name},
            {u"ФИО", F::Name},
            {u"Телефон", F::Phone},
            {u"Карта", F::Card},
            {u"Номер карты", F::Card},
            {u"Дата рождения", F::Birthday},
            {u"Примечание", F::Notes},
            {u"الاسم", F::Name},
            {u"الهاتف", F::Phone},
            {u"البطاقة", F::Card},
            {u"البريد الإلكتروني", F::Email},
            {u"ملاحظات", F::Notes},
            {u"نام", F::Name},
            {u"تلفن", F::Phone},
            {u"موبایل", F::Phone},
            {u"موبايل", F::Phone},
            {u"کارت", F::Card},
            {u"كارت", F::Card},
            {u"تاریخ تولد", F::Birthday},
            {u"id", F::Ignore},
            {u"created_at", F::Ignore},
            {u"archived_at", F::Ignore},
            {u"problem", F::Ignore},
            {u"Loyalty tier", F::Ignore},
            {u"", F::Ignore},
        };
        for (const auto& [header, field] : rows)
            QTest::newRow(QString::fromUtf16(header).toUtf8().constData())
                << QString::fromUtf16(header) << int(field);
    }
    void matchesHeaders()
    {
        QFETCH(QString, header);
        QFETCH(int, field);
        QCOMPARE(int(CustomerImport::fieldForHeader(header)), field);
    }

    void everyFieldHasAName()
    {
        QCOMPARE(CustomerImport::fields().size(), 8);
        for (CustomerImport::Field field : CustomerImport::fields())
            QVERIFY(!CustomerImport::fieldName(field).isEmpty());
    }

    void listsEveryProblemWithLineAndColumn()
    {
        Shop shop;
        shop.addCustomer(QStringLiteral("Olga Existing"), QStringLiteral("+79129999999"));
        shop.addCustomer(QStringLiteral("Card Holder"), QStringLiteral("+79128888888"),
                         QStringLiteral("0420000000075"));
        const CustomerImport::Preview preview =
            shop.preview(TestSupport::readDataFile(QStringLiteral("import_errors.csv")));

        struct Expected
        {
            int line;
            const char16_t* column;
            const char16_t* reasonPart;
        };
        const QList<Expected> expected = {
            {3, u"phone", u"Russia"},
            {7, u"phone", u"line 2"},
            {8, u"card", u"check digit"},
            {9, u"", u"neither a phone number nor a card number"},
            {10, u"email", u"“not-an-email”"},
            {11, u"birthday", u"“31.02.1990” is not a date"},
            {12, u"birthday", u"future"},
            {13, u"phone", u"Olga Existing"},
            {14, u"card", u"Card Holder"},
            {16, u"card", u"line 15"},
            {17, u"phone", u"Russia"},
            {17, u"card", u"13 digits"},
            {17, u"email", u"“bad@”"},
            {17, u"birthday", u"1.1.1800"},
            {18, u"", u"10 cells"},
        };
        QVERIFY2(preview.issues.size() == expected.size(), qPrintable(describe(preview.issues)));
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const CustomerImport::Issue& issue = preview.issues[i];
            QCOMPARE(issue.line, expected[i].line);
            QCOMPARE(issue.column, QString::fromUtf16(expected[i].column));
            QVERIFY2(issue.reason.contains(QString::fromUtf16(expected[i].reasonPart)),
                     qPrintable(issue.reason));
        }
        QCOMPARE(preview.validLines, (QList<int>{2, 4, 15, 19, 20}));
        QCOMPARE(preview.rejectedRows.size(), 12);
        QCOMPARE(preview.rejectedRows.first().line, 3);
        QCOMPARE(preview.rejectedRows.last().line, 18);

        QCOMPARE(preview.valid[1].name, QStringLiteral("Multi Line"));
        QCOMPARE(preview.valid[1].notes, QStringLiteral("note with \"quotes\""));
        QCOMPARE(preview.valid[3].name, QStringLiteral("=Formula Name"));
        QCOMPARE(preview.valid[3].phoneE164, QStringLiteral("+79120000009"));
        QCOMPARE(preview.valid[3].notes, QStringLiteral("-minus note"));
        QCOMPARE(preview.valid[4].phoneE164, QStringLiteral("+79120000010"));
        QCOMPARE(preview.mapping.last(), CustomerImport::Field::Ignore); // the "source" column
    }

    void previewWritesNothingAndCommitIsAllOrNothing()
    {
        Shop shop;
        shop.addCustomer(QStringLiteral("Olga Existing"), QStringLiteral("+79129999999"));
        shop.addCustomer(QStringLiteral("Card Holder"), QStringLiteral("+79128888888"),
                         QStringLiteral("0420000000075"));
        QCOMPARE(shop.count(), 2);
        const CustomerImport::Preview preview =
            shop.preview(TestSupport::readDataFile(QStringLiteral("import_errors.csv")));
        QCOMPARE(shop.count(), 2);
        QVERIFY(preview.hasIssues());

        auto refused = shop.importer.commit(preview, false);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
        QVERIFY2(refused.error().message.contains(QStringLiteral("12")), qPrintable(refused.error().message));
        QCOMPARE(shop.count(), 2);

        auto imported = shop.importer.commit(preview, true);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        QCOMPARE(imported.value(), 5);
        QCOMPARE(shop.count(), 7);
        for (const char16_t* phone :
             {u"+79120000001", u"+79120000002", u"+79120000006", u"+79120000009", u"+79120000010"})
            QVERIFY2(shop.directory.store().byPhone(QString::fromUtf16(phone)),
                     qPrintable(QString::fromUtf16(phone)));
        for (const char16_t* phone :
             {u"+79120000003", u"+79120000004", u"+79120000005", u"+79120000007", u"+79120000008"})
            QVERIFY(!shop.directory.store().byPhone(QString::fromUtf16(phone)));
        const auto first = shop.directory.store().byPhone(QStringLiteral("+79120000001"));
        QCOMPARE(first->name, QStringLiteral("Good One"));
        QCOMPARE(first->email, QStringLiteral("good@example.com"));
        QCOMPARE(first->birthday, QDate(1980, 2, 1));
        QCOMPARE(first->createdAt, TestSupport::fixedNow());
        QVERIFY(!first->isArchived());
        // Nothing in the other system's file says the customer consented; the import must not pretend so.
        QVERIFY(shop.directory.consentHistory(first->id).isEmpty());
    }

    void cleanFileCommitsWithoutSkipping()
    {
        Shop shop;
        const CustomerImport::Preview preview =
            shop.preview(TestSupport::readDataFile(QStringLiteral("import_cp1251.csv")));
        QVERIFY2(!preview.hasIssues(), qPrintable(describe(preview.issues)));
        auto imported = shop.importer.commit(preview, false);
        QVERIFY(imported.ok());
        QCOMPARE(imported.value(), 3);
        QCOMPARE(shop.count(), 3);
    }

    void failureMidwayRollsEverythingBack()
    {
        Shop shop;
        const QByteArray csv = "name,phone\nAnn,8 912 000-00-01\nBob,8 912 000-00-02\nCid,8 912 000-00-03\n";
        const CustomerImport::Preview preview = shop.preview(csv);
        QVERIFY(!preview.hasIssues());
        QCOMPARE(preview.valid.size(), 3);
        // Somebody enrols Cid at the till between the preview and the commit.
        shop.addCustomer(QStringLiteral("Cid at the till"), QStringLiteral("+79120000003"));
        auto imported = shop.importer.commit(preview, false);
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().kind, Error::Kind::Duplicate);
        QVERIFY2(imported.error().message.contains(QStringLiteral("Line 4")),
                 qPrintable(imported.error().message));
        QCOMPARE(shop.count(), 1);
        QVERIFY(!shop.directory.store().byPhone(QStringLiteral("+79120000001")));
        QVERIFY(!shop.directory.store().byPhone(QStringLiteral("+79120000002")));
    }

    void importsRussianWindows1251()
    {
        Shop shop(QStringLiteral("RU"));
        const CustomerImport::Preview preview =
            shop.preview(TestSupport::readDataFile(QStringLiteral("import_cp1251.csv")));
        QVERIFY2(!preview.hasIssues(), qPrintable(describe(preview.issues)));
        QCOMPARE(preview.table.encoding(), QByteArray("windows-1251"));
        QCOMPARE(preview.mapping,
                 (QList<CustomerImport::Field>{CustomerImport::Field::Name, CustomerImport::Field::Phone,
                                               CustomerImport::Field::Card, CustomerImport::Field::Birthday,
                                               CustomerImport::Field::Notes}));
        QCOMPARE(preview.valid.size(), 3);
        QCOMPARE(preview.valid[0].name, QStringLiteral("Иван Петров"));
        QCOMPARE(preview.valid[0].phoneE164, QStringLiteral("+79123456789"));
        QCOMPARE(preview.valid[0].cardNumber, QStringLiteral("0420000000013"));
        QCOMPARE(preview.valid[0].birthday, QDate(1985, 4, 15));
        QCOMPARE(preview.valid[1].phoneE164, QStringLiteral("+79161234567"));
        QCOMPARE(preview.valid[1].notes, QStringLiteral("Любит кофе; без сахара"));
        QCOMPARE(preview.valid[2].name, QStringLiteral("Ёлкин Сергей Юрьевич"));
        QCOMPARE(preview.valid[2].phoneE164, QStringLiteral("+79037654321"));
    }

    void importsArabicWindows1256()
    {
        Shop shop(QStringLiteral("SA"));
        const CustomerImport::Preview preview =
            shop.preview(TestSupport::readDataFile(QStringLiteral("import_cp1256.csv")));
        QVERIFY2(!preview.hasIssues(), qPrintable(describe(preview.issues)));
        QCOMPARE(preview.table.encoding(), QByteArray("windows-1256"));
        QCOMPARE(preview.valid.size(), 3);
        QCOMPARE(preview.valid[0].name, QStringLiteral("محمد علي"));
        QCOMPARE(preview.valid[0].phoneE164, QStringLiteral("+966501234567"));
        QCOMPARE(preview.valid[0].notes, QStringLiteral("عميل دائم"));
        QCOMPARE(preview.valid[1].name, QStringLiteral("فاطمة الزهراء"));
        QCOMPARE(preview.valid[1].phoneE164, QStringLiteral("+966551234567"));
        QCOMPARE(preview.valid[2].cardNumber, QStringLiteral("0420000000044"));
        QCOMPARE(preview.valid[2].phoneE164, QStringLiteral("+966507654321"));
    }

    void importsPersianUtf8WithBom()
    {
        Shop shop(QStringLiteral("IR"));
        const CustomerImport::Preview preview =
            shop.preview(TestSupport::readDataFile(QStringLiteral("import_utf8_bom_semicolon.csv")));
        QVERIFY2(!preview.hasIssues(), qPrintable(describe(preview.issues)));
        QCOMPARE(preview.table.delimiter(), QChar(u';'));
        QCOMPARE(preview.validLines, (QList<int>{2, 4, 5}));
        QCOMPARE(preview.valid[0].name, QStringLiteral("علی رضایی"));
        QCOMPARE(preview.valid[0].phoneE164, QStringLiteral("+989123456789"));
        QCOMPARE(preview.valid[0].birthday, QDate(1990, 5, 17));
        QCOMPARE(preview.valid[0].notes, QStringLiteral("خط اول\nخط دوم"));
        QCOMPARE(preview.valid[1].phoneE164, QStringLiteral("+989351234567"));
        QCOMPARE(preview.valid[1].cardNumber, QStringLiteral("0420000000051"));
        QCOMPARE(preview.valid[2].phoneE164, QStringLiteral("+989127654321"));
    }

    void importsTabSeparatedWithEnglishSynonyms()
    {
        Shop shop(QStringLiteral("GB"));
        const CustomerImport::Preview preview =
            shop.preview(TestSupport::readDataFile(QStringLiteral("import_tab.csv")));
        QVERIFY2(!preview.hasIssues(), qPrintable(describe(preview.issues)));
        QCOMPARE(preview.table.delimiter(), QChar(u'\t'));
        QCOMPARE(preview.mapping, (QList<CustomerImport::Field>{
                                      CustomerImport::Field::Name, CustomerImport::Field::Phone,
                                      CustomerImport::Field::Card, CustomerImport::Field::Email,
                                      CustomerImport::Field::Birthday, CustomerImport::Field::Ignore}));
        QCOMPARE(preview.valid[0].name, QStringLiteral("Anna Smith"));
        QCOMPARE(preview.valid[0].phoneE164, QStringLiteral("+447911123456"));
        QCOMPARE(preview.valid[0].email, QStringLiteral("anna@example.com"));
        QCOMPARE(preview.valid[0].birthday, QDate(1990, 12, 31));
        QCOMPARE(preview.valid[1].name, QStringLiteral("Brown, Tom"));
        QCOMPARE(preview.valid[1].phoneE164, QStringLiteral("+447400123456"));
    }

    void readsPhonesAsPeopleWriteThem_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("e164");
        QTest::newRow("RU trunk 8") << "RU"
                                    << "8 912 345-67-89"
                                    << "+79123456789";
        QTest::newRow("RU brackets") << "RU"
                                     << "8 (912) 345-67-89"
                                     << "+79123456789";
        QTest::newRow("RU +7") << "RU"
                               << "+7 912 345 67 89"
                               << "+79123456789";
        QTest::newRow("IR trunk 0") << "IR"
                                    << "0912 345 6789"
                                    << "+989123456789";
        QTest::newRow("IR persian digits") << "IR"
                                           << "۰۹۱۲ ۳۴۵ ۶۷۸۹"
                                           << "+989123456789";
        QTest::newRow("IR arabic-indic digits") << "IR"
                                                << "٠٩١٢٣٤٥٦٧٨٩"
                                                << "+989123456789";
        QTest::newRow("SA arabic-indic digits") << "SA"
                                                << "٠٥٠١٢٣٤٥٦٧"
                                                << "+966501234567";
        QTest::newRow("IR shop, Russian number") << "IR"
                                                 << "+7 912 345-67-89"
                                                 << "+79123456789";
        QTest::newRow("guarded by our export") << "RU"
                                               << "'+7 912 345-67-89"
                                               << "+79123456789";
    }
    void readsPhonesAsPeopleWriteThem()
    {
        QFETCH(QString, region);
        QFETCH(QString, typed);
        QFETCH(QString, e164);
        Shop shop(region);
        const QString csv =
            QStringLiteral("name,phone\n") + CsvTable::joinRow({QStringLiteral("Ann"), typed}) + u'\n';
        const CustomerImport::Preview preview = shop.preview(csv.toUtf8());
        QVERIFY2(!preview.hasIssues(), qPrintable(describe(preview.issues)));
        QCOMPARE(preview.valid.first().phoneE164, e164);
    }

    void regionOptionOverridesTheShops()
    {
        Shop shop(QStringLiteral("RU"));
        CustomerImport::Options options;
        options.region = QStringLiteral("ir");
        const CustomerImport::Preview preview = shop.preview("name,phone\nAli,0912 345 6789\n", options);
        QVERIFY2(!preview.hasIssues(), qPrintable(describe(preview.issues)));
        QCOMPARE(preview.valid.first().phoneE164, QStringLiteral("+989123456789"));

        const CustomerImport::Preview inRussia = shop.preview("name,phone\nAli,0912 345 6789\n");
        QCOMPARE(inRussia.issues.size(), 1);
        QCOMPARE(inRussia.issues.first().line, 2);
        QVERIFY(inRussia.issues.first().reason.contains(QStringLiteral("Russia")));

        options.region = QStringLiteral("XX");
        auto unknown = shop.importer.preview("name,phone\nAli,1\n", options);
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(QStringLiteral("XX")));
    }

    void withoutCountryNumbersNeedCountryCode()
    {
        Shop shop{QString()};
        const CustomerImport::Preview preview =
            shop.preview("name,phone\nAnn,+7 912 345-67-89\nBob,89123456780\n");
        if (!shop.directory.region().isEmpty())
            QSKIP("the system locale gives a country, so numbers without + are read in it");
        QCOMPARE(preview.validLines, QList<int>{2});
        QCOMPARE(preview.issues.size(), 1);
        QCOMPARE(preview.issues.first().line, 3);
        QCOMPARE(preview.issues.first().column, QStringLiteral("phone"));
        QVERIFY(preview.issues.first().reason.contains(QStringLiteral("country")));
    }

    void duplicatesAreFoundAfterNormalising()
    {
        Shop shop;
        const CustomerImport::Preview preview = shop.preview("name;phone;card\n"
                                                             "Ann;8 912 345-67-89;0420000000013\n"
                                                             "Bob;+79123456789;\n"
                                                             "Cid;;420000000013\n");
        QCOMPARE(preview.issues.size(), 2);
        QCOMPARE(preview.issues[0].line, 3);
        QCOMPARE(preview.issues[0].column, QStringLiteral("phone"));
        QVERIFY2(preview.issues[0].reason.contains(QStringLiteral("+7 912 345-67-89")),
                 qPrintable(preview.issues[0].reason));
        QVERIFY(preview.issues[0].reason.contains(QStringLiteral("line 2")));
        QCOMPARE(preview.issues[1].line, 4);
        QCOMPARE(preview.issues[1].column, QStringLiteral("card"));
        QVERIFY(preview.issues[1].reason.contains(QStringLiteral("line 2")));
    }

    void findsExistingCustomersInABigShop()
    {
        Shop shop;
        for (int i = 0; i < 10; ++i)
            shop.addCustomer(QStringLiteral("Regular %1").arg(i), QStringLiteral("+7916000000%1").arg(i),
                             CardNumber::fromSerial(QStringLiteral("042"), 100 + i));
        shop.addCustomer(QString(), QStringLiteral("+79162222222"));
        // Eleven customers against three lines: each line is looked up by index instead of reading the shop.
        const QString csv = QStringLiteral("name,phone,card\nA,8 916 000-00-03,\nB,,%1\nC,8 916 222-22-22,\n")
                                .arg(CardNumber::fromSerial(QStringLiteral("042"), 105));
        const CustomerImport::Preview preview = shop.preview(csv.toUtf8());
        QVERIFY2(preview.issues.size() == 3, qPrintable(describe(preview.issues)));
        QCOMPARE(preview.issues[0].line, 2);
        QCOMPARE(preview.issues[0].column, QStringLiteral("phone"));
        QVERIFY(preview.issues[0].reason.contains(QStringLiteral("Regular 3")));
        QCOMPARE(preview.issues[1].line, 3);
        QCOMPARE(preview.issues[1].column, QStringLiteral("card"));
        QVERIFY(preview.issues[1].reason.contains(QStringLiteral("Regular 5")));
        QCOMPARE(preview.issues[2].line, 4);
        QVERIFY2(preview.issues[2].reason.contains(QStringLiteral("customer number 11")),
                 qPrintable(preview.issues[2].reason));
    }

    void personMapsUnknownColumns()
    {
        Shop shop;
        const QByteArray csv = "Client,Cell No,Tier\nAnn,8 912 345-67-89,Gold\n";
        const CustomerImport::Preview guessed = shop.preview(csv);
        QCOMPARE(guessed.mapping,
                 (QList<CustomerImport::Field>{CustomerImport::Field::Name, CustomerImport::Field::Ignore,
                                               CustomerImport::Field::Ignore}));
        QCOMPARE(guessed.issues.size(), 2);
        QCOMPARE(guessed.issues[0].line, 1);
        QVERIFY(guessed.issues[0].column.isEmpty());
        QCOMPARE(guessed.issues[1].line, 2);
        QVERIFY(guessed.valid.isEmpty());

        CustomerImport::Options options;
        options.mappingOverrides.insert(1, CustomerImport::Field::Phone);
        options.mappingOverrides.insert(2, CustomerImport::Field::Notes);
        const CustomerImport::Preview chosen = shop.preview(csv, options);
        QVERIFY2(!chosen.hasIssues(), qPrintable(describe(chosen.issues)));
        QCOMPARE(chosen.valid.first().phoneE164, QStringLiteral("+79123456789"));
        QCOMPARE(chosen.valid.first().notes, QStringLiteral("Gold"));

        options.mappingOverrides = {{0, CustomerImport::Field::Ignore}, {1, CustomerImport::Field::Phone}};
        QVERIFY(shop.preview(csv, options).valid.first().name.isEmpty());
    }

    void fieldClaimedTwiceIsReadOnce()
    {
        Shop shop;
        const QByteArray csv = "name,phone,mobile\nAnn,8 912 345-67-89,8 916 123-45-67\n";
        const CustomerImport::Preview guessed = shop.preview(csv);
        QCOMPARE(guessed.mapping[2], CustomerImport::Field::Ignore);
        QCOMPARE(guessed.issues.size(), 1);
        QCOMPARE(guessed.issues.first().line, 1);
        QCOMPARE(guessed.issues.first().column, QStringLiteral("mobile"));
        QVERIFY(guessed.issues.first().reason.contains(QStringLiteral("“phone”")));
        QCOMPARE(guessed.valid.first().phoneE164, QStringLiteral("+79123456789"));
        // A header problem alone blocks a plain commit but not a skipping one: no row is wrong.
        QVERIFY(!shop.importer.commit(guessed, false).ok());
        QCOMPARE(shop.count(), 0);

        CustomerImport::Options options;
        options.mappingOverrides.insert(2, CustomerImport::Field::Phone);
        const CustomerImport::Preview chosen = shop.preview(csv, options);
        QVERIFY2(!chosen.hasIssues(), qPrintable(describe(chosen.issues)));
        QCOMPARE(chosen.mapping[1], CustomerImport::Field::Ignore);
        QCOMPARE(chosen.valid.first().phoneE164, QStringLiteral("+79161234567"));
    }

    void refusesFilesItCannotRead()
    {
        Shop shop;
        auto empty = shop.importer.preview("", {});
        QVERIFY(!empty.ok());
        QVERIFY(empty.error().message.contains(QStringLiteral("empty")));
        auto unclosed = shop.importer.preview("name,phone\n\"Ann,8 912 345-67-89\n", {});
        QVERIFY(!unclosed.ok());
        QVERIFY(unclosed.error().message.contains(QStringLiteral("line 2")));
        QCOMPARE(shop.count(), 0);
    }

    void rejectedRowsComeBackAsCsvToFix()
    {
        Shop shop;
        shop.addCustomer(QStringLiteral("Olga Existing"), QStringLiteral("+79129999999"));
        shop.addCustomer(QStringLiteral("Card Holder"), QStringLiteral("+79128888888"),
                         QStringLiteral("0420000000075"));
        const CustomerImport::Preview preview =
            shop.preview(TestSupport::readDataFile(QStringLiteral("import_errors.csv")));
        const QByteArray rejected = CustomerImport::rejectedCsv(preview);
        QVERIFY(rejected.startsWith("\xEF\xBB\xBF"));

        auto table = CsvTable::parse(rejected);
        QVERIFY(table.ok());
        QCOMPARE(table->encoding(), QByteArray("UTF-8"));
        QCOMPARE(table->header(), preview.table.header() + QStringList{QStringLiteral("problem")});
        QCOMPARE(table->rows().size(), 12);
        const QStringList badPhone = table->rows().first().cells;
        QCOMPARE(badPhone.value(0), QStringLiteral("Bad Phone"));
        QCOMPARE(badPhone.value(1), QStringLiteral("8 912 345"));
        QVERIFY2(badPhone.value(8).startsWith(QStringLiteral("phone: ")), qPrintable(badPhone.value(8)));
        const QStringList several = table->rows()[10].cells;
        QCOMPARE(several.value(0), QStringLiteral("Several"));
        for (const char16_t* part : {u"phone: ", u"card: ", u"email: ", u"birthday: "})
            QVERIFY2(several.value(8).contains(QString::fromUtf16(part)), qPrintable(several.value(8)));

        // Fixed in a spreadsheet and imported again, the "problem" column is simply ignored.
        const CustomerImport::Preview again = shop.preview(rejected);
        QCOMPARE(again.mapping.value(8), CustomerImport::Field::Ignore);
        QCOMPARE(again.rejectedRows.first().line, 2);
        QCOMPARE(again.rejectedRows.first().cells.value(0), QStringLiteral("Bad Phone"));
    }

    void manyRowsImportInOneGo()
    {
        // Speed is measured by tests/benchmarks/bench_lookup (import_100k_s); this checks a larger file end
        // to end.
        const int rows = 2000;
        QByteArray csv = "name;phone;card;email;birthday;notes\n";
        csv.reserve(rows * 90);
        for (int i = 0; i < rows; ++i) {
            const QString line =
                QStringLiteral("Покупатель %1;8 912 %2;%3;c%1@example.com;01.02.1980;заметка\n")
                    .arg(i)
                    .arg(i, 7, 10, QChar(u'0'))
                    .arg(CardNumber::fromSerial(QStringLiteral("042"), i + 1));
            csv += line.toUtf8();
        }
        Shop shop;
        const CustomerImport::Preview preview = shop.preview(csv);
        QVERIFY2(!preview.hasIssues(), qPrintable(describe(preview.issues.mid(0, 5))));
        auto imported = shop.importer.commit(preview, false);
        QVERIFY(imported.ok());
        QCOMPARE(imported.value(), rows);
        QCOMPARE(shop.count(), rows);
    }
};

QTEST_GUILESS_MAIN(TestCustomerImport)
#include "test_customerimport.moc"
