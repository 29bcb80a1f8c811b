#pragma once

#include "Coupons.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

// A scanned or typed coupon code: what it gives, for whom, until when, and a button that uses it once.
// A refusal (mistyped, unknown, not yet valid, expired, already redeemed) is shown in its own words.
class CouponRedeemDialog : public QDialog
{
    Q_OBJECT

public:
    // `customerId`: the customer shown, who gets bonus points of a coupon for anyone; 0 when none.
    CouponRedeemDialog(Coupons& coupons, const QString& typedCode, qint64 customerId,
                       QWidget* parent = nullptr);

    QLineEdit* purchaseEdit() const { return m_purchase; }
    QPushButton* redeemButton() const { return m_redeem; }
    QString problem() const;
    // What was used, after the dialog was accepted.
    const CouponRedemption& redemption() const { return m_redemption; }
    void accept() override;

private:
    void showProblem(const QString& text);

    Coupons& m_coupons;
    QString m_typed;
    qint64 m_customerId;
    CouponRedemption m_redemption;
    QLabel* m_details = nullptr;
    QLabel* m_problem = nullptr;
    QLineEdit* m_purchase = nullptr;
    QPushButton* m_redeem = nullptr;
};
