#include "GuiTestSupport.h"
#include "OwnerAccountForm.h"
#include "TestSupport.h"
#include "UserAccounts.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using GuiTestSupport::typeText;

// The owner's name and password form that the first start (and later a first-run wizard) shows.
class TestOwnerAccountForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { TestSupport::failOnWarnings(); }

    void completeOnlyWithANameAndTwoMatchingPasswords()
    {
        OwnerAccountForm form;
        QSignalSpy complete(&form, &OwnerAccountForm::completeChanged);
        QVERIFY(!form.isComplete());
        typeText(form.nameEdit(), QStringLiteral("Олга"));
        typeText(form.passwordEdit(), QStringLiteral("short"));
        QVERIFY(!form.isComplete());
        form.passwordEdit()->setText(QStringLiteral("correct horse"));
        typeText(form.repeatEdit(), QStringLiteral("correct hors"));
        QVERIFY(!form.isComplete());
        typeText(form.repeatEdit(), QStringLiteral("e"));
        QVERIFY(form.isComplete());
        QCOMPARE(complete.last().value(0).toBool(), true);
    }

    void createsTheOwnerOnce()
    {
        auto scratch = TestSupport::scratchDatabase();
        SettableClock clock(TestSupport::fixedNow());
        const OwnerEverywhere nobody(QString{});
        UserAccounts accounts(*scratch->db, clock, nobody);
        OwnerAccountForm form;
        form.setName(QStringLiteral("Olga"));
        form.passwordEdit()->setText(QStringLiteral("correct horse"));
        form.repeatEdit()->setText(QStringLiteral("correct horse"));
        auto created = form.createOwner(accounts);
        QVERIFY(created.ok());
        QCOMPARE(accounts.owner()->name, QStringLiteral("Olga"));
        QVERIFY(accounts.signIn(created.value(), QStringLiteral("correct horse")).ok());
        QVERIFY(!form.createOwner(accounts).ok()); // a shop has one owner
    }
};

QTEST_MAIN(TestOwnerAccountForm)
#include "test_owneraccountform.moc"
