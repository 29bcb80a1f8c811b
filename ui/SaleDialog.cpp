#include "SaleDialog.h"

#include "Bidi.h"
#include "CouponCode.h"
#include "Coupons.h"
#include "OfflineTill.h"
#include "UserSettings.h"
#include "ThemeColours.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

SaleDialog::SaleDialog(LoyaltyLedger& ledger, qint64 customerId, const QString& customerName, QWidget* parent)
    : QDialog(parent), m_ledger(ledger), m_customerId(customerId), m_money(ledger.money()),
      m_tillId(UserSettings::value(UserSettings::Key::TillId).toString()),
      m_saleRef(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    setWindowTitle(tr("Sale for %1").arg(customerName));
    auto* layout = new QVBoxLayout(this);
    m_offlineBanner = new QLabel(
        tr("Offline: the server cannot be reached. This sale is kept on this till and sent when the server is "
           "back; the points shown are an estimate until then."),
        this);
    m_offlineBanner->setWordWrap(true);
    m_offlineBanner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; padding: 6px; }"));
    m_offlineBanner->hide();
    layout->addWidget(m_offlineBanner);
    auto* who = new QLabel(customerName, this);
    QFont whoFont = who->font();
    whoFont.setBold(true);
    whoFont.setPointSizeF(whoFont.pointSizeF() * 1.2);
    who->setFont(whoFont);
    who->setWordWrap(true);
    layout->addWidget(who);
    auto* form = new QFormLayout;
    m_amount = new QLineEdit(this);
    m_amount->setPlaceholderText(tr("e.g. %1").arg(m_money.formatNumber(1250)));
    m_amount->setToolTip(
        tr("The amount of the sale in %1, before any member discount.").arg(m_money.currencyCode()));
    form->addRow(tr("&Amount (%1):").arg(m_money.currencyCode()), m_amount);

    auto* redeemRow = new QHBoxLayout;
    m_redeem = new QSpinBox(this);
    m_redeem->setRange(0, 0);
    m_redeem->setToolTip(tr("How many points the customer wants to spend on this sale"));
    auto* useAll = new QPushButton(tr("Use &all"), this);
    useAll->setAutoDefault(false);
    connect(useAll, &QPushButton::clicked, this, [this] { m_redeem->setValue(m_redeem->maximum()); });
    m_redeemLimit = new QLabel(this);
    m_redeemLimit->setWordWrap(true);
    redeemRow->addWidget(m_redeem);
    redeemRow->addWidget(useAll);
    redeemRow->addWidget(m_redeemLimit, 1);
    auto* redeemLabel = new QLabel(tr("&Pay with points:"), this);
    redeemLabel->setBuddy(m_redeem);
    form->addRow(redeemLabel, redeemRow);
    m_coupon = new QLineEdit(this);
    m_coupon->setPlaceholderText(tr("Scan or type a coupon code"));
    m_coupon->setLayoutDirection(Qt::LeftToRight); // codes read left to right
    m_coupon->setEnabled(false);
    m_couponLabel = new QLabel(tr("C&oupon:"), this);
    m_couponLabel->setBuddy(m_coupon);
    m_couponLabel->setEnabled(false);
    form->addRow(m_couponLabel, m_coupon);
    layout->addLayout(form);

    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    layout->addWidget(line);

    auto* summary = new QFormLayout;
    summary->addRow(tr("Tier:"), m_tier = new QLabel(this));
    summary->addRow(tr("Member discount:"), m_discount = new QLabel(this));
    summary->addRow(tr("Coupon gives:"), m_couponGives = new QLabel(this));
    summary->addRow(tr("Points pay:"), m_pointsPay = new QLabel(this));
    summary->addRow(tr("To pay:"), m_toPay = new QLabel(this));
    summary->addRow(tr("Earns:"), m_earns = new QLabel(this));
    summary->addRow(tr("Balance after:"), m_balanceAfter = new QLabel(this));
    summary->addRow(tr("Stamps:"), m_stamps = new QLabel(this));
    QFont big = m_toPay->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_toPay->setFont(big);
    m_stamps->setWordWrap(true);
    layout->addLayout(summary);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(ThemeColours::problemStyleSheet());
    layout->addWidget(m_problem);

    m_slip = new QCheckBox(tr("Print a receipt &slip"), this);
    m_slip->setChecked(UserSettings::value(UserSettings::Key::PrintSlipAfterSale).toBool());
    connect(m_slip, &QCheckBox::toggled, this,
            [](bool on) { UserSettings::setValue(UserSettings::Key::PrintSlipAfterSale, on); });
    layout->addWidget(m_slip);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record sale"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SaleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_amount, &QLineEdit::textChanged, this, &SaleDialog::updatePreview);
    connect(m_redeem, &QSpinBox::valueChanged, this, &SaleDialog::updatePreview);
    connect(m_coupon, &QLineEdit::textChanged, this, &SaleDialog::updatePreview);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    updatePreview();
    m_amount->setFocus();
}

