#include "AuditStore.h"
#include "Session.h"
#include "TestSupport.h"
#include "UserAccounts.h"

#include <QSqlQuery>
#include <QTest>

// The owner's account, clerks and their PINs, signing in with the lock after five wrong secrets, the policy
// of the person signed in, and the audit lines all of it leaves.
class TestUserAccounts : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSupport::ScratchDatabase> m_scratch;
    std::unique_ptr<SettableClock> m_clock;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<UserAccounts> m_accounts;

    QList<AuditEntry> audit(const QString& action)
    {
        AuditFilter filter;
        filter.action = action;
        return AuditStore(*m_scratch->db).find(filter);
    }

private Q_SLOTS:
    void init()
    {
        TestSupport::failOnWarnings();
        m_scratch = TestSupport::scratchDatabase();
        m_clock = std::make_unique<SettableClock>(TestSupport::fixedNow());
        m_session = std::make_unique<Session>(*m_scratch->db, QStringLiteral("till operator"));
        m_accounts = std::make_unique<UserAccounts>(*m_scratch->db, *m_clock, *m_session);
    }

    void withoutUsersWhoeverRunsItIsOwner()
    {
        QVERIFY(!m_session->usersExist());
        QVERIFY(m_session->isOwner());
        QVERIFY(m_session->allows(AccessPolicy::Action::ManageUsers));
        QCOMPARE(m_session->actor(), QStringLiteral("till operator"));
    }

    void ownerPasswordIsHashedAndChecked()
    {
        QVERIFY(!m_accounts->createOwner(QStringLiteral("Olga"), QStringLiteral("short")).ok());
        auto owner = m_accounts->createOwner(QStringLiteral("Olga"), QStringLiteral("correct horse"));
        QVERIFY2(owner.ok(), qPrintable(owner.ok() ? QString() : owner.error().message));
        // Once a user exists, nobody signed in may do anything owner-only.
        QVERIFY(m_session->usersExist());
        QVERIFY(!m_session->allows(AccessPolicy::Action::ChangeProgramme));
        QVERIFY(!m_accounts->createOwner(QStringLiteral("Boris"), QStringLiteral("another one")).ok());

        QSqlQuery q(m_scratch->db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT secret_hash FROM users")) && q.next());
        QVERIFY(q.value(0).toString().startsWith(u"$argon2id$"));
        QVERIFY(!q.value(0).toString().contains(u"correct horse"));

        QVERIFY(!m_accounts->signIn(owner.value(), QStringLiteral("wrong horse")).ok());
        auto signedIn = m_accounts->signIn(owner.value(), QStringLiteral("correct horse"));
        QVERIFY(signedIn.ok());
        QCOMPARE(signedIn->failedAttempts, 0);
        m_session->signIn(signedIn.value());
        QVERIFY(m_session->allows(AccessPolicy::Action::ManageUsers));
        QCOMPARE(m_session->actor(), QStringLiteral("Olga"));
        QCOMPARE(audit(QStringLiteral("user.create")).size(), 1);
        QCOMPARE(audit(QStringLiteral("user.create")).first().userName, QStringLiteral("Olga"));
    }

    void pinsTakeAnyDigits()
    {
        QCOMPARE(UserAccounts::pinDigits(QStringLiteral("1234")).value(), QStringLiteral("1234"));
        QCOMPARE(UserAccounts::pinDigits(QStringLiteral("١٢٣٤٥")).value(), QStringLiteral("12345")); // Arabic-Indic
        QCOMPARE(UserAccounts::pinDigits(QStringLiteral("۱۲۳۴۵۶")).value(), QStringLiteral("123456")); // Persian
        QVERIFY(!UserAccounts::pinDigits(QStringLiteral("123")).ok());
        QVERIFY(!UserAccounts::pinDigits(QStringLiteral("123456789")).ok());
        QVERIFY(!UserAccounts::pinDigits(QStringLiteral("12a4")).ok());
    }

    void clerksAreManagedByTheOwnerOnly()
    {
        auto owner = m_accounts->createOwner(QStringLiteral("Olga"), QStringLiteral("correct horse"));
        QVERIFY(owner.ok());
        // Nobody signed in: refused.
        auto refused = m_accounts->addClerk(QStringLiteral("Kim"), QStringLiteral("1234"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::NotAllowed);
        m_session->signIn(*m_accounts->user(owner.value()));
        auto kim = m_accounts->addClerk(QStringLiteral("Kim"), QStringLiteral("١٢٣٤"));
        QVERIFY(kim.ok());
        QVERIFY(!m_accounts->addClerk(QStringLiteral("kim"), QStringLiteral("5555")).ok()); // same name

        // The clerk signs in with the PIN in Latin digits too, and may not manage users.
        auto clerk = m_accounts->signIn(kim.value(), QStringLiteral("1234"));
        QVERIFY(clerk.ok());
        m_session->signIn(clerk.value());
        QVERIFY(!m_session->isOwner());
        QCOMPARE(m_accounts->addClerk(QStringLiteral("Lee"), QStringLiteral("9999")).error().kind,
                 Error::Kind::NotAllowed);
        QCOMPARE(m_accounts->resetPin(kim.value(), QStringLiteral("9999")).error().kind, Error::Kind::NotAllowed);
        QCOMPARE(m_accounts->disable(kim.value()).error().kind, Error::Kind::NotAllowed);

        m_session->signIn(*m_accounts->user(owner.value()));
        QVERIFY(m_accounts->resetPin(kim.value(), QStringLiteral("4321")).ok());
        QVERIFY(!m_accounts->signIn(kim.value(), QStringLiteral("1234")).ok());
        QVERIFY(m_accounts->signIn(kim.value(), QStringLiteral("4321")).ok());
        QVERIFY(!m_accounts->disable(owner.value()).ok());
        QVERIFY(m_accounts->disable(kim.value()).ok());
        QCOMPARE(m_accounts->signIn(kim.value(), QStringLiteral("4321")).error().kind, Error::Kind::NotFound);

        const QList<AuditEntry> disabled = audit(QStringLiteral("user.disable"));
        QCOMPARE(disabled.size(), 1);
        QCOMPARE(disabled.first().userName, QStringLiteral("Olga"));
        QVERIFY(disabled.first().newValue.contains(u"\"disabled\":true"));
        QVERIFY(!disabled.first().oldValue.contains(u"disabled"));
        const QList<AuditEntry> reset = audit(QStringLiteral("user.reset_pin"));
        QCOMPARE(reset.size(), 1);
        QVERIFY(!reset.first().newValue.contains(u"4321")); // the PIN itself is never logged
    }

    void fiveWrongPinsLockForThirtySecondsThenDouble()
    {
        auto owner = m_accounts->createOwner(QStringLiteral("Olga"), QStringLiteral("correct horse"));
        m_session->signIn(*m_accounts->user(owner.value()));
        const qint64 kim = m_accounts->addClerk(QStringLiteral("Kim"), QStringLiteral("1234")).value();

        for (int i = 0; i < 4; ++i)
            QCOMPARE(m_accounts->signIn(kim, QStringLiteral("0000")).error().kind, Error::Kind::Invalid);
        auto fifth = m_accounts->signIn(kim, QStringLiteral("0000"));
        QCOMPARE(fifth.error().kind, Error::Kind::NotAllowed);
        QCOMPARE(fifth.error().relatedId, 30);
        // Locked: even the right PIN is not checked.
        m_clock->advanceSecs(29);
        QCOMPARE(m_accounts->signIn(kim, QStringLiteral("1234")).error().kind, Error::Kind::NotAllowed);
        m_clock->advanceSecs(1);
        // Five more wrong ones: 60 s this time.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(m_accounts->signIn(kim, QStringLiteral("0000")).error().kind, Error::Kind::Invalid);
        QCOMPARE(m_accounts->signIn(kim, QStringLiteral("0000")).error().relatedId, 60);
        m_clock->advanceSecs(59);
        QCOMPARE(m_accounts->signIn(kim, QStringLiteral("1234")).error().kind, Error::Kind::NotAllowed);
        m_clock->advanceSecs(1);
        for (int i = 0; i < 5; ++i)
            (void)m_accounts->signIn(kim, QStringLiteral("0000"));
        QCOMPARE(m_accounts->secondsLocked(*m_accounts->user(kim)), 120);
        m_clock->advanceSecs(120);
        // The right PIN after the lock clears every counter: the next lock is 30 s again.
        QVERIFY(m_accounts->signIn(kim, QStringLiteral("1234")).ok());
        for (int i = 0; i < 5; ++i)
            (void)m_accounts->signIn(kim, QStringLiteral("0000"));
        QCOMPARE(m_accounts->secondsLocked(*m_accounts->user(kim)), 30);

        QCOMPARE(audit(QStringLiteral("user.sign_in_failed")).size(), 20);
        const QList<AuditEntry> locks = audit(QStringLiteral("user.locked"));
        QCOMPARE(locks.size(), 4);
        QCOMPARE(locks.first().userName, QStringLiteral("Kim"));
        QVERIFY(locks[1].newValue.contains(u"\"seconds\":120"));
    }
};

QTEST_GUILESS_MAIN(TestUserAccounts)
#include "test_useraccounts.moc"
