#pragma once

#include <QWizard>

#include <memory>

class Clock;
class CustomerDirectory;
class Database;
class ImportDialog;
class LoyaltyLedger;
class OwnerAccountForm;
class OwnerEverywhere;
class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class ScanClassifier;
class ScannerSettingsDialog;
class ShopSetupDialog;
class UserAccounts;

// The first start, in a minute: the shop and its country (with the language that goes with it), the programme
// to begin with, the owner's password, the scanner with its live test, and customers from a CSV file. Each
// page saves when left with Next; run again from the File menu it shows what is set and deletes nothing.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page
    {
        ShopPage,
        ProgrammePage,
        OwnerPage,
        ScannerPage,
        CustomersPage,
    };
    // The programmes a shop can start with; the others can be added later in the programme settings.
    enum class Programme
    {
        Points,
        Discount,
        Stamps,
    };

    SetupWizard(Database& db, const Clock& clock, QWidget* parent = nullptr);
    ~SetupWizard() override;

    // True while the shop has not been set up (no country chosen yet).
    static bool isNeeded(Database& db);
    // The language for a country: the one of ours spoken there, else English.
    static QString languageForRegion(const QString& region);

    ShopSetupDialog* shopForm() const { return m_shop; }
    QComboBox* languageBox() const { return m_language; }
    void chooseProgramme(Programme programme);
    Programme chosenProgramme() const;
    // Null when the shop already has an owner (the wizard run again).
    OwnerAccountForm* ownerForm() const { return m_owner; }
    ScannerSettingsDialog* scannerForm() const { return m_scanner; }
    QPushButton* importButton() const { return m_importButton; }
    QLabel* importedLabel() const { return m_imported; }
    int importedCount() const { return m_importedCount; }
    // Previews the CSV file in the import dialog and imports what the person confirms there.
    void importFile(const QString& path);

    // Codes read while the wizard is open go to the scanner page's live test.
    Q_INVOKABLE bool takeScan(const QString& code, const QString& symbology);

    bool validateCurrentPage() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // A settings dialog shown as part of a page: its own buttons hidden, kept on the page when it would close.
    void embed(QDialog* dialog);
    QWizardPage* makeShopPage();
    QWizardPage* makeProgrammePage();
    QWizardPage* makeOwnerPage();
    QWizardPage* makeScannerPage();
    QWizardPage* makeCustomersPage();
    bool saveShop();
    bool saveProgramme();
    bool saveOwner();
    void runImport(ImportDialog& dialog);
    QString describe(Programme programme) const;

    Database& m_db;
    const Clock& m_clock;
    std::unique_ptr<CustomerDirectory> m_directory;
    std::unique_ptr<OwnerEverywhere> m_access;
    std::unique_ptr<LoyaltyLedger> m_ledger;
    std::unique_ptr<UserAccounts> m_accounts;
    std::unique_ptr<ScanClassifier> m_classifier;
    bool m_languageChosen = false; // the person picked a language: the country no longer suggests one
    int m_importedCount = 0;

    ShopSetupDialog* m_shop = nullptr;
    QComboBox* m_language = nullptr;
    QButtonGroup* m_programmes = nullptr;
    QList<QLabel*> m_programmeDetails;
    OwnerAccountForm* m_owner = nullptr;
    ScannerSettingsDialog* m_scanner = nullptr;
    QPushButton* m_importButton = nullptr;
    QLabel* m_imported = nullptr;
    QList<QObject*> m_embedded;
};
