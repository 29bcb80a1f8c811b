#pragma once

#include "LoyaltyLedger.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

// Refund all or part of one of the customer's sales; the points follow in proportion.
class RefundDialog : public QDialog
{
    Q_OBJECT

public:
    RefundDialog(LoyaltyLedger& ledger, qint64 customerId, QWidget* parent = nullptr);

    QComboBox* saleBox() const { return m_sale; }
    QLineEdit* amountEdit() const { return m_amount; }
    const RefundOutcome& outcome() const { return m_outcome; }
    void accept() override;

private:
    LoyaltyLedger& m_ledger;
    Money m_money;
    QList<SaleRecord> m_sales;
    RefundOutcome m_outcome;
    QComboBox* m_sale = nullptr;
    QLineEdit* m_amount = nullptr;
    QLabel* m_problem = nullptr;
};
