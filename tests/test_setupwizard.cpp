#include "AccessPolicy.h"
#include "CustomerPage.h"
#include "Database.h"
#include "GuiTestSupport.h"
#include "HelpKey.h"
#include "HelpWindow.h"
#include "ImportDialog.h"
#include "LoyaltyLedger.h"
#include "MainWindow.h"
#include "OwnerAccountForm.h"
#include "Prompts.h"
#include "SetupWizard.h"
#include "ShopSettings.h"
#include "ShopSetupDialog.h"
#include "TestSupport.h"
#include "UserAccounts.h"
#include "UserSettings.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using GuiTestSupport::whenDialogOpens;

// The first start end to end on an empty database, offscreen: every page filled, Finish, and the customer
// brought in on the last page found from the main window; then the wizard run again changes nothing.
class TestSetupWizard : public QObject
{
    Q_OBJECT

private:
    GuiTestSupport::RecordingPrompts m_prompts;

private Q_SLOTS:
    void init()
    {
        TestSupport::failOnWarnings();
        Prompts::setInstance(&m_prompts);
        UserSettings::setValue(UserSettings::Key::Language, QString());
    }
    void cleanup()
    {
        Prompts::setInstance(nullptr);
        UserSettings::setValue(UserSettings::Key::Language, QString());
    }

    void firstStartEndToEnd()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("new-shop.sqlite3")));
        QVERIFY(db);
        QVERIFY(SetupWizard::isNeeded(*db.value()));
        QFile csv(dir.filePath(QStringLiteral("customers.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("name,phone\nLayla Haddad,0501234567\nOmar Saleh,0551234567\n");
        csv.close();

        SettableClock clock(TestSupport::fixedNow());
        {
            SetupWizard wizard(*db.value(), clock);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));

            // F1 on the first page opens the guide at setting up.
            HelpKey::installOnce();
            QTest::keyClick(wizard.shopForm()->shopNameEdit(), Qt::Key_F1);
            auto* help = wizard.findChild<HelpWindow*>();
            QVERIFY(help);
            QCOMPARE(help->topic(), QStringLiteral("setup"));
            help->close();

            // The shop: a name and Saudi Arabia, which suggests Arabic.
            QCOMPARE(wizard.currentId(), int(SetupWizard::ShopPage));
            wizard.shopForm()->shopNameEdit()->setText(QStringLiteral("Corner Café"));
            QComboBox* country = wizard.shopForm()->countryBox();
            country->setCurrentIndex(country->findData(QStringLiteral("SA")));
            QCOMPARE(wizard.languageBox()->currentData().toString(), QStringLiteral("ar"));
            // Enter in a field of the embedded shop form goes on, as in any wizard.
            QTest::keyClick(wizard.shopForm()->shopNameEdit(), Qt::Key_Return);
            QCOMPARE(wizard.currentId(), int(SetupWizard::ProgrammePage));
            QVERIFY(!wizard.shopForm()->isHidden()); // still on its page after saving, for Back

            // A stamp card; the offer is described in the shop's currency.
            wizard.chooseProgramme(SetupWizard::Programme::Stamps);
            wizard.next();

            // The owner: two different passwords are refused, then the same one twice is taken.
            QCOMPARE(wizard.currentId(), int(SetupWizard::OwnerPage));
            QVERIFY(wizard.ownerForm());
            wizard.ownerForm()->nameEdit()->setText(QStringLiteral("Samira"));
            wizard.ownerForm()->passwordEdit()->setText(QStringLiteral("corner-cafe-2026"));
            wizard.ownerForm()->repeatEdit()->setText(QStringLiteral("corner-cafe-2025"));
            wizard.next();
            QCOMPARE(wizard.currentId(), int(SetupWizard::OwnerPage));
            wizard.ownerForm()->repeatEdit()->setText(QStringLiteral("corner-cafe-2026"));
            wizard.next();

            // The scanner page with its live test: a code scanned meanwhile shows there.
            QCOMPARE(wizard.currentId(), int(SetupWizard::ScannerPage));
            QVERIFY(wizard.takeScan(QStringLiteral("0420000000013"), QString()));
            wizard.next();

            // Customers from a CSV file, through the import dialog's preview.
            QCOMPARE(wizard.currentId(), int(SetupWizard::CustomersPage));
            whenDialogOpens<ImportDialog>([](ImportDialog* dialog) {
                QVERIFY(dialog->importAllButton()->isEnabled());
                dialog->importAllButton()->click();
            });
            wizard.importFile(csv.fileName());
            QCOMPARE(wizard.importedCount(), 2);
            QVERIFY(wizard.importedLabel()->text().contains(QStringLiteral("2")));
            QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
            wizard.button(QWizard::FinishButton)->click();
            QCOMPARE(wizard.result(), int(QDialog::Accepted));
        }

        QVERIFY(!SetupWizard::isNeeded(*db.value()));
        ShopSettings settings(*db.value());
        QCOMPARE(settings.value(ShopSettings::Key::ShopName), QStringLiteral("Corner Café"));
        QCOMPARE(settings.value(ShopSettings::Key::Country), QStringLiteral("SA"));
        QCOMPARE(UserSettings::value(UserSettings::Key::Language).toString(), QStringLiteral("ar"));
        OwnerEverywhere owner(QStringLiteral("test"));
        LoyaltyLedger ledger(*db.value(), clock, owner);
        QVERIFY(ledger.programme().stampsEnabled);
        QVERIFY(!ledger.programme().pointsEnabled);
        QCOMPARE(ledger.money().currencyCode(), QStringLiteral("SAR"));
        UserAccounts accounts(*db.value(), clock, owner);
        QVERIFY(accounts.owner());
        QCOMPARE(accounts.owner()->name, QStringLiteral("Samira"));

        // The main window finds the customer the wizard brought in, by the number typed the local way.
        {
            MainWindow window(*db.value(), clock);
            window.show();
            window.searchAndOpen(QStringLiteral("0501234567"));
            QVERIFY(window.customerPage()->customerId() > 0);
            QCOMPARE(window.customerPage()->nameLabel()->text(), QStringLiteral("Layla Haddad"));
        }

        // Run again: what was set is shown, Next through every page deletes and replaces nothing.
        const QString programmeBefore = settings.value(ShopSettings::Key::Programme);
        {
            SetupWizard again(*db.value(), clock);
            again.show();
            QCOMPARE(again.shopForm()->shopNameEdit()->text(), QStringLiteral("Corner Café"));
            QVERIFY(!again.ownerForm());
            QCOMPARE(again.chosenProgramme(), SetupWizard::Programme::Stamps);
            while (again.currentId() != SetupWizard::CustomersPage) {
                const int before = again.currentId();
                again.next();
                QVERIFY(again.currentId() != before);
            }
            again.button(QWizard::FinishButton)->click();
        }
        QCOMPARE(settings.value(ShopSettings::Key::Programme), programmeBefore);
        CustomerDirectory directory(*db.value(), clock);
        QCOMPARE(directory.store().count(), 2);
        QVERIFY(accounts.owner());
    }

    void countriesSuggestTheirLanguage()
    {
        QCOMPARE(SetupWizard::languageForRegion(QStringLiteral("IR")), QStringLiteral("fa"));
        QCOMPARE(SetupWizard::languageForRegion(QStringLiteral("RU")), QStringLiteral("ru"));
        QCOMPARE(SetupWizard::languageForRegion(QStringLiteral("EG")), QStringLiteral("ar"));
        QCOMPARE(SetupWizard::languageForRegion(QStringLiteral("DE")), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestSetupWizard)
#include "test_setupwizard.moc"
