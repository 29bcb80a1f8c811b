#include "CardNumber.h"
#include "ConsentStore.h"
#include "CustomerDirectory.h"
#include "CustomerStore.h"
#include "DemoShop.h"
#include "LoyaltyLedger.h"
#include "PhoneNumbers.h"
#include "ShopSettings.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

namespace {
struct DemoRun
{
    std::unique_ptr<TestSupport::ScratchDatabase> scratch;
    Result<DemoShop::Summary> summary = Error{};
};

DemoRun demo(const QString& region, int customers = 500, quint32 seed = 7, const QString& language = {},
             bool throughProgramme = false)
{
    DemoRun run;
    // No country beforehand: the demo must set the one it was asked for.
    run.scratch = TestSupport::scratchDatabase(QString());
    SettableClock clock(TestSupport::fixedNow());
    DemoShop shop(*run.scratch->db, clock);
    DemoShop::Options options;
    options.customers = customers;
    options.seed = seed;
    options.region = region;
    options.language = language;
    options.throughProgramme = throughProgramme;
    run.summary = shop.create(options);
    return run;
}

QList<CustomerRecord> customersOf(Database& db)
{
    QList<CustomerRecord> all;
    CustomerStore store(db);
    if (!store.forEach([&](const CustomerRecord& c) { all.append(c); }))
        qFatal("cannot read customers");
    return all;
}

struct Sale
{
    qint64 customerId;
    QDateTime at;
    qint64 amountMinor;
    QString saleRef;
};

QList<Sale> salesOf(Database& db)
{
    QList<Sale> sales;
    QSqlQuery q(db.connection());
    if (!q.exec(
            QStringLiteral("SELECT customer_id, at, amount_minor, sale_ref, till_id FROM sales ORDER BY id")))
        qFatal("cannot read sales");
    while (q.next()) {
        if (q.value(4).toString() != u"1")
            qFatal("sale on an unexpected till");
        sales.append({q.value(0).toLongLong(),
                      QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC),
                      q.value(2).toLongLong(), q.value(3).toString()});
    }
    return sales;
}

qint64 countRows(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        qFatal("cannot count rows");
    return q.value(0).toLongLong();
}

bool isCyrillic(QChar ch)
{
    return ch.script() == QChar::Script_Cyrillic;
}
bool isArabicScript(QChar ch)
{
    return ch.script() == QChar::Script_Arabic;
}
bool isLatin(QChar ch)
{
    return ch.script() == QChar::Script_Latin;
}
} // namespace

