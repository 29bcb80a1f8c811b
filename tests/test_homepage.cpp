#include "AccessPolicy.h"
#include "CustomerDirectory.h"
#include "CustomerPage.h"
#include "GuiTestSupport.h"
#include "HelpWindow.h"
#include "HomeFigures.h"
#include "HomePage.h"
#include "LedgerStore.h"
#include "LoyaltyLedger.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "ReportsWindow.h"
#include "SaleDialog.h"
#include "TestSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>

using GuiTestSupport::whenDialogOpens;

// The home page's numbers against a shop whose day is known, and F1 opening the page about each screen.
class TestHomePage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::ScratchDatabase> m_scratch;
    std::unique_ptr<SettableClock> m_clock;
    GuiTestSupport::RecordingPrompts m_prompts;
    qint64 m_anna = 0;
    qint64 m_boris = 0;
    qint64 m_carl = 0;
    qint64 m_annaExpiring = 0; // Anna's points that expire within the window, from her open lots

    qint64 sale(LoyaltyLedger& ledger, qint64 customer, qint64 amountMinor)
    {
        SaleRequest request;
        request.customerId = customer;
        request.amountMinor = amountMinor;
        auto recorded = ledger.recordSale(request);
        if (!recorded)
            qFatal("sale not recorded: %s", qPrintable(recorded.error().message));
        return recorded->saleId;
    }

