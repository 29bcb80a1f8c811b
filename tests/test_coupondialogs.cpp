#include "CampaignDialog.h"
#include "CouponCode.h"
#include "CouponRedeemDialog.h"
#include "CouponsDialog.h"
#include "CustomerPage.h"
#include "GuiTestSupport.h"
#include "LoyaltyLedger.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "TestSupport.h"
#include "UserSettings.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

// The owner makes a campaign in the Coupons window; a clerk scans or types a coupon and it is used once.
class TestCouponDialogs : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSupport::ScratchDatabase> m_scratch;
    std::unique_ptr<SettableClock> m_clock;
    std::unique_ptr<OwnerEverywhere> m_owner;
    std::unique_ptr<LoyaltyLedger> m_ledger;
    std::unique_ptr<Coupons> m_coupons;
    std::unique_ptr<CustomerDirectory> m_directory;
    GuiTestSupport::AnsweringPrompts m_prompts;
    qint64 m_anna = 0;

    // Makes a campaign through the form and returns its codes.
    QStringList createThroughDialog(CouponsDialog& window)
    {
        QStringList codes;
        GuiTestSupport::whenDialogOpens<CampaignDialog>([&](CampaignDialog* dialog) {
            dialog->nameEdit()->setText(QStringLiteral("Autumn"));
            dialog->kindBox()->setCurrentIndex(0); // amount off
            dialog->valueEdit()->setText(QStringLiteral("5"));
            dialog->minPurchaseEdit()->setText(QStringLiteral("20"));
            dialog->countBox()->setValue(2);
            dialog->customersEdit()->setPlainText(QStringLiteral("8 912 345-67-89"));
            dialog->accept();
            QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
            codes = dialog->createdCodes();
        });
        window.newCampaign();
        return codes;
    }

private Q_SLOTS:
    void init()
    {
        TestSupport::failOnWarnings();
        Prompts::setInstance(&m_prompts);
        m_prompts = {};
        m_scratch = TestSupport::scratchDatabase(QStringLiteral("RU"));
        m_clock = std::make_unique<SettableClock>(TestSupport::fixedNow());
        m_owner = std::make_unique<OwnerEverywhere>(QStringLiteral("Olga"));
        m_ledger = std::make_unique<LoyaltyLedger>(*m_scratch->db, *m_clock, *m_owner);
        m_coupons = std::make_unique<Coupons>(*m_scratch->db, *m_clock, *m_owner, *m_ledger);
        m_directory = std::make_unique<CustomerDirectory>(*m_scratch->db, *m_clock);
        m_anna = m_directory
                     ->create(TestSupport::consentingDraft(QStringLiteral("Anna Petrova"),
                                                           QStringLiteral("8 912 345-67-89")))
                     .value();
    }

    void cleanup()
    {
        m_coupons.reset();
        m_ledger.reset();
        m_directory.reset();
        m_scratch.reset();
        Prompts::setInstance(nullptr);
    }

    void createInWindowThenRedeemFromAScan()
    {
        QStringList codes;
        {
            CouponsDialog window(*m_scratch->db, *m_coupons, *m_directory);
            codes = createThroughDialog(window);
            QCOMPARE(codes.size(), 2);
            QCOMPARE(window.table()->rowCount(), 1);
            QCOMPARE(window.table()->item(0, CouponsDialog::Made)->text(), QStringLiteral("2"));
            QCOMPARE(m_coupons->check(codes.first())->customerName, QStringLiteral("Anna Petrova"));
        }

        MainWindow main(*m_scratch->db, *m_clock);
        main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));
        // A personalised coupon opens its customer and its redemption.
        QString problem;
        GuiTestSupport::whenDialogOpens<CouponRedeemDialog>([&](CouponRedeemDialog* dialog) {
            dialog->purchaseEdit()->setText(QStringLiteral("10"));
            dialog->redeemButton()->click(); // below the minimum: refused, the dialog stays
            problem = dialog->problem();
            QVERIFY(dialog->isVisible());
            dialog->purchaseEdit()->setText(QStringLiteral("30"));
            dialog->redeemButton()->click();
        });
        main.handleScan(codes.first());
        QVERIFY2(problem.contains(QStringLiteral("at least")), qPrintable(problem));
        QCOMPARE(main.customerPage()->customerId(), m_anna);
        QCOMPARE(m_coupons->counts(m_coupons->campaign(QStringLiteral("Autumn"))->id).redeemed, 1);

        // The second scan says when, where and by whom, and cannot be used.
        bool redeemEnabled = true;
        GuiTestSupport::whenDialogOpens<CouponRedeemDialog>([&](CouponRedeemDialog* dialog) {
            problem = dialog->problem();
            redeemEnabled = dialog->redeemButton()->isEnabled();
            dialog->reject();
        });
        main.handleScan(codes.first());
        QVERIFY2(problem.contains(QStringLiteral("already redeemed")), qPrintable(problem));
        QVERIFY(!redeemEnabled);

        // Typed in the search box in lower case with spaces and O for 0, I for 1: the same dialog.
        QString typed = CouponCode::display(codes[1]).toLower().replace(u'-', u' ');
        typed.replace(u'0', u'o').replace(u'1', u'i');
        bool opened = false;
        GuiTestSupport::whenDialogOpens<CouponRedeemDialog>([&](CouponRedeemDialog* dialog) {
            opened = true;
            QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
            dialog->reject();
        });
        main.searchEdit()->setText(typed);
        main.searchEdit()->setFocus();
        QTest::keyClick(main.searchEdit(), Qt::Key_Return);
        QTRY_VERIFY(opened);
    }

    void sheetIsSavedAndChoicesRemembered()
    {
        QVERIFY(m_coupons
                    ->createCampaign(
                        [] {
                            Campaign c;
                            c.name = QStringLiteral("Cake");
                            c.kind = Campaign::Kind::FreeItem;
                            c.item = QStringLiteral("A slice of cake");
                            return c;
                        }(),
                        5)
                    .ok());
        const QString pdf = m_scratch->dir.filePath(QStringLiteral("sheet.pdf"));
        {
            CouponsDialog window(*m_scratch->db, *m_coupons, *m_directory);
            window.paperBox()->setCurrentIndex(window.paperBox()->findData(QStringLiteral("letter")));
            window.gridBox()->setCurrentIndex(window.gridBox()->findData(QStringLiteral("2x4")));
            window.table()->selectRow(0);
            auto saved = window.saveSheet(pdf);
            QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
            QCOMPARE(window.table()->item(0, CouponsDialog::Printed)->text(), QStringLiteral("5"));
        }
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        CouponsDialog again(*m_scratch->db, *m_coupons, *m_directory);
        QCOMPARE(again.paperBox()->currentData().toString(), QStringLiteral("letter"));
        QCOMPARE(again.gridBox()->currentData().toString(), QStringLiteral("2x4"));
        UserSettings::setValue(UserSettings::Key::CouponPaper, QStringLiteral("a4"));
        UserSettings::setValue(UserSettings::Key::CouponGrid, QStringLiteral("3x7"));
    }
};

QTEST_MAIN(TestCouponDialogs)
#include "test_coupondialogs.moc"
