#include "CustomerDirectory.h"
#include "CustomerPage.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Session.h"
#include "SignInScreen.h"
#include "TestSupport.h"
#include "TillLock.h"
#include "UserAccounts.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>

using GuiTestSupport::typeText;


// The till with people signing in: it opens locked, a clerk signs in with the PIN pad and sees no owner-only
// menu entries, wrong PINs lock the clerk out, the idle time locks it (moved by a settable clock), and the
// owner switches in from the menu.
class TestTillLock : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSupport::ScratchDatabase> m_scratch;
    std::unique_ptr<SettableClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
    GuiTestSupport::RecordingPrompts m_prompts;

    SignInScreen* screen() { return m_window->tillLock()->signInScreen(); }
    QList<QAction*> menuActions()
    {
        QList<QAction*> all;
        for (QAction* menu : m_window->menuBar()->actions())
            if (menu->menu())
                all += menu->menu()->actions();
        return all;
    }
    QList<QAction*> ownerOnlyActions()
    {
        QList<QAction*> owners;
        for (QAction* action : menuActions())
            if (action->property("ownerOnly").isValid())
                owners.append(action);
        return owners;
    }
    void signInWithPad(const QString& name, const QString& digits)
    {
        QVERIFY(screen()->chooseUser(name));
        QVERIFY(screen()->pinPad()->isVisible());
        for (QChar digit : digits) {
            auto* key = screen()->findChild<QPushButton*>(QStringLiteral("pinKey") + digit);
            QVERIFY(key);
            QTest::mouseClick(key, Qt::LeftButton);
        }
        QTest::mouseClick(screen()->signInButton(), Qt::LeftButton);
    }

