#pragma once

#include "AccessPolicy.h"
#include "ScannedCode.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class CustomerDirectory;
class CustomerPage;
class CustomerSearchModel;
class HomePage;
class OfflineDesk;
class RecentCustomers;
class QAction;
class Session;
class TillLock;
class BackupControls;
class PersonalDataActions;
class Database;
class Clock;
class ServerLink;
class Coupons;
class LoyaltyLedger;
class QCheckBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QToolButton;
class ScanClassifier;
class SerialScanner;
class WedgeScanFilter;
class ReportsWindow;

// The owner's desk: a search box that finds any customer by phone, card or name as they type, and the
// customer's page beside the results.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database& db, const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    QLineEdit* searchEdit() const { return m_search; }
    QTableView* resultsView() const { return m_results; }
    CustomerPage* customerPage() const { return m_page; }
    CustomerSearchModel* resultsModel() const { return m_model; }
    CustomerDirectory& directory() { return *m_directory; }
    ReportsWindow* reportsWindow() const;
    LoyaltyLedger& ledger() { return *m_ledger; }
    Session& session() { return *m_access; }
    TillLock* tillLock() const { return m_lock; }
    ScanClassifier& scanClassifier() { return *m_classifier; }
    SerialScanner* serialScanner() const { return m_serial; }
    WedgeScanFilter* wedgeFilter() const { return m_wedge; }
    QLabel* scannerStatusLabel() const { return m_scannerStatus; }
    HomePage* homePage() const { return m_home; }
    QToolButton* homeButton() const { return m_homeButton; }
    bool isHomeShown() const;
    BackupControls* backupControls() const { return m_backups; }
    ServerLink* serverLink() const { return m_serverLink; }
    PersonalDataActions* personalData() const { return m_personalData; }
    // A till of a server shop: the copy, the outbox and the offline banner; nullptr for a shop in a file.
    OfflineDesk* offlineDesk() const { return m_offline; }
    // Opens the redemption of a known coupon or voucher; returns false to fall back to "unknown code".
    void setCouponHandler(std::function<bool(const ScannedCode&)> handler)
    {
        m_couponHandler = std::move(handler);
    }

public Q_SLOTS:
    void openCustomer(qint64 id);
    // Puts the query in the search box and opens the best match, if any.
    void searchAndOpen(const QString& query);
    void newCustomer(const QString& phoneOrCard = {});
    void editCustomer(qint64 id);
    void importCustomers();
    void exportCustomers(bool forMarketing = false);
    void editShopSettings();
    // The first-start wizard again; it changes settings and deletes nothing.
    void runSetupWizard();
    void editProgramme();
    // A scanned voucher: its customer opens and, once confirmed, it is used (once only).
    void redeemVoucher(const ScannedCode& scanned);
    // A coupon code, scanned or typed: its redemption dialog. False when the code is no campaign's coupon
    // (a voucher, say), unless `evenIfUnknown`, when the dialog says why it cannot be used.
    bool openCoupon(const QString& typed, bool evenIfUnknown = false);
    void showCoupons();
    // Expiry and birthday bonuses: at start-up and then every hour, so a new day is never missed.
    void runDailyJobs();
    // Every code from a keyboard or serial scanner comes here and goes where it belongs; while a dialog that
    // does not take codes is open, it is held and used when the dialog closes.
    void handleScan(const QString& code, const QString& symbology = {});
    void editScannerSettings();
    void editLanguage();
    // Reads the scanner settings of this computer and (re)starts the scanners with them.
    void applyScannerSettings();

    // Opens (or raises) the Reports window.
    void openReports();
    // The owner's list of people who sign in, and the audit log.
    void openUsers();
    void openAudit();
    // Closes the customer, clears the search and shows the home page.
    void showHome();
    void focusSearch();
    // For the customer shown, or asks whose sale it is first.
    void recordSale();

Q_SIGNALS:
    void customerShown(qint64 id);
    // The owner confirmed restoring `file`: whoever opened the database closes it and puts the file in place.
    void restoreRequested(const QString& file);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void runSearch();
    void openCurrentOrNew();
    void createMenus();
    void updateTitle();
    void setUpScanners();
    void routeScan(const ScannedCode& scanned);
    void offerNewCard(const QString& card);
    void releaseHeldScans();
    void showScannerState();
    // Shows and enables what the person signed in may do; nothing while the till is locked.
    void applyAccess();
    // False, after saying so, when the person signed in may not do this.
    bool mayDo(AccessPolicy::Action action);
    // Home when nothing is searched or open, else the results beside the customer.
    void updateView();

    Database& m_db;
    std::unique_ptr<CustomerDirectory> m_directory;
    std::unique_ptr<Session> m_access;
    std::unique_ptr<LoyaltyLedger> m_ledger;
    std::unique_ptr<Coupons> m_coupons;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_showArchived = nullptr;
    QLabel* m_hint = nullptr;
    QTableView* m_results = nullptr;
    CustomerSearchModel* m_model = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyState = nullptr;
    CustomerPage* m_page = nullptr;

    const Clock& m_clock;
    std::unique_ptr<ScanClassifier> m_classifier;
    std::unique_ptr<RecentCustomers> m_recent;
    QStackedWidget* m_views = nullptr;
    HomePage* m_home = nullptr;
    QAction* m_saleAction = nullptr;
    QToolButton* m_homeButton = nullptr;
    SerialScanner* m_serial = nullptr;
    WedgeScanFilter* m_wedge = nullptr;
    QLabel* m_scannerStatus = nullptr;
    std::function<bool(const ScannedCode&)> m_couponHandler;
    QList<std::pair<QString, QString>> m_heldScans; // code, symbology
    QPointer<QWidget> m_holdingDialog;
    QPointer<ReportsWindow> m_reports;
    TillLock* m_lock = nullptr;
    BackupControls* m_backups = nullptr;
    ServerLink* m_serverLink = nullptr;
    PersonalDataActions* m_personalData = nullptr;
    OfflineDesk* m_offline = nullptr;
};