class TestDemoShop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { TestSupport::failOnWarnings(); }

    void sameSeedGivesTheSameShop()
    {
        DemoRun first = demo(QStringLiteral("RU"), 200, 42);
        DemoRun second = demo(QStringLiteral("RU"), 200, 42);
        DemoRun other = demo(QStringLiteral("RU"), 200, 43);
        QVERIFY2(first.summary.ok(),
                 qPrintable(first.summary.ok() ? QString() : first.summary.error().message));
        QVERIFY(second.summary.ok() && other.summary.ok());
        QCOMPARE(first.summary->customers, 200);
        QCOMPARE(second.summary->customers, 200);
        QCOMPARE(second.summary->sales, first.summary->sales);

        const QList<CustomerRecord> a = customersOf(*first.scratch->db);
        const QList<CustomerRecord> b = customersOf(*second.scratch->db);
        const QList<CustomerRecord> c = customersOf(*other.scratch->db);
        QCOMPARE(a.size(), 200);
        QCOMPARE(b.size(), 200);
        bool differs = false;
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(b[i].name, a[i].name);
            QCOMPARE(b[i].nickname, a[i].nickname);
            QCOMPARE(b[i].phoneE164, a[i].phoneE164);
            QCOMPARE(b[i].cardNumber, a[i].cardNumber);
            QCOMPARE(b[i].email, a[i].email);
            QCOMPARE(b[i].birthday, a[i].birthday);
            QCOMPARE(b[i].createdAt, a[i].createdAt);
            differs = differs || c[i].phoneE164 != a[i].phoneE164 || c[i].name != a[i].name;
        }
        QVERIFY2(differs, "another seed must give another shop");

        const QList<Sale> salesA = salesOf(*first.scratch->db);
        const QList<Sale> salesB = salesOf(*second.scratch->db);
        QCOMPARE(salesB.size(), salesA.size());
        for (qsizetype i = 0; i < salesA.size(); ++i) {
            QCOMPARE(salesB[i].at, salesA[i].at);
            QCOMPARE(salesB[i].amountMinor, salesA[i].amountMinor);
            QCOMPARE(salesB[i].customerId, salesA[i].customerId);
        }
    }

    void namesAreWrittenInTheShopsScript_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("script");
        QTest::newRow("Russia: Cyrillic") << "RU"
                                          << ""
                                          << "cyrillic";
        QTest::newRow("Saudi Arabia: Arabic") << "SA"
                                              << ""
                                              << "arabic";
        QTest::newRow("Egypt: Arabic") << "EG"
                                       << ""
                                       << "arabic";
        QTest::newRow("Iran: Persian") << "IR"
                                       << ""
                                       << "persian";
        QTest::newRow("Britain: Latin") << "GB"
                                        << ""
                                        << "latin";
        QTest::newRow("Germany falls back to English") << "DE"
                                                       << ""
                                                       << "latin";
        QTest::newRow("language overrides region") << "RU"
                                                   << "fa"
                                                   << "persian";
        QTest::newRow("English in the Emirates") << "AE"
                                                 << "en"
                                                 << "latin";
    }
    void namesAreWrittenInTheShopsScript()
    {
        QFETCH(QString, region);
        QFETCH(QString, language);
        QFETCH(QString, script);
        DemoRun run = demo(region, 150, 3, language);
        QVERIFY2(run.summary.ok(), qPrintable(run.summary.ok() ? QString() : run.summary.error().message));

        std::function<bool(QChar)> inScript = isLatin;
        if (script == u"cyrillic")
            inScript = isCyrillic;
        else if (script != u"latin")
            inScript = isArabicScript;
        int withNickname = 0;
        QSet<QString> names;
        for (const CustomerRecord& c : customersOf(*run.scratch->db)) {
            QVERIFY2(c.name.split(u' ', Qt::SkipEmptyParts).size() >= 2, qPrintable(c.name));
            names.insert(c.name);
            for (const QString& text : {c.name, c.nickname}) {
                for (QChar ch : text) {
                    if (ch.isLetter())
                        QVERIFY2(inScript(ch), qPrintable(text));
                }
                // Persian is written with its own yeh and kaf; Arabic with the Arabic ones.
                if (script == u"persian")
                    QVERIFY2(!text.contains(QChar(0x064A)) && !text.contains(QChar(0x0643)),
                             qPrintable(text));
                if (script == u"arabic")
                    QVERIFY2(!text.contains(QChar(0x06CC)) && !text.contains(QChar(0x06A9)),
                             qPrintable(text));
            }
            withNickname += c.nickname.isEmpty() ? 0 : 1;
        }
        QVERIFY2(names.size() > 120, "names should rarely repeat");
        QVERIFY(withNickname > 0);
        ShopSettings settings(*run.scratch->db);
        QCOMPARE(settings.value(ShopSettings::Key::Country), region);
        const QString shopName = settings.value(ShopSettings::Key::ShopName);
        QVERIFY(!shopName.isEmpty());
    }

    void russianWomenBearTheFeminineFamilyName()
    {
        DemoRun run = demo(QStringLiteral("RU"), 400, 11);
        QVERIFY(run.summary.ok());
        const QSet<QString> women = {u"Анна"_s,     u"Мария"_s, u"Елена"_s,   u"Ольга"_s,
                                     u"Татьяна"_s,  u"Ирина"_s, u"Наталья"_s, u"Екатерина"_s,
                                     u"Светлана"_s, u"Юлия"_s,  u"Дарья"_s};
        const QSet<QString> men = {u"Александр"_s, u"Сергей"_s,  u"Дмитрий"_s,  u"Иван"_s,    u"Михаил"_s,
                                   u"Андрей"_s,    u"Алексей"_s, u"Владимир"_s, u"Николай"_s, u"Павел"_s};
        int womenSeen = 0;
        int menSeen = 0;
        for (const CustomerRecord& c : customersOf(*run.scratch->db)) {
            const QString first = c.name.section(u' ', 0, 0);
            const QString family = c.name.section(u' ', -1);
            const bool masculine = family.endsWith(u"ов") || family.endsWith(u"ев") ||
                                   family.endsWith(u"ёв") || family.endsWith(u"ин") ||
                                   family.endsWith(u"ий") || family.endsWith(u"ой");
            const bool feminine = family.endsWith(u"ова") || family.endsWith(u"ева") ||
                                  family.endsWith(u"ёва") || family.endsWith(u"ина") ||
                                  family.endsWith(u"ая");
            if (women.contains(first)) {
                ++womenSeen;
                QVERIFY2(!masculine, qPrintable(c.name));
            }
            if (men.contains(first)) {
                ++menSeen;
                QVERIFY2(!feminine, qPrintable(c.name));
            }
        }
        QVERIFY(womenSeen > 10);
        QVERIFY(menSeen > 10);
    }

    void phonesAreValidAndUnique_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("countryCode");
        QTest::newRow("RU") << "RU"
                            << "+7";
        QTest::newRow("IR") << "IR"
                            << "+98";
        QTest::newRow("SA") << "SA"
                            << "+966";
        QTest::newRow("AE") << "AE"
                            << "+971";
        QTest::newRow("GB") << "GB"
                            << "+44";
    }
    void phonesAreValidAndUnique()
    {
        QFETCH(QString, region);
        QFETCH(QString, countryCode);
        DemoRun run = demo(region, 400, 5);
        QVERIFY(run.summary.ok());
        QSet<QString> phones;
        for (const CustomerRecord& c : customersOf(*run.scratch->db)) {
            QVERIFY2(!c.phoneE164.isEmpty(), qPrintable(c.name));
            QVERIFY2(c.phoneE164.startsWith(countryCode), qPrintable(c.phoneE164));
            auto e164 = PhoneNumbers::toE164(c.phoneE164, region);
            QVERIFY2(e164.ok(), qPrintable(c.phoneE164));
            QCOMPARE(e164.value(), c.phoneE164);
            QVERIFY2(!phones.contains(c.phoneE164), qPrintable(c.phoneE164));
            phones.insert(c.phoneE164);
        }
        QCOMPARE(phones.size(), 400);
    }

    void aboutSixInTenCarryAValidCard()
    {
        DemoRun run = demo(QStringLiteral("RU"), 500, 9);
        QVERIFY(run.summary.ok());
        const QString prefix = ShopSettings(*run.scratch->db).value(ShopSettings::Key::CardPrefix);
        QSet<QString> cards;
        for (const CustomerRecord& c : customersOf(*run.scratch->db)) {
            if (c.cardNumber.isEmpty())
                continue;
            auto normalized = CardNumber::normalize(c.cardNumber);
            QVERIFY2(normalized.ok(), qPrintable(c.cardNumber));
            QCOMPARE(normalized.value(), c.cardNumber);
            QVERIFY(c.cardNumber.startsWith(prefix));
            cards.insert(c.cardNumber);
        }
        QVERIFY2(cards.size() >= 250 && cards.size() <= 350, qPrintable(QString::number(cards.size())));
        // Serials 1..N, so the next card the shop issues follows on.
        for (qint64 serial = 1; serial <= cards.size(); ++serial)
            QVERIFY(cards.contains(CardNumber::fromSerial(prefix, serial)));
        CustomerStore store(*run.scratch->db);
        QCOMPARE(store.highestCardSerial(prefix), qint64(cards.size()));
    }

    void everyCustomerHasConsentRecords()
    {
        DemoRun run = demo(QStringLiteral("SA"), 300, 13);
        QVERIFY(run.summary.ok());
        ConsentStore consents(*run.scratch->db);
        int marketing = 0;
        int withEmail = 0;
        int withBirthday = 0;
        const QList<CustomerRecord> all = customersOf(*run.scratch->db);
        QSet<ConsentRecord::Channel> channels;
        for (const CustomerRecord& c : all) {
            const auto data = consents.current(c.id, ConsentRecord::Purpose::Data);
            QVERIFY(data);
            QVERIFY(data->granted);
            QCOMPARE(data->at, c.createdAt);
            QVERIFY(!data->recordedBy.isEmpty());
            QCOMPARE(data->textSha256.size(), 64);
            channels.insert(data->channel);
            const auto offers = consents.current(c.id, ConsentRecord::Purpose::Marketing);
            QVERIFY(offers);
            marketing += offers->granted ? 1 : 0;
            withEmail += c.email.isEmpty() ? 0 : 1;
            withBirthday += c.birthday.isValid() ? 1 : 0;
            if (!c.email.isEmpty())
                QVERIFY2(c.email.contains(u'@') && c.email.section(u'@', 1).startsWith(u"example."),
                         qPrintable(c.email));
            if (c.birthday.isValid())
                QVERIFY(c.birthday < TestSupport::fixedNow().date().addYears(-15) &&
                        c.birthday.year() > 1920);
        }
        QCOMPARE(channels.size(), 3);
        const double marketingShare = double(marketing) / all.size();
        QVERIFY2(marketingShare > 0.55 && marketingShare < 0.8, qPrintable(QString::number(marketingShare)));
        QVERIFY(withEmail > all.size() / 5 && withEmail < all.size() * 3 / 5);
        QVERIFY(withBirthday > all.size() / 5 && withBirthday < all.size() * 3 / 5);
    }

    void salesSpanTwoYearsOfOpeningHours()
    {
        DemoRun run = demo(QStringLiteral("RU"), 500, 21);
        QVERIFY(run.summary.ok());
        const QList<Sale> sales = salesOf(*run.scratch->db);
        QCOMPARE(run.summary->sales, int(sales.size()));
        const QDateTime now = TestSupport::fixedNow();
        QDateTime earliest = now;
        QDateTime latest;
        QSet<QString> refs;
        const QTimeZone moscow("Europe/Moscow");
        int weekend = 0;
        for (const Sale& s : sales) {
            QVERIFY(s.at <= now);
            QVERIFY(s.at >= now.addDays(-731));
            QVERIFY(s.amountMinor > 0);
            earliest = qMin(earliest, s.at);
            latest = qMax(latest, s.at);
            refs.insert(s.saleRef);
            const QDateTime local = s.at.toTimeZone(moscow);
            QVERIFY2(local.time() >= QTime(9, 0) && local.time() < QTime(20, 0),
                     qPrintable(local.toString()));
            weekend += local.date().dayOfWeek() >= Qt::Saturday ? 1 : 0;
        }
        QCOMPARE(refs.size(), sales.size());
        QVERIFY2(earliest < now.addDays(-700), qPrintable(earliest.toString(Qt::ISODate)));
        QVERIFY2(latest > now.addDays(-3), qPrintable(latest.toString(Qt::ISODate)));
        // Weekends are busier: two days of seven bring clearly more than 2/7 of the sales.
        const double weekendShare = double(weekend) / sales.size();
        QVERIFY2(weekendShare > 0.31 && weekendShare < 0.45, qPrintable(QString::number(weekendShare)));

        // A customer enrols with their first purchase.
        QHash<qint64, QDateTime> firstSale;
        for (const Sale& s : sales) {
            if (!firstSale.contains(s.customerId) || s.at < firstSale.value(s.customerId))
                firstSale.insert(s.customerId, s.at);
        }
        for (const CustomerRecord& c : customersOf(*run.scratch->db))
            QCOMPARE(firstSale.value(c.id), c.createdAt);
    }

    void hasTheShapeOfRealCustomers()
    {
        DemoRun run = demo(QStringLiteral("GB"), 1000, 1);
        QVERIFY(run.summary.ok());
        QHash<qint64, QSet<QDate>> days;
        QHash<qint64, int> purchases;
        qint64 smallest = std::numeric_limits<qint64>::max();
        qint64 largest = 0;
        for (const Sale& s : salesOf(*run.scratch->db)) {
            days[s.customerId].insert(s.at.date());
            purchases[s.customerId] += 1;
            smallest = qMin(smallest, s.amountMinor);
            largest = qMax(largest, s.amountMinor);
        }
        QCOMPARE(purchases.size(), 1000);
        int once = 0;
        int fiveOrMore = 0;
        int repeat = 0;
        int weeklyRegulars = 0;
        for (auto it = days.cbegin(); it != days.cend(); ++it) {
            once += purchases.value(it.key()) == 1 ? 1 : 0;
            fiveOrMore += purchases.value(it.key()) >= 5 ? 1 : 0;
            repeat += it.value().size() >= 2 ? 1 : 0;
            weeklyRegulars += purchases.value(it.key()) >= 40 ? 1 : 0;
        }
        const double onceShare = once / 1000.0;
        const double fiveShare = fiveOrMore / 1000.0;
        const double repeatRate = repeat / 1000.0;
        QVERIFY2(onceShare > 0.2 && onceShare < 0.5, qPrintable(QString::number(onceShare)));
        QVERIFY2(fiveShare > 0.2 && fiveShare < 0.5, qPrintable(QString::number(fiveShare)));
        QVERIFY2(repeatRate > 0.5 && repeatRate < 0.8, qPrintable(QString::number(repeatRate)));
        QVERIFY2(weeklyRegulars >= 20, qPrintable(QString::number(weeklyRegulars)));
        // Baskets vary: the largest is many times the smallest.
        QVERIFY(largest > 10 * smallest);
    }

    void purchasesEarnAndSpendPointsThroughTheProgramme()
    {
        DemoRun run = demo(QStringLiteral("GB"), 200, 3, {}, true);
        QVERIFY(run.summary.ok());
        SettableClock clock(TestSupport::fixedNow());
        OwnerEverywhere access(QStringLiteral("test"));
        LoyaltyLedger ledger(*run.scratch->db, clock, access);
        const QStringList problems = ledger.check();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QHash<LedgerEntry::Kind, int> kinds;
        int withPoints = 0;
        for (const CustomerRecord& c : customersOf(*run.scratch->db)) {
            for (const StatementLine& line : ledger.statement(c.id))
                ++kinds[line.entry.kind];
            withPoints += ledger.status(c.id).balance > 0 ? 1 : 0;
        }
        QVERIFY(kinds.value(LedgerEntry::Kind::Earn) >= run.summary->sales);
        QVERIFY(kinds.value(LedgerEntry::Kind::Redeem) > 0);
        QVERIFY(kinds.value(LedgerEntry::Kind::Expire) > 0); // two years of history: some points lapsed
        QVERIFY(withPoints > 50);
        QVERIFY(ledger.programme().tiersEnabled);
    }

    void refusesADatabaseWithCustomers()
    {
        auto scratch = TestSupport::scratchDatabase(QStringLiteral("RU"));
        SettableClock clock(TestSupport::fixedNow());
        CustomerDirectory directory(*scratch->db, clock);
        CustomerDraft draft;
        draft.name = QStringLiteral("Анна Петрова");
        draft.phone = QStringLiteral("8 912 345-67-89");
        draft.dataConsent = true;
        draft.recordedBy = QStringLiteral("Olga");
        QVERIFY(directory.create(draft).ok());

        QHash<QString, qint64> before;
        for (const QString& table :
             {u"customers"_s, u"consents"_s, u"sales"_s, u"settings"_s, u"customer_terms"_s})
            before.insert(table, countRows(*scratch->db, table));

        DemoShop shop(*scratch->db, clock);
        DemoShop::Options options;
        options.customers = 50;
        options.region = QStringLiteral("IR");
        auto refused = shop.create(options);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().message.isEmpty());

        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(countRows(*scratch->db, it.key()), it.value());
        ShopSettings settings(*scratch->db);
        QCOMPARE(settings.value(ShopSettings::Key::Country), QStringLiteral("RU"));
        QVERIFY(!settings.isSet(ShopSettings::Key::ShopName));
        // The database is still usable for writes: the refusal left no transaction open.
        draft.name = QStringLiteral("Сергей Ёлкин");
        draft.phone = QStringLiteral("+7 926 111 22 33");
        QVERIFY(directory.create(draft).ok());
    }

    void refusesNonsense()
    {
        auto scratch = TestSupport::scratchDatabase(QString());
        SettableClock clock(TestSupport::fixedNow());
        DemoShop shop(*scratch->db, clock);
        DemoShop::Options options;
        options.customers = 0;
        options.region = QStringLiteral("RU");
        QVERIFY(!shop.create(options).ok());
        options.customers = 10;
        options.region = QStringLiteral("XQ");
        QVERIFY(!shop.create(options).ok());
        QCOMPARE(countRows(*scratch->db, QStringLiteral("customers")), 0);
        QVERIFY(!ShopSettings(*scratch->db).isSet(ShopSettings::Key::Country));
    }
};

QTEST_GUILESS_MAIN(TestDemoShop)
#include "test_demoshop.moc"