void SaleDialog::updatePreview()
{
    const QLocale locale;
    const QString dash = tr("—");
    m_valid = false;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    SaleRequest request;
    request.customerId = m_customerId;
    request.amountMinor = 0;
    const QString typed = m_amount->text().trimmed();
    if (!typed.isEmpty()) {
        auto amount = m_money.parse(typed);
        if (!amount) {
            m_problem->setText(amount.error().message);
            return;
        }
        request.amountMinor = amount.value();
    }
    // The limits come from a quote of the amount alone; the chosen points are then checked against them.
    request.redeemPoints = 0;
    SaleRequest probe = request;
    probe.amountMinor = std::max<qint64>(request.amountMinor, 1);
    auto limits = m_workingOffline ? m_offlineTill->quote(probe) : m_ledger.quote(probe);
    if (!limits) {
        m_problem->setText(limits.error().message);
        return;
    }
    const qint64 maxRedeem = request.amountMinor > 0 ? limits->maxRedeemable : 0;
    {
        const QSignalBlocker block(m_redeem);
        m_redeem->setMaximum(int(std::min<qint64>(maxRedeem, std::numeric_limits<int>::max())));
    }
    const LoyaltyProgramme programme = m_ledger.programme();
    m_redeemLimit->setText(tr("up to %1 (%2); balance %3")
                               .arg(ltrIsolate(locale.toString(maxRedeem)),
                                    ltrIsolate(m_money.format(maxRedeem * programme.pointValueMinor)),
                                    ltrIsolate(locale.toString(limits->balanceBefore))));
    m_tier->setText(limits->tier.isEmpty() ? dash : limits->tier);
    if (request.amountMinor <= 0) {
        m_problem->setText(QString());
        for (QLabel* label :
             {m_discount, m_couponGives, m_pointsPay, m_toPay, m_earns, m_balanceAfter, m_stamps})
            label->setText(dash);
        return;
    }
    request.redeemPoints = m_redeem->value();
    const QString coupon = m_coupon->text().trimmed();
    m_couponGives->setText(dash);
    request.couponCode = coupon;
    auto quote = m_workingOffline                 ? m_offlineTill->quote(request)
                 : coupon.isEmpty() || !m_coupons ? m_ledger.quote(request)
                                                  : m_coupons->quoteSale(coupon, request);
    if (!quote) {
        m_problem->setText(quote.error().message);
        return;
    }
    if (m_workingOffline && quote->couponDiscountMinor > 0)
        m_couponGives->setText(tr("−%1").arg(ltrIsolate(m_money.format(quote->couponDiscountMinor))));
    else if (!coupon.isEmpty() && m_coupons && !m_workingOffline) {
        // A free item is handed over, not taken off: the clerk reads what to give.
        if (auto info = m_coupons->check(coupon); info && quote->couponDiscountMinor == 0)
            m_couponGives->setText(m_coupons->describeOffer(info->campaign));
        else if (quote->couponDiscountMinor > 0)
            m_couponGives->setText(tr("−%1").arg(ltrIsolate(m_money.format(quote->couponDiscountMinor))));
    }
    const QString percent = locale.toString(quote->discountBp / 100.0, 'f', quote->discountBp % 100 ? 2 : 0);
    m_discount->setText(
        quote->discountBp == 0
            ? dash
            : tr("%1% off: −%2").arg(percent, ltrIsolate(m_money.format(quote->discountMinor))));
    m_pointsPay->setText(quote->redeemPoints == 0
                             ? dash
                             : tr("%Ln point(s): −%1", nullptr, int(quote->redeemPoints))
                                   .arg(ltrIsolate(m_money.format(quote->redeemValueMinor))));
    m_toPay->setText(ltrIsolate(m_money.format(quote->toPayMinor)));
    QString earns = tr("+%Ln point(s)", nullptr, int(quote->earnPoints));
    if (quote->bonusPoints > 0)
        earns = tr("+%L1 points and a bonus of %L2").arg(quote->earnPoints).arg(quote->bonusPoints);
    if (quote->tierMultiplierPercent != 100)
        earns =
            tr("%1 (%2 × points)").arg(earns, locale.toString(quote->tierMultiplierPercent / 100.0, 'g', 3));
    if (m_workingOffline)
        earns = tr("about %1, confirmed when the till is back online").arg(earns);
    m_earns->setText(earns);
    m_balanceAfter->setText(m_workingOffline ? tr("about %Ln point(s)", nullptr, int(quote->balanceAfter))
                                             : tr("%Ln point(s)", nullptr, int(quote->balanceAfter)));
    if (!programme.stampsEnabled)
        m_stamps->setText(dash);
    else if (quote->fillsStampCard)
        m_stamps->setText(
            tr("This sale fills the stamp card: the customer gets “%1”.").arg(programme.stampReward));
    else
        m_stamps->setText(tr("%L1 of %L2 after this sale").arg(quote->stampsAfter).arg(quote->stampsToFill));
    m_problem->setText(QString());
    m_valid = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
}

