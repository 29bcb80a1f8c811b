#include "CustomerPage.h"
#include "GuiTestSupport.h"
#include "LoyaltyPanel.h"
#include "MainWindow.h"
#include "ProgrammeDialog.h"
#include "Prompts.h"
#include "RefundDialog.h"
#include "SaleDialog.h"
#include "StatementModel.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using GuiTestSupport::typeText;
using GuiTestSupport::whenDialogOpens;

namespace {
class SilentPrompts final : public Prompts
{
public:
    QStringList shown;
    QString text;
    bool confirm(QWidget*, const QString&, const QString&, const QString&) override { return true; }
    void warn(QWidget*, const QString&, const QString& message) override { shown.append(message); }
    void inform(QWidget*, const QString&, const QString& message) override { shown.append(message); }
    QString askText(QWidget*, const QString&, const QString&) override { return text; }
};
} // namespace

// The clerk's moment end to end: find the customer, F5, type the amount, choose points, Enter.
class TestSaleFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSupport::ScratchDatabase> m_scratch;
    std::unique_ptr<SettableClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
    SilentPrompts m_prompts;
    qint64 m_anna = 0;

private Q_SLOTS:
    void init()
    {
        TestSupport::failOnWarnings();
        Prompts::setInstance(&m_prompts);
        m_prompts.shown.clear();
        m_prompts.text.clear();
        m_scratch = TestSupport::scratchDatabase(QStringLiteral("SA"));
        m_clock = std::make_unique<SettableClock>(TestSupport::fixedNow());
        {
            CustomerDirectory directory(*m_scratch->db, *m_clock);
            m_anna = directory
                         .create(TestSupport::consentingDraft(QStringLiteral("Anna"),
                                                              QStringLiteral("050 123 4567")))
                         .value();
        }
        m_window = std::make_unique<MainWindow>(*m_scratch->db, *m_clock);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        LoyaltyProgramme p = LoyaltyProgramme::defaults();
        p.welcomeBonus = 0;
        p.stampsEnabled = true;
        p.stampsToFill = 2;
        QVERIFY(m_window->ledger().setProgramme(p).ok());
    }

    void cleanup()
    {
        m_window.reset();
        m_scratch.reset();
        Prompts::setInstance(nullptr);
    }

    void saleWithPointsInAFewKeystrokes()
    {
        m_window->searchAndOpen(QStringLiteral("0501234567"));
        QCOMPARE(m_window->customerPage()->customerId(), m_anna);
        LoyaltyPanel* panel = m_window->customerPage()->loyaltyPanel();
        QVERIFY(panel->isVisible());

        // First sale: 100.00 SAR typed in Arabic-Indic digits, no points yet.
        whenDialogOpens<SaleDialog>([](SaleDialog* dialog) {
            QCOMPARE(dialog->focusWidget(), dialog->amountEdit());
            typeText(dialog->amountEdit(), QStringLiteral("١٠٠٫٠٠"));
            QCOMPARE(dialog->redeemBox()->maximum(), 0);
            QVERIFY(dialog->problemLabel()->text().isEmpty());
            QTest::keyClick(dialog->amountEdit(), Qt::Key_Return);
        });
        QCOMPARE(panel->saleButton()->shortcut(), QKeySequence(Qt::Key_F5));
        panel->saleButton()->click();
        QTRY_VERIFY(panel->lastActionLabel()->isVisible());
        QCOMPARE(m_window->ledger().status(m_anna).balance, 100);
        QVERIFY(panel->balanceLabel()->text().contains(QStringLiteral("100")));
        QCOMPARE(panel->statementView()->model()->rowCount(), 1);

        // Second sale: 20.00, the customer spends 10 of her points; the card fills and a voucher is shown.
        whenDialogOpens<SaleDialog>([](SaleDialog* dialog) {
            typeText(dialog->amountEdit(), QStringLiteral("20"));
            QCOMPARE(dialog->redeemBox()->maximum(),
                     100); // half of 20.00 at 0.01 a point, capped by the balance
            dialog->redeemBox()->setValue(10);
            QTest::keyClick(dialog->amountEdit(), Qt::Key_Return);
        });
        panel->saleButton()->click();
        QTRY_COMPARE(m_window->ledger().status(m_anna).balance, 100 - 10 + 19);
        QVERIFY(panel->lastActionLabel()->text().contains(QStringLiteral("voucher")));
        QCOMPARE(panel->statementView()->model()->rowCount(), 3);
        QAbstractItemModelTester tester(panel->statementView()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void aMistypedAmountIsExplainedAndNothingIsRecorded()
    {
        m_window->searchAndOpen(QStringLiteral("0501234567"));
        whenDialogOpens<SaleDialog>([](SaleDialog* dialog) {
            typeText(dialog->amountEdit(), QStringLiteral("12.345"));
            QVERIFY(dialog->problemLabel()->text().contains(QStringLiteral("decimals")));
            QTest::keyClick(dialog->amountEdit(), Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            dialog->reject();
        });
        m_window->customerPage()->loyaltyPanel()->saleButton()->click();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(m_window->ledger().salesOf(m_anna, 5).isEmpty());
    }

    void refundFromThePage()
    {
        m_window->searchAndOpen(QStringLiteral("0501234567"));
        SaleRequest r;
        r.customerId = m_anna;
        r.amountMinor = 10000;
        r.saleRef = QStringLiteral("R-9");
        QVERIFY(m_window->ledger().recordSale(r).ok());
        whenDialogOpens<RefundDialog>([](RefundDialog* dialog) {
            QCOMPARE(dialog->saleBox()->count(), 1);
            dialog->amountEdit()->setText(QStringLiteral("50"));
            dialog->accept();
        });
        m_window->customerPage()->loyaltyPanel()->refund();
        QCOMPARE(m_window->ledger().status(m_anna).balance, 50);
    }

    void ownerChangesTheProgrammeOnOnePage()
    {
        whenDialogOpens<ProgrammeDialog>([](ProgrammeDialog* dialog) {
            dialog->stampReward()->clear();
            dialog->stampsToFill()->setValue(6);
            dialog->accept();
            // Stamps are on and the reward is empty: refused, with the reason, and the dialog stays.
            QVERIFY(dialog->isVisible());
            QVERIFY(!dialog->problemLabel()->text().isEmpty());
            dialog->stampReward()->setText(QStringLiteral("A free coffee"));
            dialog->accept();
        });
        m_window->editProgramme();
        const LoyaltyProgramme saved = m_window->ledger().programme();
        QCOMPARE(saved.stampsToFill, 6);
        QCOMPARE(saved.stampReward, QStringLiteral("A free coffee"));

        // A cause the owner lists receives donations.
        qint64 shelter = 0;
        {
            CustomerDirectory directory(*m_scratch->db, *m_clock);
            shelter = directory
                          .create(TestSupport::consentingDraft(QStringLiteral("Animal shelter"),
                                                               QStringLiteral("050 999 0000")))
                          .value();
        }
        whenDialogOpens<ProgrammeDialog>([this](ProgrammeDialog* dialog) {
            m_prompts.text = QStringLiteral("0509990000");
            dialog->addRecipient();
            dialog->accept();
        });
        m_window->editProgramme();
        QCOMPARE(m_window->ledger().programme().donationRecipients, QList<qint64>{shelter});
    }

    void scannedVoucherAndStampCardOpenTheirCustomer()
    {
        // Two sales fill the two-stamp card: a voucher is issued.
        SaleRequest r;
        r.customerId = m_anna;
        r.amountMinor = 1000;
        QVERIFY(m_window->ledger().recordSale(r).ok());
        const QJsonObject filled = m_window->ledger().recordSale(r)->json;
        const QString code = filled.value(QStringLiteral("vouchers")).toArray().first().toString();
        QVERIFY(!code.isEmpty());
        QVERIFY(m_window->ledger().registerStampCard(QStringLiteral("0490000000023"), m_anna).ok());

        m_window->searchAndOpen(QStringLiteral("nobody"));
        m_window->handleScan(QStringLiteral("0490000000023"));
        QCOMPARE(m_window->customerPage()->customerId(), m_anna);

        m_window->searchAndOpen(QStringLiteral("nobody"));
        m_window->handleScan(code.toLower());
        QCOMPARE(m_window->customerPage()->customerId(), m_anna);
        QVERIFY(m_window->ledger().status(m_anna).vouchers.isEmpty()); // used, after the prompt said yes
        // A second scan of the same voucher says when it was used.
        m_prompts.shown.clear();
        m_window->handleScan(code);
        QCOMPARE(m_prompts.shown.size(), 1);
        QVERIFY2(m_prompts.shown.first().contains(QStringLiteral("already used")),
                 qPrintable(m_prompts.shown.first()));
    }

    void paperStampCardFromThePage()
    {
        m_window->searchAndOpen(QStringLiteral("0501234567"));
        m_prompts.text = QStringLiteral("0490000000016");
        m_window->customerPage()->loyaltyPanel()->registerStampCard();
        QVERIFY2(m_prompts.shown.isEmpty(), qPrintable(m_prompts.shown.join(u'\n')));
        QVERIFY(m_window->customerPage()->loyaltyPanel()->lastActionLabel()->text().contains(
            QStringLiteral("0490000000016")));
    }
};

QTEST_MAIN(TestSaleFlow)
#include "test_saleflow.moc"
