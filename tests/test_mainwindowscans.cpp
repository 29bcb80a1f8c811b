#include "CardNumber.h"
#include "CouponCode.h"
#include "CustomerDialog.h"
#include "CustomerPage.h"
#include "CustomerSearchModel.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "ScanClassifier.h"
#include "ScannerSettings.h"
#include "ScannerSettingsDialog.h"
#include "SerialScanner.h"
#include "TestSupport.h"
#include "VirtualScanner.h"
#include "WedgeScanFilter.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

namespace {
constexpr int kTimeoutMs = 20000;

class AnsweringPrompts final : public Prompts
{
public:
    bool answer = false;
    QStringList shown;
    QStringList acceptLabels;
    bool confirm(QWidget*, const QString&, const QString& text, const QString& acceptLabel) override
    {
        shown.append(text);
        acceptLabels.append(acceptLabel);
        return answer;
    }
    void warn(QWidget*, const QString&, const QString& text) override { shown.append(text); }
    void inform(QWidget*, const QString&, const QString& text) override { shown.append(text); }
    QString askText(QWidget*, const QString&, const QString&) override { return {}; }
};
} // namespace

class TestMainWindowScans : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::ScratchDatabase> m_scratch;
    std::unique_ptr<SettableClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
    AnsweringPrompts m_prompts;
    qint64 m_anna = 0;
    qint64 m_boris = 0; // no card yet

    // A keyboard-wedge scanner typing into whatever has focus, 8 ms a character, then Enter.
    void wedgeScan(const QString& code)
    {
        QWidget* target = QApplication::focusWidget();
        QVERIFY(target);
        for (QChar c : QString(code + u'\r')) {
            m_clock->set(m_clock->nowUtc().addMSecs(8));
            const int key = c == u'\r' ? int(Qt::Key_Return) : 0;
            QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(c));
            QApplication::sendEvent(target, &press);
            QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(c));
            QApplication::sendEvent(target, &release);
        }
    }