bool SaleDialog::goOfflineIfServerLost()
{

    if (m_workingOffline || !m_offlineTill || !m_serverLost || !m_serverLost())
        return false;
    setWorkingOffline(true);
    return true;
}

void SaleDialog::accept()
{
    updatePreview();
    // The connection went while the clerk was typing: the sale goes on from the copy and the outbox, with
    // everything typed kept.
    if (!m_valid)
        goOfflineIfServerLost();
    if (!m_valid)
        return;
    SaleRequest request;
    request.customerId = m_customerId;
    request.amountMinor = m_money.parse(m_amount->text()).value();
    request.redeemPoints = m_redeem->value();
    request.tillId = m_tillId;
    request.saleRef = m_saleRef;
    const QString coupon = m_coupon->text().trimmed();
    request.couponCode = coupon;
    auto outcome = m_workingOffline                 ? m_offlineTill->recordSale(request)
                   : coupon.isEmpty() || !m_coupons ? m_ledger.recordSale(request)
                                                    : m_coupons->recordSale(coupon, request);
    // The connection went as the sale was sent: the same sale, with the same reference, goes to the outbox.
    if (!outcome && goOfflineIfServerLost())
        outcome = m_offlineTill->recordSale(request);
    if (!outcome) {
        m_problem->setText(outcome.error().message);
        return;
    }
    m_outcome = outcome.value();
    QDialog::accept();
}

void SaleDialog::setOfflineTill(OfflineTill* till, std::function<bool()> serverLost)
{
    m_offlineTill = till;
    m_serverLost = std::move(serverLost);
}

void SaleDialog::setWorkingOffline(bool offline)
{
    m_workingOffline = offline && m_offlineTill;
    m_offlineBanner->setVisible(m_workingOffline);
    // A slip is printed from the server's record of the sale, which does not exist yet.
    m_slip->setEnabled(!m_workingOffline);
    if (m_workingOffline) {
        m_coupon->setEnabled(true);
        m_couponLabel->setEnabled(true);
    }
    updatePreview();
}

void SaleDialog::setCoupons(Coupons* coupons)
{
    m_coupons = coupons;
    m_coupon->setEnabled(coupons != nullptr);
    m_couponLabel->setEnabled(coupons != nullptr);
}

bool SaleDialog::takeScan(const QString& code, const QString& symbology)
{
    Q_UNUSED(symbology)
    if ((!m_coupons && !m_workingOffline) || !CouponCode::normalize(code))
        return false;
    m_coupon->setText(CouponCode::display(CouponCode::normalize(code).value()));
    return true;
}
