#pragma once

#include "LoyaltyLedger.h"

#include <QDialog>

#include <functional>

class Coupons;
class OfflineTill;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// The clerk's moment: type the amount, see what the sale earns and what points may pay, press Enter.
class SaleDialog : public QDialog
{
    Q_OBJECT

public:
    SaleDialog(LoyaltyLedger& ledger, qint64 customerId, const QString& customerName,
               QWidget* parent = nullptr);

    QLineEdit* amountEdit() const { return m_amount; }
    QSpinBox* redeemBox() const { return m_redeem; }
    QLabel* problemLabel() const { return m_problem; }
    QLineEdit* couponEdit() const { return m_coupon; }
    QLabel* couponLabel() const { return m_couponGives; }
    QCheckBox* slipBox() const { return m_slip; }
    // Coupons can be used with the sale once this is set (scanned or typed into the coupon field).
    void setCoupons(Coupons* coupons);
    // A till of a server shop: when recording fails and `serverLost()` says the server is gone, the sale
    // goes to the till's outbox with the same reference, so nothing typed is lost.
    void setOfflineTill(OfflineTill* till, std::function<bool()> serverLost);
    // Works from the till's copy from the start (the server is known to be out of reach): points are
    // estimated and the sale goes to the outbox.
    void setWorkingOffline(bool offline);
    bool isWorkingOffline() const { return m_workingOffline; }
    QLabel* offlineBanner() const { return m_offlineBanner; }
    // A coupon scanned while the dialog is open goes into the coupon field.
    Q_INVOKABLE bool takeScan(const QString& code, const QString& symbology);
    // After accept(): what was recorded.
    const SaleOutcome& outcome() const { return m_outcome; }

    void accept() override;

private:
    void updatePreview();
    // Switches to the copy and the outbox when the server has gone; false when it is still there.
    bool goOfflineIfServerLost();

    LoyaltyLedger& m_ledger;
    Coupons* m_coupons = nullptr;
    OfflineTill* m_offlineTill = nullptr;
    std::function<bool()> m_serverLost;
    bool m_workingOffline = false;
    QLabel* m_offlineBanner = nullptr;
    qint64 m_customerId;
    Money m_money;
    QString m_tillId;
    QString m_saleRef; // fixed for the dialog's life, so a double press records one sale
    SaleOutcome m_outcome;
    bool m_valid = false;

    QLineEdit* m_amount = nullptr;
    QSpinBox* m_redeem = nullptr;
    QLabel* m_redeemLimit = nullptr;
    QLabel* m_discount = nullptr;
    QLabel* m_pointsPay = nullptr;
    QLabel* m_toPay = nullptr;
    QLabel* m_earns = nullptr;
    QLabel* m_balanceAfter = nullptr;
    QLabel* m_stamps = nullptr;
    QLabel* m_tier = nullptr;
    QLabel* m_problem = nullptr;
    QLineEdit* m_coupon = nullptr;
    QLabel* m_couponLabel = nullptr;
    QLabel* m_couponGives = nullptr;
    QCheckBox* m_slip = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
