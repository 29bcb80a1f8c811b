#include "CustomerDialog.h"
#include "CustomerDirectory.h"
#include "CustomerPage.h"
#include "CustomerSearchModel.h"
#include "GuiTestSupport.h"
#include "LoyaltyLedger.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "ShopSetupDialog.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using GuiTestSupport::typeText;
using GuiTestSupport::whenDialogOpens;

namespace {
class AnsweringPrompts final : public Prompts
{
public:
    bool answer = true;
    QString text; // what askText answers
    QStringList shown;
    bool confirm(QWidget*, const QString&, const QString& text, const QString&) override
    {
        shown.append(text);
        return answer;
    }
    void warn(QWidget*, const QString&, const QString& text) override { shown.append(text); }
    void inform(QWidget*, const QString&, const QString& text) override { shown.append(text); }
    QString askText(QWidget*, const QString&, const QString& label) override
    {
        shown.append(label);
        return text;
    }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::ScratchDatabase> m_scratch;
    std::unique_ptr<SettableClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
    AnsweringPrompts m_prompts;
    qint64 m_anna = 0;
    qint64 m_ali = 0;

    void type(const QString& text)
    {
        m_window->searchEdit()->clear();
        typeText(m_window->searchEdit(), text);
    }

private Q_SLOTS:
    void init()
    {
        TestSupport::failOnWarnings();
        Prompts::setInstance(&m_prompts);
        m_prompts.shown.clear();
        m_scratch = TestSupport::scratchDatabase(QStringLiteral("RU"));
        m_clock = std::make_unique<SettableClock>(TestSupport::fixedNow());
        {
            CustomerDirectory directory(*m_scratch->db, *m_clock);
            m_anna = directory
                         .create(TestSupport::consentingDraft(QStringLiteral("Анна Петрова"),
                                                              QStringLiteral("8 912 345-67-89"),
                                                              QStringLiteral("0420000000013")))
                         .value();
            m_ali = directory
                        .create(TestSupport::consentingDraft(QStringLiteral("علي رضایی"),
                                                             QStringLiteral("+98 912 123 4567")))
                        .value();
            directory
                .create(TestSupport::consentingDraft(QStringLiteral("Fatima"),
                                                     QStringLiteral("+966 50 123 4567")))
                .value();
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

    void opensWithTheSearchBoxFocused() { QTRY_VERIFY(m_window->searchEdit()->hasFocus()); }

    void typingAPhoneAndEnterOpensTheCustomer()
    {
        type(QStringLiteral("8 912 345-67-89"));
        QCOMPARE(m_window->resultsModel()->rowCount(), 1);
        QTest::keyClick(m_window->searchEdit(), Qt::Key_Return);
        QCOMPARE(m_window->customerPage()->customerId(), m_anna);
        QVERIFY(m_window->customerPage()->isVisible());
        QCOMPARE(m_window->customerPage()->nameLabel()->text(), QStringLiteral("Анна Петрова"));
        QVERIFY(m_window->customerPage()->phoneLabel()->text().contains(QStringLiteral("+7 912 345-67-89")));
    }

    void arrowKeysChooseAmongResults()
    {
        type(QStringLiteral("4567")); // Ali and Fatima
        QCOMPARE(m_window->resultsModel()->rowCount(), 2);
        const qint64 second = m_window->resultsModel()->customerIdAt(1);
        QTest::keyClick(m_window->searchEdit(), Qt::Key_Down);
        QTest::keyClick(m_window->searchEdit(), Qt::Key_Return);
        QCOMPARE(m_window->customerPage()->customerId(), second);
        QTest::keyClick(m_window->searchEdit(), Qt::Key_Up);
        QTest::keyClick(m_window->searchEdit(), Qt::Key_Return);
        QCOMPARE(m_window->customerPage()->customerId(), m_window->resultsModel()->customerIdAt(0));
        QVERIFY(m_window->searchEdit()->hasFocus()); // the keyboard never leaves the search box
    }

    void namesAndCardsAreFoundToo()
    {
        type(QStringLiteral("علی"));
        QCOMPARE(m_window->resultsModel()->customerIdAt(0), m_ali);
        type(QStringLiteral("420000000013"));
        QCOMPARE(m_window->resultsModel()->customerIdAt(0), m_anna);
    }

    void enterOnAnUnknownNumberOpensNewCustomerWithThePhone()
    {
        type(QStringLiteral("8 900 111-22-33"));
        QCOMPARE(m_window->resultsModel()->rowCount(), 0);
        bool sawPhone = false;
        whenDialogOpens<CustomerDialog>([&](CustomerDialog* dialog) {
            sawPhone = dialog->phoneEdit()->text() == QStringLiteral("8 900 111-22-33");
            typeText(dialog->nameEdit(), QStringLiteral("Олег"));
            dialog->dataConsentBox()->setChecked(true);
            dialog->accept();
        });
        QTest::keyClick(m_window->searchEdit(), Qt::Key_Return);
        QVERIFY(sawPhone);
        const qint64 shown = m_window->customerPage()->customerId();
        QVERIFY(shown > 0);
        QCOMPARE(m_window->directory().customer(shown)->phoneE164, QStringLiteral("+79001112233"));
        QCOMPARE(m_window->directory().customer(shown)->name, QStringLiteral("Олег"));
    }

    void newCustomerDialogRefusesWithoutConsentAndLinksDuplicates()
    {
        CustomerDialog dialog(m_window->directory(), 0, m_window.get());
        dialog.show();
        dialog.setPhone(QStringLiteral("+7 912 345 67 89"));
        dialog.dataConsentBox()->setChecked(false);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QLabel* phoneProblem = dialog.problemLabel(FieldProblem::Field::Phone);
        QVERIFY(phoneProblem->isVisible());
        QVERIFY(phoneProblem->text().contains(QStringLiteral("customer:%1").arg(m_anna)));
        QVERIFY(dialog.problemLabel(FieldProblem::Field::Consent)->isVisible());

        qint64 requested = 0;
        connect(&dialog, &CustomerDialog::openCustomerRequested, this, [&](qint64 id) { requested = id; });
        Q_EMIT phoneProblem->linkActivated(QStringLiteral("customer:%1").arg(m_anna));
        QCOMPARE(requested, m_anna);
    }

    void invalidPhoneNamesTheCountryAndSavesNothing()
    {
        const qint64 before = m_window->directory().store().count();
        CustomerDialog dialog(m_window->directory(), 0, m_window.get());
        dialog.show();
        dialog.setPhone(QStringLiteral("8 912 34"));
        dialog.dataConsentBox()->setChecked(true);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.problemLabel(FieldProblem::Field::Phone)->text().contains(QStringLiteral("Russia")));
        QCOMPARE(m_window->directory().store().count(), before);
    }

    void withdrawingMarketingIsOneClickAndRecorded()
    {
        CustomerDraft d =
            TestSupport::consentingDraft(QStringLiteral("Olga"), QStringLiteral("+79005556677"));
        d.marketingConsent = true;
        const qint64 olga = m_window->directory().create(d).value();
        m_window->openCustomer(olga);
        QPushButton* button = m_window->customerPage()->marketingButton();
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!m_window->directory().consent(olga, ConsentRecord::Purpose::Marketing)->granted);
        QCOMPARE(m_window->directory().consentHistory(olga).size(), 3);
        QVERIFY(m_window->customerPage()->marketingLabel()->text().contains(QStringLiteral("withdrawn")));
    }