private Q_SLOTS:
    void init()
    {
        TestSupport::failOnWarnings();
        Prompts::setInstance(&m_prompts);
        m_prompts.shown.clear();
        m_scratch = TestSupport::scratchDatabase();
        m_clock = std::make_unique<SettableClock>(TestSupport::fixedNow());
        {
            CustomerDirectory directory(*m_scratch->db, *m_clock);
            QVERIFY(directory
                        .create(TestSupport::consentingDraft(QStringLiteral("Anna"),
                                                             QStringLiteral("+79161234567")))
                        .ok());
            const OwnerEverywhere setup(QStringLiteral("setup"));
            UserAccounts accounts(*m_scratch->db, *m_clock, setup);
            QVERIFY(accounts.createOwner(QStringLiteral("Olga"), QStringLiteral("correct horse")).ok());
            QVERIFY(accounts.addClerk(QStringLiteral("Kim"), QStringLiteral("1234")).ok());
        }
        m_window = std::make_unique<MainWindow>(*m_scratch->db, *m_clock);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_scratch.reset();
        Prompts::setInstance(nullptr);
    }

    void opensLockedWithNothingShowing()
    {
        QVERIFY(m_window->tillLock()->isLocked());
        QVERIFY(screen()->isVisible());
        QVERIFY(!m_window->centralWidget()->isVisible());
        for (QAction* action : menuActions())
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        QCOMPARE(screen()->userList()->count(), 2);
        // A scanned card does not open a customer behind the screen.
        m_window->handleScan(QStringLiteral("+79161234567"));
        QCOMPARE(m_window->customerPage()->customerId(), 0);
    }

    void clerkSeesNoOwnerOnlyEntries()
    {
        signInWithPad(QStringLiteral("Kim"), QStringLiteral("1234"));
        QVERIFY(!m_window->tillLock()->isLocked());
        QVERIFY(m_window->centralWidget()->isVisible());
        QVERIFY(!screen()->isVisible());
        QVERIFY(m_window->tillLock()->userLabel()->text().contains(u"Kim"));
        QVERIFY(ownerOnlyActions().size() >= 9);
        for (QAction* action : ownerOnlyActions())
            QVERIFY2(!action->isVisible() && !action->isEnabled(), qPrintable(action->text()));
        for (QAction* action : menuActions())
            if (!action->property("ownerOnly").isValid() && !action->isSeparator())
                QVERIFY2(action->isVisible() && action->isEnabled(), qPrintable(action->text()));
        QVERIFY(m_window->customerPage()->archiveButton()->isHidden());
        // Reached another way (a shortcut, a script), the window still refuses.
        m_window->openReports();
        QVERIFY(!m_window->reportsWindow());
        QVERIFY(m_prompts.shown.last().contains(u"Only the owner"));
    }

    void wrongPinsSaySoAndLockTheClerk()
    {
        QVERIFY(screen()->chooseUser(QStringLiteral("Kim")));
        for (int i = 0; i < 4; ++i) {
            typeText(screen()->secretEdit(), QStringLiteral("0000"));
            QTest::keyClick(screen()->secretEdit(), Qt::Key_Return);
            QVERIFY(screen()->problemLabel()->text().contains(u"not right"));
        }
        typeText(screen()->secretEdit(), QStringLiteral("0000"));
        QTest::keyClick(screen()->secretEdit(), Qt::Key_Return);
        QVERIFY(screen()->problemLabel()->text().contains(u"30"));
        // Even the right PIN (in Arabic-Indic digits) waits for the lock to end.
        typeText(screen()->secretEdit(), QStringLiteral("١٢٣٤"));
        QTest::keyClick(screen()->secretEdit(), Qt::Key_Return);
        QVERIFY(m_window->tillLock()->isLocked());
        m_clock->advanceSecs(30);
        typeText(screen()->secretEdit(), QStringLiteral("١٢٣٤"));
        QTest::keyClick(screen()->secretEdit(), Qt::Key_Return);
        QVERIFY(!m_window->tillLock()->isLocked());
    }

    void locksAfterTheIdleTime()
    {
        signInWithPad(QStringLiteral("Kim"), QStringLiteral("1234"));
        QCOMPARE(m_window->tillLock()->idleMinutes(), 10);
        QVERIFY(m_window->tillLock()->idleTimer()->isActive());
        m_clock->advanceSecs(9 * 60 + 59);
        m_window->tillLock()->checkIdle();
        QVERIFY(!m_window->tillLock()->isLocked());
        m_clock->advanceSecs(1);
        m_window->tillLock()->checkIdle();
        QVERIFY(m_window->tillLock()->isLocked());
        QVERIFY(!m_window->centralWidget()->isVisible());
        QVERIFY(!m_window->session().signedIn());
        // The one who left is chosen again.
        QVERIFY(screen()->userList()->currentItem()->text().contains(u"Kim"));
    }

    void ownerSwitchesInFromTheMenu()
    {
        signInWithPad(QStringLiteral("Kim"), QStringLiteral("1234"));
        auto* switchUser = m_window->findChild<QAction*>(QStringLiteral("switchUserAction"));
        QVERIFY(switchUser && switchUser->isEnabled());
        QCOMPARE(switchUser->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        switchUser->trigger();
        QVERIFY(m_window->tillLock()->isLocked());
        QVERIFY(screen()->chooseUser(QStringLiteral("Olga")));
        QVERIFY(!screen()->pinPad()->isVisible());
        typeText(screen()->secretEdit(), QStringLiteral("correct horse"));
        QTest::keyClick(screen()->secretEdit(), Qt::Key_Return);
        QVERIFY(!m_window->tillLock()->isLocked());
        QVERIFY(m_window->tillLock()->userLabel()->text().contains(u"Olga"));
        for (QAction* action : ownerOnlyActions())
            QVERIFY2(action->isVisible() && action->isEnabled(), qPrintable(action->text()));
        QVERIFY(!m_window->customerPage()->archiveButton()->isHidden());
    }
};

QTEST_MAIN(TestTillLock)
#include "test_tilllock.moc"
