#pragma once

#include "LoyaltyLedger.h"

#include <QWidget>

#include <functional>

class Coupons;
class CustomerDirectory;
class OfflineTill;
class QLabel;
class QPushButton;
class QTableView;
class StatementModel;

// A customer's programme on their page: balance, expiry, tier, stamps, vouchers, the statement, and the
// actions a clerk takes at the till (sale, refund, points) with the owner's ones marked.
class LoyaltyPanel : public QWidget
{
    Q_OBJECT

public:
    LoyaltyPanel(LoyaltyLedger& ledger, CustomerDirectory& directory, QWidget* parent = nullptr);

    void showCustomer(qint64 id);
    void refresh();
    // Sales can use coupons once this is set.
    void setCoupons(Coupons* coupons) { m_coupons = coupons; }
    // A sale whose server goes away while it is typed is kept in this till's outbox (see SaleDialog).
    void setOfflineTill(OfflineTill* till, std::function<bool()> serverLost)
    {
        m_offlineTill = till;
        m_serverLost = std::move(serverLost);
    }

    QPushButton* saleButton() const { return m_sale; }
    QLabel* balanceLabel() const { return m_balance; }
    QLabel* stampsLabel() const { return m_stamps; }
    QLabel* lastActionLabel() const { return m_lastAction; }
    QTableView* statementView() const { return m_statement; }

    void recordSale();
    void refund();
    void givePoints();
    void registerStampCard();
    void recordReferrer();
    void donatePoints();
    void printStatement();
    void exportStatement();
    void printCard();
    void printConsentForm();
    void printLastReceipt();

Q_SIGNALS:
    void changed(qint64 customerId);

private:
    void announce(const QString& text);
    QString customerName() const;

    LoyaltyLedger& m_ledger;
    CustomerDirectory& m_directory;
    Coupons* m_coupons = nullptr;
    OfflineTill* m_offlineTill = nullptr;
    std::function<bool()> m_serverLost;
    qint64 m_id = 0;
    QLabel* m_balance = nullptr;
    QLabel* m_expiry = nullptr;
    QLabel* m_tier = nullptr;
    QLabel* m_discount = nullptr;
    QLabel* m_stamps = nullptr;
    QLabel* m_vouchers = nullptr;
    QLabel* m_purchases = nullptr;
    QLabel* m_lastAction = nullptr;
    QPushButton* m_sale = nullptr;
    QTableView* m_statement = nullptr;
    StatementModel* m_model = nullptr;
};
