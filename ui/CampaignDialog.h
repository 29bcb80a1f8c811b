#pragma once

#include "Coupons.h"

#include <QDialog>

class CustomerDirectory;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// A new coupon campaign: its name, what it gives, the minimum purchase, the days it is valid, short terms,
// how many coupons and, optionally, the customers they are for (one coupon run per customer).
class CampaignDialog : public QDialog
{
    Q_OBJECT

public:
    CampaignDialog(Coupons& coupons, CustomerDirectory& directory, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* valueEdit() const { return m_value; }
    QSpinBox* countBox() const { return m_count; }
    QLineEdit* minPurchaseEdit() const { return m_minPurchase; }
    QCheckBox* fromCheck() const { return m_hasFrom; }
    QDateEdit* fromEdit() const { return m_from; }
    QCheckBox* untilCheck() const { return m_hasUntil; }
    QDateEdit* untilEdit() const { return m_until; }
    QLineEdit* termsEdit() const { return m_terms; }
    QPlainTextEdit* customersEdit() const { return m_customers; }
    QString problem() const;
    QStringList createdCodes() const { return m_codes; }
    void accept() override;

private:
    void kindChanged();
    void showProblem(const QString& text);

    Coupons& m_coupons;
    CustomerDirectory& m_directory;
    QStringList m_codes;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QLabel* m_valueLabel = nullptr;
    QLineEdit* m_value = nullptr;
    QSpinBox* m_count = nullptr;
    QLineEdit* m_minPurchase = nullptr;
    QCheckBox* m_hasFrom = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_hasUntil = nullptr;
    QDateEdit* m_until = nullptr;
    QLineEdit* m_terms = nullptr;
    QPlainTextEdit* m_customers = nullptr;
    QLabel* m_problem = nullptr;
};
