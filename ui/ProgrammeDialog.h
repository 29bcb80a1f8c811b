#pragma once

#include "LoyaltyLedger.h"

#include <QDialog>

class CustomerDirectory;
class QCheckBox;
class QListWidget;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTabWidget;

// The owner's one page for the programme's rules: points, expiry, discount cards, tiers, stamp cards,
// referrals, activities and donations. Saving validates everything first and changes nothing on a mistake.
class ProgrammeDialog : public QDialog
{
    Q_OBJECT

public:
    ProgrammeDialog(LoyaltyLedger& ledger, CustomerDirectory& directory, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    QCheckBox* stampsEnabled() const { return m_stampsEnabled; }
    QSpinBox* stampsToFill() const { return m_stampsToFill; }
    QLineEdit* stampReward() const { return m_stampReward; }
    QLabel* problemLabel() const { return m_problem; }
    // Asks for a phone or card and adds that customer (or cause) to those points may be donated to.
    void addRecipient();
    // The rules as the form shows them, or why they cannot be saved.
    Result<LoyaltyProgramme> programme() const;
    void accept() override;

private:
    void load(const LoyaltyProgramme& p);
    QWidget* pointsPage();
    QWidget* discountPage();
    QWidget* tiersPage();
    QWidget* stampsPage();
    QWidget* othersPage();
    QString moneyText(qint64 minor) const;

    LoyaltyLedger& m_ledger;
    Money m_money;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_problem = nullptr;

    QCheckBox* m_pointsEnabled = nullptr;
    QSpinBox* m_pointsPerUnit = nullptr;
    QLineEdit* m_unit = nullptr;
    QLineEdit* m_pointValue = nullptr;
    QSpinBox* m_minBalance = nullptr;
    QSpinBox* m_maxShare = nullptr;
    QCheckBox* m_earnOnMoneyOnly = nullptr;
    QSpinBox* m_welcome = nullptr;
    QComboBox* m_welcomeOn = nullptr;
    QSpinBox* m_birthday = nullptr;
    QSpinBox* m_expiryMonths = nullptr;
    QCheckBox* m_hasEnd = nullptr;
    QDateEdit* m_endsOn = nullptr;
    QCheckBox* m_allowNegative = nullptr;

    QComboBox* m_discountMode = nullptr;
    QDoubleSpinBox* m_fixedDiscount = nullptr;
    QTableWidget* m_thresholds = nullptr;

    QCheckBox* m_tiersEnabled = nullptr;
    QSpinBox* m_tierWindow = nullptr;
    QTableWidget* m_tiers = nullptr;

    QCheckBox* m_stampsEnabled = nullptr;
    QSpinBox* m_stampsToFill = nullptr;
    QLineEdit* m_stampMinPurchase = nullptr;
    QLineEdit* m_stampReward = nullptr;
    QSpinBox* m_voucherDays = nullptr;

    QCheckBox* m_referralEnabled = nullptr;
    QSpinBox* m_referrerPoints = nullptr;
    QSpinBox* m_referredPoints = nullptr;
    QTableWidget* m_activities = nullptr;
    QLineEdit* m_refundLimit = nullptr;
    QListWidget* m_recipients = nullptr; // item data: customer id
    CustomerDirectory& m_directory;
};
