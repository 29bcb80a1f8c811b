#pragma once

#include "HomeFigures.h"

#include <QWidget>

class Clock;
class CustomerDirectory;
class Database;
class LoyaltyLedger;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class RecentCustomers;

// What the owner sees when no customer is open: four buttons for the daily moments, the customers opened
// lately, today's sales and new customers, and the points about to expire.
class HomePage : public QWidget
{
    Q_OBJECT

public:
    HomePage(Database& db, CustomerDirectory& directory, LoyaltyLedger& ledger, const Clock& clock,
             RecentCustomers& recent, QWidget* parent = nullptr);

    QPushButton* findButton() const { return m_find; }
    QPushButton* saleButton() const { return m_sale; }
    QPushButton* couponsButton() const { return m_coupons; }
    QPushButton* reportsButton() const { return m_reports; }
    QListWidget* recentList() const { return m_recent; }
    QLabel* salesLabel() const { return m_sales; }
    QLabel* enrolmentsLabel() const { return m_enrolments; }
    QLabel* expiringLabel() const { return m_expiringSummary; }
    QTableWidget* expiringTable() const { return m_expiring; }
    const HomeFigures::Today& figures() const { return m_figures; }

public Q_SLOTS:
    // Reads the figures and the recent customers again.
    void refresh();

Q_SIGNALS:
    void findCustomerRequested();
    void saleRequested();
    void couponsRequested();
    void reportsRequested();
    void customerRequested(qint64 id);

private:
    void fillRecent();
    void fillFigures();

    Database& m_db;
    CustomerDirectory& m_directory;
    LoyaltyLedger& m_ledger;
    const Clock& m_clock;
    RecentCustomers& m_recentCustomers;
    HomeFigures::Today m_figures;

    QPushButton* m_find = nullptr;
    QPushButton* m_sale = nullptr;
    QPushButton* m_coupons = nullptr;
    QPushButton* m_reports = nullptr;
    QLabel* m_day = nullptr;
    QListWidget* m_recent = nullptr;
    QLabel* m_recentEmpty = nullptr;
    QLabel* m_sales = nullptr;
    QLabel* m_enrolments = nullptr;
    QLabel* m_expiringSummary = nullptr;
    QTableWidget* m_expiring = nullptr;
};
