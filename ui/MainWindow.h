#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class CustomerDirectory;
class CustomerPage;
class CustomerSearchModel;
class Database;
class Clock;
class QCheckBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
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

public Q_SLOTS:
    void openCustomer(qint64 id);
    // Puts the query in the search box and opens the best match, if any.
    void searchAndOpen(const QString& query);
    void newCustomer(const QString& phoneOrCard = {});
    void editCustomer(qint64 id);
    void importCustomers();
    void exportCustomers();
    void editShopSettings();
    // Opens (or raises) the Reports window.
    void openReports();

public:
    ReportsWindow* reportsWindow() const;

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
    QLineEdit* m_search = nullptr;
    QCheckBox* m_showArchived = nullptr;
    QLabel* m_hint = nullptr;
    QTableView* m_results = nullptr;
    CustomerSearchModel* m_model = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyState = nullptr;
    CustomerPage* m_page = nullptr;
    QPointer<ReportsWindow> m_reports;
};