    void archivingHidesFromSearchAfterConfirmation()
    {
        m_window->openCustomer(m_anna);
        m_prompts.answer = false;
        auto buttons = m_window->customerPage()->findChildren<QPushButton*>();
        QPushButton* archive = nullptr;
        for (QPushButton* b : buttons) {
            if (b->text().contains(QStringLiteral("Archive")))
                archive = b;
        }
        QVERIFY(archive);
        QTest::mouseClick(archive, Qt::LeftButton);
        QVERIFY(!m_window->directory().customer(m_anna)->isArchived());
        m_prompts.answer = true;
        QTest::mouseClick(archive, Qt::LeftButton);
        QVERIFY(m_window->directory().customer(m_anna)->isArchived());
        type(QStringLiteral("8 912 345-67-89"));
        QCOMPARE(m_window->resultsModel()->rowCount(), 0);
    }

    void changingTheCountryChangesHowNumbersAreRead()
    {
        const qint64 reza = m_window->directory()
                                .create(TestSupport::consentingDraft(QStringLiteral("Reza"),
                                                                     QStringLiteral("+98 912 345 6789")))
                                .value();
        type(QStringLiteral("0912 345 6789")); // read as a Russian number: nobody
        QCOMPARE(m_window->resultsModel()->rowCount(), 0);
        whenDialogOpens<ShopSetupDialog>([](ShopSetupDialog* dialog) {
            dialog->countryBox()->setCurrentIndex(dialog->countryBox()->findData(QStringLiteral("IR")));
            dialog->accept();
        });
        m_window->editShopSettings();
        QCOMPARE(m_window->directory().region(), QStringLiteral("IR"));
        QCOMPARE(m_window->resultsModel()->rowCount(), 1);
        QCOMPARE(m_window->resultsModel()->customerIdAt(0), reza);
        // The country's currency follows it, and an Iranian shop may count in tomans.
        QCOMPARE(m_window->ledger().money().currencyCode(), QStringLiteral("IRR"));
        QVERIFY(!m_window->ledger().money().showsToman());
        whenDialogOpens<ShopSetupDialog>([](ShopSetupDialog* dialog) {
            QVERIFY(dialog->currencyBox()->itemText(0).contains(QStringLiteral("IRR")));
            QVERIFY(dialog->tomanBox()->isVisible());
            dialog->tomanBox()->setChecked(true);
            dialog->accept();
        });
        m_window->editShopSettings();
        QVERIFY(m_window->ledger().money().showsToman());
        QCOMPARE(m_window->ledger().money().parse(u"50,000").value(), 500000);
        // Another currency chosen by hand: no tomans for euros.
        whenDialogOpens<ShopSetupDialog>([](ShopSetupDialog* dialog) {
            dialog->currencyBox()->setCurrentIndex(dialog->currencyBox()->findData(QStringLiteral("EUR")));
            QVERIFY(!dialog->tomanBox()->isVisible());
            dialog->accept();
        });
        m_window->editShopSettings();
        QCOMPARE(m_window->ledger().money().currencyCode(), QStringLiteral("EUR"));
        QVERIFY(!m_window->ledger().money().showsToman());
    }

    void searchModelIsAWellBehavedModel()
    {
        CustomerSearchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CustomerDirectory directory(*m_scratch->db, *m_clock);
        model.setHits(directory.find(QStringLiteral("4567")));
        QCOMPARE(model.rowCount(), 2);
        model.setHits({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
