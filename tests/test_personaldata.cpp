#include "AccessPolicy.h"
#include "Clock.h"
#include "CustomerDirectory.h"
#include "Database.h"
#include "LoyaltyLedger.h"
#include "PersonalData.h"
#include "ShopSettings.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
class NobodyAllowed final : public AccessPolicy
{
public:
    bool allows(Action) const override { return false; }
    QString actor() const override { return QStringLiteral("clerk"); }
};

qint64 scalar(Database& db, const QString& sql, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QStringList run(const QStringList& args)
{
    auto r = TestSupport::runRegulars(args);
    return {QString::number(r.exitCode), r.out, r.err};
}
} // namespace

class TestPersonalData : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::ScratchDatabase> m_scratch;
    std::unique_ptr<SettableClock> m_clock;
    qint64 m_anna = 0;
    qint64 m_boris = 0;
    qint64 m_vera = 0;

private Q_SLOTS:
    void init()
    {
        TestSupport::failOnWarnings();
        m_scratch = TestSupport::scratchDatabase();
        m_clock = std::make_unique<SettableClock>(TestSupport::fixedNow());
        ShopSettings settings(*m_scratch->db);
        QVERIFY(settings.setValue(ShopSettings::Key::ConsentVersion, QStringLiteral("2026-01")).ok());
        QVERIFY(settings.setValue(ShopSettings::Key::ConsentMarketingText, QStringLiteral("Offers by SMS."))
                    .ok());
        CustomerDirectory directory(*m_scratch->db, *m_clock);
        CustomerDraft anna = TestSupport::consentingDraft(
            QStringLiteral("Anna Petrova"), QStringLiteral("+79161234567"), QStringLiteral("0420000000013"));
        anna.email = QStringLiteral("anna@example.org");
        anna.notes = QStringLiteral("likes rye bread");
        anna.marketingConsent = true;
        m_anna = directory.create(anna).value();
        CustomerDraft boris =
            TestSupport::consentingDraft(QStringLiteral("Boris"), QStringLiteral("+79161234568"));
        boris.marketingConsent = true;
        m_boris = directory.create(boris).value();
        m_vera =
            directory
                .create(TestSupport::consentingDraft(QStringLiteral("Vera"), QStringLiteral("+79161234569")))
                .value();
        m_clock->advanceSecs(3600);
        // Boris takes his consent to offers back.
        QVERIFY(directory
                    .recordConsent(m_boris, ConsentRecord::Purpose::Marketing, false,
                                   ConsentRecord::Channel::Verbal, QStringLiteral("Olga"))
                    .ok());
        OwnerEverywhere owner(QStringLiteral("Olga"));
        LoyaltyLedger ledger(*m_scratch->db, *m_clock, owner);
        for (int i = 0; i < 3; ++i) {
            SaleRequest sale;
            sale.customerId = m_anna;
            sale.amountMinor = 1000 + i;
            sale.saleRef = QStringLiteral("R%1").arg(i);
            QVERIFY(ledger.recordSale(sale).ok());
        }
    }

    void exportHoldsEverythingAboutTheCustomer()
    {
        OwnerEverywhere owner(QStringLiteral("Olga"));
        PersonalData personal(*m_scratch->db, *m_clock, owner);
        const QString path = m_scratch->dir.filePath(QStringLiteral("anna.json"));
        QVERIFY(personal.exportTo(m_anna, path).ok());
        const QJsonObject all = readJson(path);
        const QJsonObject customer = all.value(QStringLiteral("customer")).toObject();
        QCOMPARE(customer.value(QStringLiteral("name")).toString(), QStringLiteral("Anna Petrova"));
        QCOMPARE(customer.value(QStringLiteral("phone_e164")).toString(), QStringLiteral("+79161234567"));
        QCOMPARE(customer.value(QStringLiteral("card_number")).toString(), QStringLiteral("0420000000013"));
        QCOMPARE(customer.value(QStringLiteral("email")).toString(), QStringLiteral("anna@example.org"));
        QCOMPARE(customer.value(QStringLiteral("notes")).toString(), QStringLiteral("likes rye bread"));
        const QJsonArray consents = all.value(QStringLiteral("consents")).toArray();
        QCOMPARE(consents.size(), 2);
        const QString marketingHash = QString::fromLatin1(
            QCryptographicHash::hash(QByteArrayLiteral("Offers by SMS."), QCryptographicHash::Sha256)
                .toHex());
        bool sawMarketing = false;
        for (const QJsonValue& c : consents) {
            QCOMPARE(c[QStringLiteral("text_version")].toString(), QStringLiteral("2026-01"));
            if (c[QStringLiteral("purpose")].toString() == u"marketing") {
                sawMarketing = true;
                QCOMPARE(c[QStringLiteral("text_sha256")].toString(), marketingHash);
            }
        }
        QVERIFY(sawMarketing);
        QCOMPARE(all[QStringLiteral("consent_texts")][QStringLiteral("marketing_sha256")].toString(),
                 marketingHash);
        const QJsonArray sales = all.value(QStringLiteral("sales")).toArray();
        QCOMPARE(sales.size(), 3);
        QCOMPARE(sales[0][QStringLiteral("sale_ref")].toString(), QStringLiteral("R0"));
        QCOMPARE(sales[0][QStringLiteral("amount_minor")].toInteger(), 1000);
        QCOMPARE(sales[0][QStringLiteral("at")].toString(), QStringLiteral("2026-03-01T11:00:00.000Z"));
        QCOMPARE(all.value(QStringLiteral("ledger")).toArray().size(),
                 scalar(*m_scratch->db, QStringLiteral("SELECT count(*) FROM ledger WHERE customer_id = ?"),
                        m_anna));
        for (const char* key : {"stamp_cards", "vouchers", "coupons"})
            QVERIFY(all.value(QString::fromLatin1(key)).isArray());
        // Nothing of another customer.
        QVERIFY(!QString::fromUtf8(QJsonDocument(all).toJson()).contains(QStringLiteral("Boris")));
    }

    void pdfIsReadable()
    {
        OwnerEverywhere owner(QStringLiteral("Olga"));
        PersonalData personal(*m_scratch->db, *m_clock, owner);
        const QString path = m_scratch->dir.filePath(QStringLiteral("anna.pdf"));
        QVERIFY(personal.exportTo(m_anna, path).ok());
        // NFKC turns the font's ligatures (ﬀ in "Offers") back into letters.
        const QString text =
            TestSupport::programOutput(QStringLiteral("pdftotext"), {path, QStringLiteral("-")})
                .normalized(QString::NormalizationForm_KC);
        QVERIFY(!text.contains(QStringLiteral("%2")));
        for (const QString& expected :
             {QStringLiteral("Anna Petrova"), QStringLiteral("+79161234567"), QStringLiteral("0420000000013"),
              QStringLiteral("anna@example.org"), QStringLiteral("Your consents"),
              QStringLiteral("Your purchases"), QStringLiteral("Offers by SMS."), QStringLiteral("2026-01")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        QVERIFY(!personal.exportTo(m_anna, m_scratch->dir.filePath(QStringLiteral("anna.txt"))).ok());
        QVERIFY(
            personal
                .exportTo(m_anna, m_scratch->dir.filePath(QStringLiteral("anna.txt")), QStringLiteral("json"))
                .ok());
    }

    void onlyTheOwnerMay()
    {
        NobodyAllowed clerk;
        PersonalData personal(*m_scratch->db, *m_clock, clerk);
        auto collected = personal.collect(m_anna);
        QVERIFY(!collected.ok());
        QCOMPARE(collected.error().kind, Error::Kind::NotAllowed);
        auto anonymised = personal.anonymise(m_anna);
        QVERIFY(!anonymised.ok());
        QCOMPARE(anonymised.error().kind, Error::Kind::NotAllowed);
        CustomerDirectory directory(*m_scratch->db, *m_clock);
        QCOMPARE(directory.store().byId(m_anna)->name, QStringLiteral("Anna Petrova"));
    }

    void anonymiseErasesContactDetailsAndKeepsHistory()
    {
        OwnerEverywhere owner(QStringLiteral("Olga"));
        PersonalData personal(*m_scratch->db, *m_clock, owner);
        const qint64 ledgerRows = scalar(
            *m_scratch->db, QStringLiteral("SELECT count(*) FROM ledger WHERE customer_id = ?"), m_anna);
        QVERIFY(personal.anonymise(m_anna).ok());
        CustomerDirectory directory(*m_scratch->db, *m_clock);
        const auto anna = directory.store().byId(m_anna);
        QVERIFY(anna);
        QCOMPARE(anna->name, QStringLiteral("Customer #%1").arg(m_anna));
        QVERIFY(anna->phoneE164.isEmpty());
        QVERIFY(anna->cardNumber.isEmpty());
        QVERIFY(anna->email.isEmpty());
        QVERIFY(anna->notes.isEmpty());
        QVERIFY(!anna->birthday.isValid());
        QVERIFY(directory.find(QStringLiteral("Anna"), 10, true).isEmpty());
        QVERIFY(directory.find(QStringLiteral("+79161234567"), 10, true).isEmpty());
        QCOMPARE(scalar(*m_scratch->db,
                        QStringLiteral("SELECT count(*) FROM customer_terms WHERE customer_id = ?"), m_anna),
                 0);
        QCOMPARE(scalar(*m_scratch->db, QStringLiteral("SELECT count(*) FROM sales WHERE customer_id = ?"),
                        m_anna),
                 3);
        QCOMPARE(scalar(*m_scratch->db, QStringLiteral("SELECT count(*) FROM ledger WHERE customer_id = ?"),
                        m_anna),
                 ledgerRows);
        QCOMPARE(scalar(*m_scratch->db, QStringLiteral("SELECT count(*) FROM consents WHERE customer_id = ?"),
                        m_anna),
                 2);
        QCOMPARE(personal.anonymise(m_anna).error().kind, Error::Kind::Invalid);
        // Its number and history still export, without any contact detail.
        const auto collected = personal.collect(m_anna);
        const QJsonObject all = collected.value();
        QVERIFY(all[QStringLiteral("customer")][QStringLiteral("phone_e164")].isNull());
        QVERIFY(!all[QStringLiteral("customer")][QStringLiteral("anonymised_at")].isNull());
    }

    void lapsedCustomersFollowTheRetentionRule()
    {
        OwnerEverywhere owner(QStringLiteral("Olga"));
        PersonalData personal(*m_scratch->db, *m_clock, owner);
        QVERIFY(personal.lapsed(1)->isEmpty());
        QVERIFY(personal.lapsed(0)->isEmpty());
        m_clock->set(TestSupport::fixedNow().addYears(1).addSecs(1800));
        // Anna bought an hour after the others enrolled: at one year and half an hour, only Boris and Vera.
        QList<qint64> ids;
        const QList<LapsedCustomer> lapsed = personal.lapsed(1).value();
        for (const LapsedCustomer& c : lapsed)
            ids.append(c.id);
        QCOMPARE(ids, (QList<qint64>{m_boris, m_vera}));
        m_clock->advanceSecs(3600);
        QCOMPARE(personal.lapsed(1)->size(), 3);
        QVERIFY(personal.anonymise(m_vera).ok());
        QCOMPARE(personal.lapsed(1)->size(), 2);
        QVERIFY(personal.lapsed(2)->isEmpty());
    }

    void marketingExportHoldsOnlyConsentingCustomers()
    {
        m_scratch->db.reset();
        const QString db = m_scratch->path();
        const QString all = m_scratch->dir.filePath(QStringLiteral("all.csv"));
        const QString marketing = m_scratch->dir.filePath(QStringLiteral("marketing.csv"));
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("customers"), QStringLiteral("export"), all})
                     .value(0),
                 QStringLiteral("0"));
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("customers"), QStringLiteral("export"),
                      marketing, QStringLiteral("--marketing")})
                     .value(0),
                 QStringLiteral("0"));
        QFile a(all), m(marketing);
        QVERIFY(a.open(QIODevice::ReadOnly) && m.open(QIODevice::ReadOnly));
        const QString everyone = QString::fromUtf8(a.readAll());
        const QString consenting = QString::fromUtf8(m.readAll());
        QVERIFY(everyone.contains(QStringLiteral("Boris")) && everyone.contains(QStringLiteral("Vera")));
        QVERIFY(consenting.contains(QStringLiteral("Anna Petrova")));
        QVERIFY(!consenting.contains(QStringLiteral("Boris")));
        QVERIFY(!consenting.contains(QStringLiteral("Vera")));
    }

    void anonymisingKeepsTheReportsIdentical()
    {
        m_scratch->db.reset();
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.sqlite3"));
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--customers"),
                      QStringLiteral("60"), QStringLiteral("--region"), QStringLiteral("RU")})
                     .value(0),
                 QStringLiteral("0"));
        const QStringList report = {QStringLiteral("--db"), db, QStringLiteral("report"),
                                    QStringLiteral("retention")};
        const QStringList before = run(report);
        QCOMPARE(before.value(0), QStringLiteral("0"));
        QVERIFY(!before.value(1).isEmpty());
        for (int id = 1; id <= 40; id += 3) {
            const QStringList done = run({QStringLiteral("--db"), db, QStringLiteral("customers"),
                                          QStringLiteral("anonymise"), QStringLiteral("id:%1").arg(id)});
            QVERIFY2(done.value(0) == u"0", qPrintable(done.value(2)));
        }
        QCOMPARE(run(report).value(1), before.value(1));
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("check")}).value(0), QStringLiteral("0"));
        const QStringList lapsed =
            run({QStringLiteral("--db"), db, QStringLiteral("customers"), QStringLiteral("lapsed"),
                 QStringLiteral("--years"), QStringLiteral("1")});
        QCOMPARE(lapsed.value(0), QStringLiteral("0"));
        for (const QJsonObject& o : TestSupport::jsonLines(lapsed.value(1)))
            QVERIFY(!o.value(QStringLiteral("name")).toString().startsWith(QStringLiteral("Customer #")));
    }
};

QTEST_MAIN(TestPersonalData)
#include "test_personaldata.moc"