private Q_SLOTS:
    void init()
    {
        TestSupport::failOnWarnings();
        Prompts::setInstance(&m_prompts);
        m_prompts.shown.clear();
        m_scratch = TestSupport::scratchDatabase(QStringLiteral("GB"));
        const QDateTime now = TestSupport::fixedNow();
        m_clock = std::make_unique<SettableClock>(now);
        CustomerDirectory directory(*m_scratch->db, *m_clock);
        OwnerEverywhere owner(QStringLiteral("owner"));
        LoyaltyLedger ledger(*m_scratch->db, *m_clock, owner);

        // Points earned a year ago less 10 days expire within 30 days; a year less 40 days ago, after them.
        m_clock->set(now.addMonths(-12).addDays(10));
        m_anna = directory
                     .create(TestSupport::consentingDraft(QStringLiteral("Anna Page"),
                                                          QStringLiteral("07400 123456")))
                     .value();
        sale(ledger, m_anna, 5000);
        m_clock->set(now.addMonths(-12).addDays(40));
        m_boris = directory
                      .create(TestSupport::consentingDraft(QStringLiteral("Boris Moss"),
                                                           QStringLiteral("07400 123457")))
                      .value();
        sale(ledger, m_boris, 3000);
        m_clock->set(now.addDays(-2));
        sale(ledger, m_boris, 9900); // not today

        m_clock->set(now);
        m_carl = directory
                     .create(TestSupport::consentingDraft(QStringLiteral("Carl Reed"),
                                                          QStringLiteral("07400 123458")))
                     .value();
        sale(ledger, m_anna, 1250);
        sale(ledger, m_carl, 750);

        m_annaExpiring = 0;
        for (const PointLot& lot : LedgerStore(*m_scratch->db).openLots(m_anna)) {
            if (lot.expiresAt.isValid() && lot.expiresAt < now.addDays(HomeFigures::ExpiryWindowDays))
                m_annaExpiring += lot.remaining;
        }
        QVERIFY(m_annaExpiring > 0);
    }

    void cleanup()
    {
        Prompts::setInstance(nullptr);
        m_scratch.reset();
    }

    void figuresOfTheDay()
    {
        auto today = HomeFigures(*m_scratch->db, *m_clock).today();
        QVERIFY(today);
        QCOMPARE(today->takings.sales, 2);
        QCOMPARE(today->takings.totalMinor, 2000);
        QCOMPARE(today->enrolments, 1);
        QCOMPARE(today->expiring.size(), 1);
        QCOMPARE(today->expiring.first().customerId, m_anna);
        QCOMPARE(today->expiring.first().name, QStringLiteral("Anna Page"));
        QCOMPARE(today->expiringPoints(), m_annaExpiring);
        QVERIFY(today->expiring.first().firstExpiry > m_clock->nowUtc());
    }

    void homeShowsTheDayAndReturnsWithEscape()
    {
        MainWindow window(*m_scratch->db, *m_clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        HomePage* home = window.homePage();
        QVERIFY(window.isHomeShown());
        QVERIFY(home->isVisible());
        QVERIFY(home->salesLabel()->text().contains(QStringLiteral("2 sale")));
        QVERIFY(home->salesLabel()->text().contains(QStringLiteral("20.00")));
        QVERIFY(home->enrolmentsLabel()->text().contains(QStringLiteral("1 new customer")));
        QVERIFY(home->expiringLabel()->text().contains(QString::number(m_annaExpiring)));
        QCOMPARE(home->expiringTable()->rowCount(), 1);
        QCOMPARE(home->expiringTable()->item(0, 0)->text(), QStringLiteral("Anna Page"));

        // Opening a customer from the expiring list leaves home; Esc comes back, with her first in the recent.
        home->expiringTable()->setCurrentCell(0, 0);
        Q_EMIT home->expiringTable()->activated(home->expiringTable()->currentIndex());
        QVERIFY(!window.isHomeShown());
        QCOMPARE(window.customerPage()->customerId(), m_anna);
        window.openCustomer(m_carl);
        QTest::keyClick(window.searchEdit(), Qt::Key_Escape);
        QVERIFY(window.isHomeShown());
        QVERIFY(window.searchEdit()->hasFocus());
        QCOMPARE(home->recentList()->count(), 2);
        QCOMPARE(home->recentList()->item(0)->data(Qt::UserRole).toLongLong(), m_carl);
        QCOMPARE(home->recentList()->item(1)->data(Qt::UserRole).toLongLong(), m_anna);

        // Typing leaves home for the results; clearing the box returns, and so does the Home button.
        QVERIFY(window.homeButton()->isHidden());
        window.searchEdit()->setText(QStringLiteral("Boris"));
        QVERIFY(!window.isHomeShown());
        window.searchEdit()->clear();
        QVERIFY(window.isHomeShown());
        window.openCustomer(m_anna);
        QVERIFY(window.homeButton()->isVisible());
        window.homeButton()->click();
        QVERIFY(window.isHomeShown());

        // The find button puts the cursor in the search box.
        window.homePage()->findButton()->setFocus();
        window.homePage()->findButton()->click();
        QVERIFY(window.searchEdit()->hasFocus());
    }

    void recordSaleAsksWhoseAndOpensTheSale()
    {
        MainWindow window(*m_scratch->db, *m_clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        m_prompts.text = QStringLiteral("07400 123458");
        bool opened = false;
        whenDialogOpens<SaleDialog>([&](SaleDialog* dialog) {
            opened = true;
            dialog->reject();
        });
        window.homePage()->saleButton()->click();
        QVERIFY(opened);
        QCOMPARE(m_prompts.shown.size(), 1);
        QCOMPARE(window.customerPage()->customerId(), m_carl);

        // Nobody with that name: nothing opens and the search shows the query.
        window.showHome();
        m_prompts.text = QStringLiteral("Nobody Here");
        window.homePage()->saleButton()->click();
        QCOMPARE(window.searchEdit()->text(), QStringLiteral("Nobody Here"));
        QVERIFY(!window.isHomeShown());
    }

    void f1OpensThePageAboutTheScreen()
    {
        MainWindow window(*m_scratch->db, *m_clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QTest::keyClick(window.searchEdit(), Qt::Key_F1);
        HelpWindow* help = window.findChild<HelpWindow*>();
        QVERIFY(help);
        QVERIFY(help->isVisible());
        QCOMPARE(help->topic(), QStringLiteral("home"));
        QVERIFY(help->browser()->toPlainText().contains(QStringLiteral("Record a sale")));

        window.openCustomer(m_anna);
        QTest::keyClick(window.customerPage()->nameLabel(), Qt::Key_F1);
        QCOMPARE(help->topic(), QStringLiteral("customers"));

        // Inside a modal dialog the main window's shortcuts are blocked; F1 still reaches the guide.
        QString saleTopic;
        whenDialogOpens<SaleDialog>([&](SaleDialog* dialog) {
            QTest::keyClick(dialog->amountEdit(), Qt::Key_F1);
            saleTopic = help->topic();
            dialog->reject();
        });
        window.recordSale();
        QCOMPARE(saleTopic, QStringLiteral("sales"));
        QCOMPARE(help->topic(), QStringLiteral("sales"));
        QVERIFY(help->browser()->toPlainText().contains(QStringLiteral("Recording a sale")));

        window.openReports();
        QVERIFY(QTest::qWaitForWindowExposed(window.reportsWindow()));
        QTest::keyClick(window.reportsWindow(), Qt::Key_F1);
        QCOMPARE(help->topic(), QStringLiteral("reports"));

        // A link inside the guide and an unknown page.
        help->setTopic(QStringLiteral("no-such-page"));
        QCOMPARE(help->topic(), QStringLiteral("index"));
        help->browser()->setSource(QUrl(QStringLiteral("coupons.html")));
        QCOMPARE(help->topic(), QStringLiteral("coupons"));
        QVERIFY(help->browser()->toPlainText().contains(QStringLiteral("Coupons and vouchers")));
    }

    void helpFallsBackToEnglish()
    {
        QCOMPARE(HelpWindow::searchPaths(QStringLiteral("en")), QStringList{QStringLiteral(":/help/en")});
        // No Klingon guide: English pages are shown.
        QCOMPARE(HelpWindow::searchPaths(QStringLiteral("tlh")), QStringList{QStringLiteral(":/help/en")});
        HelpWindow window;
        window.setTopic(QStringLiteral("scanners"));
        QVERIFY(window.browser()->toPlainText().contains(QStringLiteral("Barcode scanners")));
        QCOMPARE(window.browser()->document()->defaultTextOption().textDirection(), Qt::LeftToRight);
        // An Arabic or Persian window reads its pages from the right.
        window.setLayoutDirection(Qt::RightToLeft);
        QCOMPARE(window.browser()->document()->defaultTextOption().textDirection(), Qt::RightToLeft);
    }
};

QTEST_MAIN(TestHomePage)
#include "test_homepage.moc"