private Q_SLOTS:
    void init()
    {
        TestSupport::failOnWarnings();
        ScannerSettings().save(); // no serial port from an earlier run
        Prompts::setInstance(&m_prompts);
        m_prompts = {};
        m_scratch = TestSupport::scratchDatabase(QStringLiteral("RU"));
        m_clock = std::make_unique<SettableClock>(TestSupport::fixedNow());
        {
            CustomerDirectory directory(*m_scratch->db, *m_clock);
            m_anna = directory
                         .create(TestSupport::consentingDraft(QStringLiteral("Анна Петрова"),
                                                              QStringLiteral("8 912 345-67-89"),
                                                              QStringLiteral("0420000000013")))
                         .value();
            m_boris = directory
                          .create(TestSupport::consentingDraft(QStringLiteral("Борис"),
                                                               QStringLiteral("8 926 111-22-33")))
                          .value();
        }
        m_window = std::make_unique<MainWindow>(*m_scratch->db, *m_clock);
        m_window->wedgeFilter()->setSyntheticKeysAccepted(true);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_VERIFY(m_window->searchEdit()->hasFocus());
    }
    void cleanup()
    {
        m_window.reset();
        m_scratch.reset();
        Prompts::setInstance(nullptr);
        ScannerSettings().save();
    }

    void aWedgeScanOpensTheCustomerAndTypesNothing()
    {
        wedgeScan(QStringLiteral("0420000000013"));
        QCOMPARE(m_window->customerPage()->customerId(), m_anna);
        QVERIFY(m_window->customerPage()->isVisible());
        QCOMPARE(m_window->searchEdit()->text(), QString());
        QVERIFY(m_prompts.shown.isEmpty());
    }

    void aSerialScanOpensTheCustomerAndTheStatusBarFollowsThePort()
    {
        VirtualScanner device(m_scratch->dir.path(), QStringLiteral("gui-scanner"));
        QVERIFY(device.plugIn());
        ScannerSettings settings;
        settings.port.path = device.portPath();
        settings.save();
        m_window->applyScannerSettings();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->scannerStatusLabel()->text(), QStringLiteral("Scanner connected"),
                                  kTimeoutMs);
        QVERIFY(m_window->scannerStatusLabel()->isVisible());
        QVERIFY(device.write("]E00420000000013\r"));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->customerPage()->customerId(), m_anna, kTimeoutMs);

        device.unplug();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->scannerStatusLabel()->text(),
                                  QStringLiteral("Scanner disconnected"), kTimeoutMs);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("disconnected")));
        QVERIFY(device.plugIn());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->scannerStatusLabel()->text(), QStringLiteral("Scanner connected"),
                                  kTimeoutMs);
    }

    void aNewCardIsOfferedToTheCustomerShownOrANewOne()
    {
        const QString fresh = CardNumber::fromSerial(QStringLiteral("042"), 555);
        m_prompts.answer = false;
        wedgeScan(fresh);
        QCOMPARE(m_prompts.shown.size(), 1);
        QVERIFY(m_prompts.shown[0].contains(QStringLiteral("New card")));
        QVERIFY(m_prompts.acceptLabels[0].contains(QStringLiteral("New customer")));

        // With Boris open, the card is offered to him first.
        m_window->openCustomer(m_boris);
        m_window->searchEdit()->setFocus();
        m_prompts = {};
        m_prompts.answer = true;
        wedgeScan(fresh);
        QVERIFY(m_prompts.acceptLabels.value(0).contains(QStringLiteral("Борис")));
        QCOMPARE(m_window->directory().customer(m_boris)->cardNumber, fresh);
        // Scanned again, it now opens Boris.
        m_window->openCustomer(m_anna);
        m_window->handleScan(fresh);
        QCOMPARE(m_window->customerPage()->customerId(), m_boris);
    }

    void aNewCardCanStartANewCustomer()
    {
        const QString fresh = CardNumber::fromSerial(QStringLiteral("042"), 556);
        m_prompts.answer = true;
        QString cardInForm;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(qobject_cast<CustomerDialog*>(QApplication::activeModalWidget()));
            auto* dialog = qobject_cast<CustomerDialog*>(QApplication::activeModalWidget());
            cardInForm = dialog->cardEdit()->text();
            dialog->reject();
        });
        m_window->handleScan(fresh);
        QCOMPARE(cardInForm, fresh);
    }

    void couponsPhonesAndUnknownCodes()
    {
        m_window->handleScan(CouponCode::generate());
        QCOMPARE(m_prompts.shown.size(), 1);
        QVERIFY(m_prompts.shown[0].contains(QStringLiteral("no coupon or voucher of this shop has this code")));

        bool handled = false;
        m_window->scanClassifier().setCouponLookup([](const QString&) {
            return ScanClassifier::Match{true, 0, 7};
        });
        m_window->setCouponHandler([&](const ScannedCode& code) { return handled = code.recordId == 7; });
        m_window->handleScan(CouponCode::generate());
        QVERIFY(handled);
        QCOMPARE(m_prompts.shown.size(), 1);

        m_window->handleScan(QStringLiteral("tel:+79123456789"), QStringLiteral("]Q1"));
        QCOMPARE(m_window->customerPage()->customerId(), m_anna);
        m_window->handleScan(QStringLiteral("tel:+79001112233"));
        QCOMPARE(m_window->resultsModel()->rowCount(), 0);
        QVERIFY(m_window->searchEdit()->text().contains(QStringLiteral("900")));

        m_window->handleScan(QStringLiteral("4006381333931"));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("4006381333931")));
        QCOMPARE(m_prompts.shown.size(), 1);
    }

    void theNewCustomerFormTakesAScannedCard()
    {
        const QString fresh = CardNumber::fromSerial(QStringLiteral("042"), 557);
        QString cardInForm;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(qobject_cast<CustomerDialog*>(QApplication::activeModalWidget()));
            auto* dialog = qobject_cast<CustomerDialog*>(QApplication::activeModalWidget());
            m_window->handleScan(fresh, QStringLiteral("]E0"));
            cardInForm = dialog->cardEdit()->text();
            dialog->reject();
        });
        m_window->newCustomer();
        QCOMPARE(cardInForm, fresh);
        QVERIFY(m_prompts.shown.isEmpty());
    }

    void aScanDuringADialogIsHeldAndUsedWhenItCloses()
    {
        QDialog dialog(m_window.get());
        auto* field = new QLineEdit(&dialog);
        bool heldWhileOpen = false;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(QApplication::activeModalWidget() == &dialog);
            QApplication::setActiveWindow(&dialog);
            field->setFocus();
            QTRY_VERIFY(field->hasFocus());
            wedgeScan(QStringLiteral("0420000000013"));
            heldWhileOpen = m_window->customerPage()->customerId() == 0 && field->text().isEmpty() &&
                            m_window->statusBar()->currentMessage().contains(QStringLiteral("dialog closes"));
            if (!heldWhileOpen)
                qInfo("page %lld, field '%s', status '%s'", m_window->customerPage()->customerId(),
                      qPrintable(field->text()), qPrintable(m_window->statusBar()->currentMessage()));
            dialog.reject();
        });
        dialog.exec();
        QVERIFY(heldWhileOpen);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->customerPage()->customerId(), m_anna, kTimeoutMs);
    }

    void theScannerSettingsDialogShowsBytesAndCodes()
    {
        VirtualScanner device(m_scratch->dir.path(), QStringLiteral("settings-scanner"));
        QVERIFY(device.plugIn());
        ScannerSettingsDialog dialog(m_window->scanClassifier(), m_window->directory(), m_window.get());
        dialog.setModal(true);
        dialog.show();
        dialog.portBox()->setEditText(device.portPath());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.testStatusLabel()->text().contains(QStringLiteral("Listening")),
                                 kTimeoutMs);
        QVERIFY(device.write("0420000000013\r"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.codesView()->count(), 1, kTimeoutMs);
        QVERIFY(dialog.rawView()->toPlainText().contains(QStringLiteral("30 34 32 30")));
        QVERIFY(dialog.codesView()->item(0)->text().contains(QStringLiteral("Анна Петрова")));
        // A keyboard scan while the dialog is open shows in its test area, not on the main window.
        m_window->handleScan(QStringLiteral("0420000000013"));
        QCOMPARE(dialog.codesView()->count(), 2);
        QCOMPARE(m_window->customerPage()->customerId(), 0);
        dialog.accept();
        QCOMPARE(ScannerSettings::load().port.path, device.portPath());
    }
};

QTEST_MAIN(TestMainWindowScans)
#include "test_mainwindowscans.moc"
