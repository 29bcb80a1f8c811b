#include "CustomerDirectory.h"
#include "GuiTestSupport.h"
#include "LoyaltyLedger.h"
#include "Session.h"
#include "TestSupport.h"
#include "UserAccounts.h"
#include "UsersDialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using GuiTestSupport::typeText;


// The owner adds a clerk, gives a clerk a new PIN, disables one, and sets the idle time and the clerks'
// refund limit.
class TestUsersDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSupport::ScratchDatabase> m_scratch;
    std::unique_ptr<SettableClock> m_clock;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<UserAccounts> m_accounts;
    std::unique_ptr<CustomerDirectory> m_directory;
    std::unique_ptr<LoyaltyLedger> m_ledger;
    std::unique_ptr<UsersDialog> m_dialog;
    GuiTestSupport::RecordingPrompts m_prompts;
    qint64 m_kim = 0;

    QString cell(int row, int column) { return m_dialog->table()->item(row, column)->text(); }

private Q_SLOTS:
    void init()
    {
        TestSupport::failOnWarnings();
        Prompts::setInstance(&m_prompts);
        m_scratch = TestSupport::scratchDatabase();
        m_clock = std::make_unique<SettableClock>(TestSupport::fixedNow());
        m_session = std::make_unique<Session>(*m_scratch->db, QString());
        m_accounts = std::make_unique<UserAccounts>(*m_scratch->db, *m_clock, *m_session);
        m_directory = std::make_unique<CustomerDirectory>(*m_scratch->db, *m_clock);
        m_directory->setAccess(*m_session);
        m_ledger = std::make_unique<LoyaltyLedger>(*m_scratch->db, *m_clock, *m_session);
        const qint64 owner = m_accounts->createOwner(QStringLiteral("Olga"), QStringLiteral("correct horse")).value();
        m_session->signIn(*m_accounts->user(owner));
        m_kim = m_accounts->addClerk(QStringLiteral("Kim"), QStringLiteral("1234")).value();
        m_dialog = std::make_unique<UsersDialog>(*m_accounts, *m_directory, *m_ledger);
        m_dialog->show();
    }
    void cleanup()
    {
        m_dialog.reset();
        m_scratch.reset();
        Prompts::setInstance(nullptr);
    }

    void addsAClerk()
    {
        QCOMPARE(m_dialog->table()->rowCount(), 2);
        typeText(m_dialog->newNameEdit(), QStringLiteral("Samira"));
        typeText(m_dialog->newPinEdit(), QStringLiteral("٥٦٧٨"));
        QTest::mouseClick(m_dialog->addButton(), Qt::LeftButton);
        QCOMPARE(m_dialog->table()->rowCount(), 3);
        QCOMPARE(cell(2, UsersDialog::Name), QStringLiteral("Samira"));
        QVERIFY(m_dialog->newPinEdit()->text().isEmpty());
        const qint64 samira = m_accounts->all().last().id;
        QVERIFY(m_accounts->signIn(samira, QStringLiteral("5678")).ok());
        // A PIN too short is refused with the reason.
        typeText(m_dialog->newNameEdit(), QStringLiteral("Lee"));
        typeText(m_dialog->newPinEdit(), QStringLiteral("12"));
        QTest::mouseClick(m_dialog->addButton(), Qt::LeftButton);
        QCOMPARE(m_dialog->table()->rowCount(), 3);
        QVERIFY(m_prompts.shown.last().contains(u"4 to 8"));
    }

    void resetsAndDisablesAClerk()
    {
        QVERIFY(!m_dialog->resetButton()->isEnabled());
        m_dialog->table()->selectRow(0); // the owner: no PIN, cannot be disabled
        QVERIFY(!m_dialog->resetButton()->isEnabled() && !m_dialog->disableButton()->isEnabled());
        m_dialog->table()->selectRow(1);
        QVERIFY(m_dialog->resetButton()->isEnabled());
        typeText(m_dialog->resetPinEdit(), QStringLiteral("9876"));
        QTest::mouseClick(m_dialog->resetButton(), Qt::LeftButton);
        QVERIFY(m_accounts->signIn(m_kim, QStringLiteral("9876")).ok());
        QTest::mouseClick(m_dialog->disableButton(), Qt::LeftButton);
        QVERIFY(m_accounts->user(m_kim)->isDisabled());
        QCOMPARE(cell(1, UsersDialog::State), QStringLiteral("disabled"));
        QVERIFY(!m_dialog->disableButton()->isEnabled());
    }

    void setsIdleTimeAndRefundLimit()
    {
        m_dialog->idleMinutesBox()->setValue(5);
        m_dialog->refundLimitEdit()->setText(QStringLiteral("12.50"));
        QTest::mouseClick(m_dialog->saveSettingsButton(), Qt::LeftButton);
        QCOMPARE(m_directory->settings().value(ShopSettings::Key::IdleLockMinutes), QStringLiteral("5"));
        QCOMPARE(m_ledger->programme().clerkRefundLimitMinor, 1250);
    }
};

QTEST_MAIN(TestUsersDialog)
#include "test_usersdialog.moc"
