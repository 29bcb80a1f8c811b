#include "CardNumber.h"
#include "CustomerDirectory.h"
#include "TestSupport.h"

#include <QTest>

namespace {

QList<qint64> ids(const QList<SearchHit>& hits)
{
    QList<qint64> result;
    for (const SearchHit& h : hits)
        result.append(h.customer.id);
    return result;
}
} // namespace

class TestCustomerDirectory : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::ScratchDatabase> m_scratch;
    std::unique_ptr<SettableClock> m_clock;
    std::unique_ptr<CustomerDirectory> m_directory;
    qint64 m_anna = 0;
    qint64 m_sergey = 0;
    qint64 m_ali = 0;
    qint64 m_fatima = 0;

private Q_SLOTS:
    void init()
    {
        TestSupport::failOnWarnings();
        m_scratch = TestSupport::scratchDatabase(QStringLiteral("RU"));
        m_clock = std::make_unique<SettableClock>(TestSupport::fixedNow());
        m_directory = std::make_unique<CustomerDirectory>(*m_scratch->db, *m_clock);
        m_anna = m_directory
                     ->create(TestSupport::consentingDraft(QStringLiteral("Анна Петрова"),
                                                           QStringLiteral("8 912 345-67-89"),
                                                           QStringLiteral("0420000000013")))
                     .value();
        m_sergey = m_directory
                       ->create(TestSupport::consentingDraft(QStringLiteral("Сергей Ёлкин"),
                                                             QStringLiteral("+7 926 111 22 33")))
                       .value();
        m_ali = m_directory
                    ->create(TestSupport::consentingDraft(QStringLiteral("علي رضایی"),
                                                          QStringLiteral("+98 912 123 4567")))
                    .value();
        m_fatima = m_directory
                       ->create(TestSupport::consentingDraft(QStringLiteral("فاطمة الزهراء"),
                                                             QStringLiteral("+966 50 123 4567")))
                       .value();
    }
    void cleanup()
    {
        m_directory.reset();
        m_scratch.reset();
    }

    void findsByPhoneInAnyForm_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("trunk 8 with dashes") << "8 912 345-67-89";
        QTest::newRow("+7 with brackets") << "+7 (912) 345 67 89";
        QTest::newRow("bare national") << "9123456789";
        QTest::newRow("00 prefix") << "007 912 345 67 89";
        QTest::newRow("arabic-indic digits") << "٨٩١٢٣٤٥٦٧٨٩";
        QTest::newRow("persian digits") << "+۷۹۱۲۳۴۵۶۷۸۹";
    }
    void findsByPhoneInAnyForm()
    {
        QFETCH(QString, query);
        const auto hits = m_directory->find(query);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().customer.id, m_anna);
        QCOMPARE(hits.first().match, SearchHit::Match::Phone);
    }

    void findOneNamesASinglePersonOrNobody()
    {
        QCOMPARE(m_directory->findOne(QStringLiteral("id:%1").arg(m_ali))->id, m_ali);
        QVERIFY(!m_directory->findOne(QStringLiteral("id:999")));
        QCOMPARE(m_directory->findOne(QStringLiteral("8 912 345-67-89"))->id, m_anna);
        QCOMPARE(m_directory->findOne(QStringLiteral("0420000000013"))->id, m_anna);
        QCOMPARE(m_directory->findOne(QStringLiteral("Ёлкин"))->id, m_sergey);
        // Two phones end in 4567: nobody is chosen, and both are offered.
        QList<SearchHit> hits;
        QVERIFY(!m_directory->findOne(QStringLiteral("4567"), &hits));
        QCOMPARE(hits.size(), 2);
        QVERIFY(!m_directory->findOne(QStringLiteral("Nobody"), &hits));
        QVERIFY(hits.isEmpty());
    }

    void findsByLastDigits()
    {
        auto hits = m_directory->find(QStringLiteral("6789"));
        QCOMPARE(ids(hits), QList<qint64>{m_anna});
        QCOMPARE(hits.first().match, SearchHit::Match::PhoneEnding);
        hits = m_directory->find(QStringLiteral("۴۵۶۷")); // Persian digits: Ali and Fatima both end in 4567
        QCOMPARE(hits.size(), 2);
        QVERIFY(ids(hits).contains(m_ali) && ids(hits).contains(m_fatima));
        QVERIFY(m_directory->find(QStringLiteral("567")).isEmpty()); // fewer than 4 digits is not a search
    }

    void findsByCardIncludingUpcRead()
    {
        for (const QString& query : {QStringLiteral("0420000000013"), QStringLiteral("420000000013")}) {
            const auto hits = m_directory->find(query);
            QVERIFY(!hits.isEmpty());
            QCOMPARE(hits.first().customer.id, m_anna);
            QCOMPARE(hits.first().match, SearchHit::Match::Card);
        }
    }

    void findsByNameRegardlessOfCaseDiacriticsAndLetterVariants_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("who");
        QTest::newRow("prefix lower case") << "анн" << 0;
        QTest::newRow("family name upper case") << "ПЕТРОВА" << 0;
        QTest::newRow("two words any order") << "петр анна" << 0;
        QTest::newRow("yo typed as ye") << "елкин" << 1;
        QTest::newRow("persian yeh for arabic yeh") << "علی" << 2;
        QTest::newRow("heh for teh marbuta") << "فاطمه" << 3;
        QTest::newRow("hamza-less alef") << "الزهرا" << 3;
    }
    void findsByNameRegardlessOfCaseDiacriticsAndLetterVariants()
    {
        QFETCH(QString, query);
        QFETCH(int, who);
        const qint64 expected[] = {m_anna, m_sergey, m_ali, m_fatima};
        const auto hits = m_directory->find(query);
        QCOMPARE(ids(hits), QList<qint64>{expected[who]});
        QCOMPARE(hits.first().match, SearchHit::Match::Name);
    }

    void refusesASecondCustomerWithTheSamePhoneOrCard()
    {
        const qint64 before = m_directory->store().count();
        auto samePhone = m_directory->create(
            TestSupport::consentingDraft(QStringLiteral("Someone"), QStringLiteral("+79123456789")));
        QVERIFY(!samePhone.ok());
        QCOMPARE(samePhone.error().kind, Error::Kind::Duplicate);
        QCOMPARE(samePhone.error().relatedId, m_anna);
        auto sameCard = m_directory->create(TestSupport::consentingDraft(QStringLiteral("Someone"), QString(),
                                                                         QStringLiteral("420000000013")));
        QVERIFY(!sameCard.ok());
        QCOMPARE(sameCard.error().relatedId, m_anna);
        QCOMPARE(m_directory->store().count(), before);

        const auto problems = m_directory->validate(
            TestSupport::consentingDraft(QStringLiteral("X"), QStringLiteral("89123456789")));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, FieldProblem::Field::Phone);
        QCOMPARE(problems.first().existingCustomerId, m_anna);
        QVERIFY(problems.first().message.contains(QStringLiteral("Анна Петрова")));
    }

    void refusesInvalidInputAndSavesNothing()
    {
        const qint64 before = m_directory->store().count();
        auto invalidPhone = m_directory->create(
            TestSupport::consentingDraft(QStringLiteral("X"), QStringLiteral("8 912 34")));
        QVERIFY(!invalidPhone.ok());
        QVERIFY2(invalidPhone.error().message.contains(QStringLiteral("Russia")),
                 qPrintable(invalidPhone.error().message));
        QVERIFY(!m_directory
                     ->create(TestSupport::consentingDraft(QStringLiteral("X"), QString(),
                                                           QStringLiteral("0420000000014")))
                     .ok());
        CustomerDraft noConsent =
            TestSupport::consentingDraft(QStringLiteral("X"), QStringLiteral("+79001112233"));
        noConsent.dataConsent = false;
        QVERIFY(!m_directory->create(noConsent).ok());
        CustomerDraft nobodyRecorded =
            TestSupport::consentingDraft(QStringLiteral("X"), QStringLiteral("+79001112233"));
        nobodyRecorded.recordedBy = QStringLiteral("  ");
        QVERIFY(!m_directory->create(nobodyRecorded).ok());
        const auto consentProblems = m_directory->validate(noConsent);
        QCOMPARE(consentProblems.size(), 1);
        QCOMPARE(consentProblems.first().field, FieldProblem::Field::Consent);
        // Editing a customer does not ask for their consent again.
        QVERIFY(m_directory->validate(noConsent, m_anna).isEmpty());
        CustomerDraft badDate =
            TestSupport::consentingDraft(QStringLiteral("X"), QStringLiteral("+79001112233"));
        badDate.birthday = QStringLiteral("31.02.1990");
        QVERIFY(!m_directory->create(badDate).ok());
        CustomerDraft badEmail =
            TestSupport::consentingDraft(QStringLiteral("X"), QStringLiteral("+79001112233"));
        badEmail.email = QStringLiteral("anna at mail");
        QVERIFY(!m_directory->create(badEmail).ok());
        QVERIFY(!m_directory->create(TestSupport::consentingDraft(QStringLiteral("Nobody"), QString())).ok());
        QCOMPARE(m_directory->store().count(), before);
    }

    void recordsConsentAndWithdrawalWithoutOverwriting()
    {
        CustomerDraft d =
            TestSupport::consentingDraft(QStringLiteral("Olga"), QStringLiteral("+79005556677"));
        d.marketingConsent = true;
        d.consentChannel = ConsentRecord::Channel::Digital;
        const qint64 olga = m_directory->create(d).value();
        auto marketing = m_directory->consent(olga, ConsentRecord::Purpose::Marketing);
        QVERIFY(marketing && marketing->granted);
        QCOMPARE(marketing->channel, ConsentRecord::Channel::Digital);
        QCOMPARE(marketing->recordedBy, QStringLiteral("Olga"));
        QCOMPARE(marketing->textSha256.size(), 64);

        m_clock->advanceSecs(3600);
        QVERIFY(m_directory
                    ->recordConsent(olga, ConsentRecord::Purpose::Marketing, false,
                                    ConsentRecord::Channel::Verbal, QStringLiteral("Ivan"))
                    .ok());
        marketing = m_directory->consent(olga, ConsentRecord::Purpose::Marketing);
        QVERIFY(marketing && !marketing->granted);
        QCOMPARE(marketing->at, TestSupport::fixedNow().addSecs(3600));
        const auto history = m_directory->consentHistory(olga);
        QCOMPARE(history.size(), 3); // data, marketing given, marketing withdrawn
        QVERIFY(history[1].granted && !history[2].granted);
        QVERIFY(m_directory->consent(olga, ConsentRecord::Purpose::Data)->granted);
    }

    void archivedCustomersAreHiddenUnlessAskedFor()
    {
        QVERIFY(m_directory->archive(m_sergey).ok());
        QVERIFY(m_directory->find(QStringLiteral("елкин")).isEmpty());
        QVERIFY(m_directory->find(QStringLiteral("+79261112233")).isEmpty());
        QVERIFY(m_directory->find(QStringLiteral("2233")).isEmpty());
        QCOMPARE(ids(m_directory->find(QStringLiteral("елкин"), 50, true)), QList<qint64>{m_sergey});
        QCOMPARE(ids(m_directory->find(QStringLiteral("2233"), 50, true)), QList<qint64>{m_sergey});
        // The phone stays taken while archived: one customer per phone.
        QVERIFY(
            !m_directory
                 ->create(TestSupport::consentingDraft(QStringLiteral("New"), QStringLiteral("+79261112233")))
                 .ok());
        QVERIFY(m_directory->restore(m_sergey).ok());
        QCOMPARE(ids(m_directory->find(QStringLiteral("елкин"))), QList<qint64>{m_sergey});
    }

    void issuesTheNextFreeCard()
    {
        const QString next = m_directory->nextFreeCard();
        QCOMPARE(next, CardNumber::fromSerial(QStringLiteral("042"), 2));
        QVERIFY(CardNumber::normalize(next).ok());
        QVERIFY(
            m_directory->create(TestSupport::consentingDraft(QStringLiteral("Card holder"), QString(), next))
                .ok());
        QCOMPARE(m_directory->nextFreeCard(), CardNumber::fromSerial(QStringLiteral("042"), 3));
    }

    void editKeepsIdentityAndUpdatesSearch()
    {
        CustomerDraft d =
            TestSupport::consentingDraft(QStringLiteral("Анна Сидорова"), QStringLiteral("+79123456789"));
        d.nickname = QStringLiteral("Нюра");
        QVERIFY(m_directory->update(m_anna, d).ok());
        QVERIFY(m_directory->find(QStringLiteral("петрова")).isEmpty());
        QCOMPARE(ids(m_directory->find(QStringLiteral("нюра"))), QList<qint64>{m_anna});
        QCOMPARE(m_directory->customer(m_anna)->createdAt, TestSupport::fixedNow());
        // Taking another customer's phone in an edit is refused.
        CustomerDraft steal =
            TestSupport::consentingDraft(QStringLiteral("Анна"), QStringLiteral("+79261112233"));
        auto refused = m_directory->update(m_anna, steal);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().relatedId, m_sergey);
    }
};

QTEST_GUILESS_MAIN(TestCustomerDirectory)
#include "test_customerdirectory.moc"
