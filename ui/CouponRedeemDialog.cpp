#include "CouponRedeemDialog.h"

#include "Bidi.h"
#include "CouponCode.h"
#include "UserSettings.h"
#include "ThemeColours.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

CouponRedeemDialog::CouponRedeemDialog(Coupons& coupons, const QString& typedCode, qint64 customerId,
                                       QWidget* parent)
    : QDialog(parent), m_coupons(coupons), m_typed(typedCode), m_customerId(customerId)
{
    setWindowTitle(tr("Coupon"));
    auto* layout = new QVBoxLayout(this);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    layout->addWidget(m_details);

    auto* form = new QFormLayout;
    m_purchase = new QLineEdit(this);
    m_purchase->setPlaceholderText(tr("optional"));
    form->addRow(tr("&Purchase amount:"), m_purchase);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(ThemeColours::problemStyleSheet());
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_redeem = buttons->addButton(tr("&Redeem"), QDialogButtonBox::AcceptRole);
    m_redeem->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CouponRedeemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    auto info = m_coupons.check(typedCode);
    if (!info) {
        m_details->setText(tr("Coupon %1").arg(ltrIsolate(typedCode.trimmed().toUpper())));
        showProblem(info.error().message);
        m_redeem->setEnabled(false);
        m_purchase->setEnabled(false);
        return;
    }
    const Campaign& c = info->campaign;
    QStringList lines{
        tr("Coupon %1 — campaign “%2”").arg(ltrIsolate(CouponCode::display(info->coupon.code)), c.name),
        tr("Gives: %1").arg(m_coupons.describeOffer(c)), m_coupons.describeValidity(c)};
    if (c.minPurchaseMinor > 0)
        lines.append(tr("Minimum purchase: %1").arg(m_coupons.money().format(c.minPurchaseMinor)));
    if (!info->customerName.isEmpty())
        lines.append(tr("For %1").arg(info->customerName));
    m_details->setText(lines.join(u'\n'));
    // Only money off and a minimum need the purchase; a free item or points do not.
    const bool needsPurchase =
        c.minPurchaseMinor > 0 || c.kind == Campaign::Kind::AmountOff || c.kind == Campaign::Kind::PercentOff;
    m_purchase->setEnabled(needsPurchase);
    m_purchase->setFocus();
}

QString CouponRedeemDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void CouponRedeemDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void CouponRedeemDialog::accept()
{
    CouponRedeemRequest request;
    request.tillId = UserSettings::value(UserSettings::Key::TillId).toString();
    request.customerId = m_customerId;
    if (m_purchase->isEnabled() && !m_purchase->text().trimmed().isEmpty()) {
        auto purchase = m_coupons.money().parse(m_purchase->text());
        if (!purchase) {
            showProblem(purchase.error().message);
            return;
        }
        request.purchaseMinor = purchase.value();
    }
    auto used = m_coupons.redeem(m_typed, request);
    if (!used) {
        showProblem(used.error().message);
        return;
    }
    m_redemption = used.value();
    QDialog::accept();
}
