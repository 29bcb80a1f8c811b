#pragma once

#include <QMainWindow>

#include <memory>

class CustomerDirectory;
class CustomerPage;
class CustomerSearchModel;
class AccessPolicy;
class Database;
class Clock;
class LoyaltyLedger;
class QCheckBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

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
    LoyaltyLedger& ledger() { return *m_ledger; }

public Q_SLOTS:
    void openCustomer(qint64 id);
    // Puts the query in the search box and opens the best match, if any.
    void searchAndOpen(const QString& query);
    void newCustomer(const QString& phoneOrCard = {});
    void editCustomer(qint64 id);
    void importCustomers();
    void exportCustomers();
    void editShopSettings();
    void editProgramme();
    // Expiry and birthday bonuses: at start-up and then every hour, so a new day is never missed.
    void runDailyJobs();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void runSearch();
    void openCurrentOrNew();
    void createMenus();
    void updateTitle();

    Database& m_db;
    std::unique_ptr<CustomerDirectory> m_directory;
    std::unique_ptr<AccessPolicy> m_access;
    std::unique_ptr<LoyaltyLedger> m_ledger;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_showArchived = nullptr;
    QLabel* m_hint = nullptr;
    QTableView* m_results = nullptr;
    CustomerSearchModel* m_model = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyState = nullptr;
    CustomerPage* m_page = nullptr;
};
