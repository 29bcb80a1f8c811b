#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ReportsWindow.h"
#include "Session.h"
#include "ShopsDialog.h"
#include "Shops.h"
#include "TestSupport.h"
#include "UserAccounts.h"
#include "UserSettings.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using GuiTestSupport::typeText;

// The owner's Shops and tills dialog, the Reports window's shop choice and the window title of a till in a
// chain.
class TestShopsDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSupport::CouponShop> m_shop;
    GuiTestSupport::RecordingPrompts m_prompts;

    Database& db() { return *m_shop->scratch->db; }

    static void waitUntilComputed(ReportsWindow& window)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!window.isComputing(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(window.table(u"repeat"_s) != nullptr, 60000);
    }

    void sell(const QString& till, qint64 amountMinor)
    {
        const qint64 anna = m_shop->directory->findOne(u"+79161234567"_s)->id;
        SaleRequest request;
        request.customerId = anna;
        request.amountMinor = amountMinor;
        request.tillId = till;
        QVERIFY(m_shop->ledger->recordSale(request).ok());
    }

private Q_SLOTS:
    void initTestCase() { ReportsWindow::setChartAnimations(false); }

    void init()
    {
        TestSupport::failOnWarnings();
        Prompts::setInstance(&m_prompts);
        m_prompts.shown.clear();
        m_shop = TestSupport::couponShop();
        QVERIFY(m_shop->directory->create(TestSupport::consentingDraft(u"Anna"_s, u"+79161234567"_s)).ok());
    }

    void cleanup()
    {
        Prompts::setInstance(nullptr);
        UserSettings::setValue(UserSettings::Key::TillId, u"1"_s);
        m_shop.reset();
    }

    void addsRenamesAndMovesTills()
    {
        sell(u"1"_s, 1000);
        Shops shops(db(), m_shop->clock, m_shop->owner);
        ShopsDialog dialog(shops, u"front"_s);
        QCOMPARE(dialog.shopTable()->rowCount(), 1);
        QCOMPARE(dialog.shopTable()->item(0, ShopsDialog::ShopName)->text(), u"Main shop"_s);
        QCOMPARE(dialog.tillTable()->rowCount(), 1);
        // This computer's till is offered even before it sold anything.
        QVERIFY(dialog.tillBox()->findText(u"front"_s) >= 0);

        typeText(dialog.nameEdit(), u"Downtown"_s);
        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        QCOMPARE(dialog.shopTable()->rowCount(), 2);
        QCOMPARE(dialog.shopTable()->item(1, ShopsDialog::ShopName)->text(), u"Downtown"_s);
        QVERIFY(dialog.nameEdit()->text().isEmpty());

        // A name already taken is refused with the reason.
        typeText(dialog.nameEdit(), u"downtown"_s);
        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        QCOMPARE(dialog.shopTable()->rowCount(), 2);
        QVERIFY(m_prompts.shown.last().contains(u"already"_s));

        dialog.shopTable()->selectRow(0);
        dialog.nameEdit()->clear();
        typeText(dialog.nameEdit(), u"Uptown"_s);
        QTest::mouseClick(dialog.renameButton(), Qt::LeftButton);
        QCOMPARE(dialog.shopTable()->item(0, ShopsDialog::ShopName)->text(), u"Uptown"_s);

        dialog.tillBox()->setCurrentText(u"front"_s);
        dialog.targetShopBox()->setCurrentIndex(dialog.targetShopBox()->findText(u"Downtown"_s));
        QTest::mouseClick(dialog.moveButton(), Qt::LeftButton);
        QCOMPARE(dialog.tillTable()->rowCount(), 2);
        QCOMPARE(shops.shopOfTill(u"front"_s)->name, u"Downtown"_s);
        QCOMPARE(dialog.shopTable()->item(1, ShopsDialog::ShopTills)->text(), u"front"_s);
        QCOMPARE(shops.shopOfTill(u"1"_s)->name, u"Uptown"_s);
    }

    void aClerkCannotAddAShop()
    {
        Session session(db(), QString());
        UserAccounts accounts(db(), m_shop->clock, session);
        const qint64 owner = accounts.createOwner(u"Olga"_s, u"correct horse"_s).value();
        session.signIn(*accounts.user(owner));
        const qint64 kim = accounts.addClerk(u"Kim"_s, u"1234"_s).value();
        session.signIn(*accounts.user(kim));
        Shops shops(db(), m_shop->clock, session);
        ShopsDialog dialog(shops, u"1"_s);
        typeText(dialog.nameEdit(), u"Downtown"_s);
        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        QCOMPARE(dialog.shopTable()->rowCount(), 1);
        QVERIFY(m_prompts.shown.last().contains(u"owner"_s));
    }

    void reportsChooseAShopOnceThereAreTwo()
    {
        sell(u"1"_s, 1000);
        {
            ReportsWindow window(m_shop->scratch->path());
            window.show();
            waitUntilComputed(window);
            QVERIFY(!window.shopBox()->isVisible());
        }
        Shops shops(db(), m_shop->clock, m_shop->owner);
        QVERIFY(shops.add(u"Downtown"_s).ok());
        QVERIFY(shops.assignTill(u"B1"_s, 2).ok());
        sell(u"B1"_s, 2000);
        sell(u"B1"_s, 3000);

        ReportsWindow window(m_shop->scratch->path());
        window.show();
        waitUntilComputed(window);
        QVERIFY(window.shopBox()->isVisible());
        QCOMPARE(window.shopBox()->count(), 3);
        const int spend = window.table(u"repeat"_s)->columnOf(u"spend_minor"_s);
        QCOMPARE(window.table(u"repeat"_s)->rows.first().value(spend).toLongLong(), 6000);

        QSignalSpy computed(&window, &ReportsWindow::computed);
        window.shopBox()->setCurrentIndex(window.shopBox()->findText(u"Downtown"_s));
        QTRY_VERIFY_WITH_TIMEOUT(computed.count() >= 1 && !window.isComputing(), 60000);
        QCOMPARE(window.table(u"repeat"_s)->rows.first().value(spend).toLongLong(), 5000);
        // The points pages say they cover the whole chain.
        QVERIFY(!window.chainWideNote()->isVisible());
        window.showPage(ReportsWindow::Page::Liability);
        QVERIFY(window.chainWideNote()->isVisible());
    }

    void theTitleNamesThisTillsShopInAChain()
    {
        UserSettings::setValue(UserSettings::Key::TillId, u"B1"_s);
        {
            MainWindow window(db(), m_shop->clock);
            QVERIFY(!window.windowTitle().contains(u"Downtown"_s));
        }
        Shops shops(db(), m_shop->clock, m_shop->owner);
        QVERIFY(shops.add(u"Downtown"_s).ok());
        QVERIFY(shops.assignTill(u"B1"_s, 2).ok());
        MainWindow window(db(), m_shop->clock);
        QVERIFY2(window.windowTitle().contains(u"Downtown"_s), qPrintable(window.windowTitle()));
    }
};

QTEST_MAIN(TestShopsDialog)
#include "test_shopsdialog.moc"
