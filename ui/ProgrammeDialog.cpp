#include "ProgrammeDialog.h"

#include "CustomerDirectory.h"
#include "Prompts.h"

#include "Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QSpinBox* spin(QWidget* parent, int min, int max)
{
    auto* box = new QSpinBox(parent);
    box->setRange(min, max);
    return box;
}

QTableWidget* table(QWidget* parent, const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    t->verticalHeader()->hide();
    t->setMinimumHeight(140);
    return t;
}

// A table with Add and Remove buttons under it.
QWidget* editableTable(QTableWidget* t, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(t);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(ProgrammeDialog::tr("&Add row"), box);
    auto* remove = new QPushButton(ProgrammeDialog::tr("&Remove row"), box);
    QObject::connect(add, &QPushButton::clicked, t, [t] { t->insertRow(t->rowCount()); });
    QObject::connect(remove, &QPushButton::clicked, t, [t] {
        if (t->currentRow() >= 0)
            t->removeRow(t->currentRow());
    });
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return box;
}

QString cell(const QTableWidget* t, int row, int column)
{
    const QTableWidgetItem* item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void setCell(QTableWidget* t, int row, int column, const QString& text)
{
    t->setItem(row, column, new QTableWidgetItem(text));
}
} // namespace

ProgrammeDialog::ProgrammeDialog(LoyaltyLedger& ledger, CustomerDirectory& directory, QWidget* parent)
    : QDialog(parent), m_ledger(ledger), m_money(ledger.money()), m_directory(directory)
{
    setWindowTitle(tr("Loyalty programme"));
    auto* layout = new QVBoxLayout(this);
    auto* owner =
        new QLabel(tr("Owner only. Changes apply to sales recorded from now on; points already earned "
                      "keep the expiry they were given."),
                   this);
    owner->setWordWrap(true);
    owner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; padding: 6px; }"));
    layout->addWidget(owner);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(pointsPage(), tr("&Points"));
    m_tabs->addTab(discountPage(), tr("&Discount card"));
    m_tabs->addTab(tiersPage(), tr("&Tiers"));
    m_tabs->addTab(stampsPage(), tr("&Stamp card"));
    m_tabs->addTab(othersPage(), tr("&Referrals and rewards"));
    layout->addWidget(m_tabs, 1);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProgrammeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    load(ledger.programme());
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
}

QString ProgrammeDialog::moneyText(qint64 minor) const
{
    return m_money.formatNumber(minor);
}

QWidget* ProgrammeDialog::pointsPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->addRow(m_pointsEnabled = new QCheckBox(tr("Customers collect bonus points"), page));
    auto* rate = new QHBoxLayout;
    m_pointsPerUnit = spin(page, 0, 1000000);
    m_unit = new QLineEdit(page);
    rate->addWidget(m_pointsPerUnit);
    rate->addWidget(new QLabel(tr("points for every"), page));
    rate->addWidget(m_unit);
    rate->addWidget(new QLabel(m_money.currencyCode(), page));
    form->addRow(tr("Earning:"), rate);
    m_pointValue = new QLineEdit(page);
    form->addRow(tr("A point pays (%1):").arg(m_money.currencyCode()), m_pointValue);
    m_minBalance = spin(page, 0, 100000000);
    form->addRow(tr("Points can be spent from a balance of:"), m_minBalance);
    m_maxShare = spin(page, 0, 100);
    m_maxShare->setSuffix(tr("%"));
    form->addRow(tr("Points may pay at most:"), m_maxShare);
    form->addRow(m_earnOnMoneyOnly =
                     new QCheckBox(tr("No points on the part of a sale paid with points"), page));
    auto* welcome = new QHBoxLayout;
    m_welcome = spin(page, 0, 100000000);
    m_welcomeOn = new QComboBox(page);
    m_welcomeOn->addItem(tr("on the first purchase"));
    m_welcomeOn->addItem(tr("on joining"));
    welcome->addWidget(m_welcome);
    welcome->addWidget(m_welcomeOn, 1);
    form->addRow(tr("Welcome bonus:"), welcome);
    m_birthday = spin(page, 0, 100000000);
    form->addRow(tr("Birthday bonus:"), m_birthday);
    m_expiryMonths = spin(page, 0, 120);
    m_expiryMonths->setSpecialValueText(tr("never"));
    m_expiryMonths->setSuffix(tr(" months"));
    form->addRow(tr("Points expire after:"), m_expiryMonths);
    auto* end = new QHBoxLayout;
    m_hasEnd = new QCheckBox(tr("The programme ends on"), page);
    m_endsOn = new QDateEdit(page);
    m_endsOn->setCalendar(Translations::calendar());
    m_endsOn->setCalendarPopup(true);
    connect(m_hasEnd, &QCheckBox::toggled, m_endsOn, &QWidget::setEnabled);
    end->addWidget(m_hasEnd);
    end->addWidget(m_endsOn, 1);
    form->addRow(tr("Campaign:"), end);
    form->addRow(m_allowNegative = new QCheckBox(tr("A refund may take a balance below zero"), page));
    m_refundLimit = new QLineEdit(page);
    m_refundLimit->setToolTip(tr("Refunds above this amount need the owner"));
    form->addRow(tr("Clerks may refund up to (%1):").arg(m_money.currencyCode()), m_refundLimit);
    return page;
}

QWidget* ProgrammeDialog::discountPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_discountMode = new QComboBox(page);
    m_discountMode->addItem(tr("No member discount"));
    m_discountMode->addItem(tr("The same discount for every member"));
    m_discountMode->addItem(tr("A discount that grows with total spend"));
    form->addRow(tr("Discount card:"), m_discountMode);
    m_fixedDiscount = new QDoubleSpinBox(page);
    m_fixedDiscount->setRange(0, 100);
    m_fixedDiscount->setDecimals(2);
    m_fixedDiscount->setSuffix(tr("%"));
    form->addRow(tr("Member discount:"), m_fixedDiscount);
    m_thresholds = table(page, {tr("Total spend from (%1)").arg(m_money.currencyCode()), tr("Discount (%)")});
    form->addRow(tr("Growing discount:"), editableTable(m_thresholds, page));
    return page;
}

QWidget* ProgrammeDialog::tiersPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->addRow(m_tiersEnabled = new QCheckBox(tr("Customers move between tiers by what they spend"), page));
    m_tierWindow = spin(page, 1, 120);
    m_tierWindow->setSuffix(tr(" months"));
    form->addRow(tr("Spend counted over the last:"), m_tierWindow);
    m_tiers = table(page, {tr("Tier"), tr("Spend from (%1)").arg(m_money.currencyCode()), tr("Points ×"),
                           tr("Discount (%)")});
    form->addRow(tr("Tiers:"), editableTable(m_tiers, page));
    return page;
}

QWidget* ProgrammeDialog::stampsPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->addRow(m_stampsEnabled =
                     new QCheckBox(tr("Stamp card: buy a number of times, get a reward"), page));
    m_stampsToFill = spin(page, 2, 50);
    form->addRow(tr("Stamps to fill a card:"), m_stampsToFill);
    m_stampMinPurchase = new QLineEdit(page);
    form->addRow(tr("Only purchases from (%1):").arg(m_money.currencyCode()), m_stampMinPurchase);
    m_stampReward = new QLineEdit(page);
    m_stampReward->setPlaceholderText(tr("e.g. a free coffee"));
    form->addRow(tr("A full card gives:"), m_stampReward);
    m_voucherDays = spin(page, 0, 3650);
    m_voucherDays->setSpecialValueText(tr("no limit"));
    m_voucherDays->setSuffix(tr(" days"));
    form->addRow(tr("The reward voucher is valid for:"), m_voucherDays);
    return page;
}

QWidget* ProgrammeDialog::othersPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->addRow(m_referralEnabled = new QCheckBox(tr("Reward customers who recommend the shop"), page));
    m_referrerPoints = spin(page, 0, 100000000);
    form->addRow(tr("Points for the one who recommends:"), m_referrerPoints);
    m_referredPoints = spin(page, 0, 100000000);
    form->addRow(tr("Points for the new customer:"), m_referredPoints);
    m_activities = table(page, {tr("Activity"), tr("Points")});
    form->addRow(tr("Rewards clerks may give:"), editableTable(m_activities, page));
    auto* recipients = new QWidget(page);
    auto* recipientsLayout = new QVBoxLayout(recipients);
    recipientsLayout->setContentsMargins(0, 0, 0, 0);
    m_recipients = new QListWidget(recipients);
    m_recipients->setMaximumHeight(fontMetrics().height() * 6);
    recipientsLayout->addWidget(m_recipients);
    auto* recipientButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add…"), recipients);
    add->setToolTip(tr("A cause is kept as a customer of its own; find it by its phone or card"));
    connect(add, &QPushButton::clicked, this, &ProgrammeDialog::addRecipient);
    auto* remove = new QPushButton(tr("Remove"), recipients);
    connect(remove, &QPushButton::clicked, this, [this] { delete m_recipients->currentItem(); });
    recipientButtons->addWidget(add);
    recipientButtons->addWidget(remove);
    recipientButtons->addStretch(1);
    recipientsLayout->addLayout(recipientButtons);
    form->addRow(tr("Points may be donated to:"), recipients);
    return page;
}

void ProgrammeDialog::load(const LoyaltyProgramme& p)
{
    const QLocale locale;
    m_pointsEnabled->setChecked(p.pointsEnabled);
    m_pointsPerUnit->setValue(int(p.pointsPerUnit));
    m_unit->setText(moneyText(p.unitMinor));
    m_pointValue->setText(moneyText(p.pointValueMinor));
    m_minBalance->setValue(int(p.minBalanceToRedeem));
    m_maxShare->setValue(p.maxSharePercent);
    m_earnOnMoneyOnly->setChecked(p.earnOnMoneyOnly);
    m_welcome->setValue(int(p.welcomeBonus));
    m_welcomeOn->setCurrentIndex(p.welcomeOn == LoyaltyProgramme::WelcomeOn::Enrolment ? 1 : 0);
    m_birthday->setValue(int(p.birthdayBonus));
    m_expiryMonths->setValue(p.expiryMonths);
    m_hasEnd->setChecked(p.endsOn.isValid());
    m_endsOn->setEnabled(p.endsOn.isValid());
    m_endsOn->setDate(p.endsOn.isValid() ? p.endsOn : QDate::currentDate().addMonths(3));
    m_allowNegative->setChecked(p.allowNegative);
    m_refundLimit->setText(moneyText(p.clerkRefundLimitMinor));

    m_discountMode->setCurrentIndex(int(p.discountMode));
    m_fixedDiscount->setValue(p.fixedDiscountBp / 100.0);
    m_thresholds->setRowCount(int(p.discountThresholds.size()));
    for (int i = 0; i < p.discountThresholds.size(); ++i) {
        setCell(m_thresholds, i, 0, moneyText(p.discountThresholds[i].spendMinor));
        setCell(m_thresholds, i, 1, locale.toString(p.discountThresholds[i].percentBp / 100.0));
    }
    m_tiersEnabled->setChecked(p.tiersEnabled);
    m_tierWindow->setValue(p.tierWindowMonths);
    m_tiers->setRowCount(int(p.tiers.size()));
    for (int i = 0; i < p.tiers.size(); ++i) {
        setCell(m_tiers, i, 0, p.tiers[i].name);
        setCell(m_tiers, i, 1, moneyText(p.tiers[i].spendMinor));
        setCell(m_tiers, i, 2, locale.toString(p.tiers[i].multiplierPercent / 100.0));
        setCell(m_tiers, i, 3, locale.toString(p.tiers[i].discountBp / 100.0));
    }
    m_stampsEnabled->setChecked(p.stampsEnabled);
    m_stampsToFill->setValue(p.stampsToFill);
    m_stampMinPurchase->setText(moneyText(p.stampMinPurchaseMinor));
    m_stampReward->setText(p.stampReward);
    m_voucherDays->setValue(p.voucherValidDays);
    m_referralEnabled->setChecked(p.referralEnabled);
    m_referrerPoints->setValue(int(p.referrerPoints));
    m_referredPoints->setValue(int(p.referredPoints));
    m_activities->setRowCount(int(p.activities.size()));
    for (int i = 0; i < p.activities.size(); ++i) {
        setCell(m_activities, i, 0, p.activities[i].reason);
        setCell(m_activities, i, 1, locale.toString(p.activities[i].points));
    }
    m_recipients->clear();
    for (qint64 id : p.donationRecipients) {
        const auto c = m_directory.customer(id);
        auto* item = new QListWidgetItem(c ? c->name : tr("customer %1").arg(id), m_recipients);
        item->setData(Qt::UserRole, id);
    }
}

void ProgrammeDialog::addRecipient()
{
    const QString query = Prompts::instance().askText(this, tr("Donations"),
                                                      tr("Phone or card of the cause or customer to add:"));
    if (query.isEmpty())
        return;
    QList<SearchHit> hits;
    const auto recipient = m_directory.findOne(query, &hits);
    if (!recipient) {
        Prompts::instance().warn(
            this, tr("Donations"),
            hits.isEmpty() ? tr("No customer matches “%1”.").arg(query)
                           : tr("“%1” matches several customers; type their phone or card.").arg(query));
        return;
    }
    for (int row = 0; row < m_recipients->count(); ++row) {
        if (m_recipients->item(row)->data(Qt::UserRole).toLongLong() == recipient->id)
            return;
    }
    auto* item = new QListWidgetItem(recipient->name, m_recipients);
    item->setData(Qt::UserRole, recipient->id);
}

Result<LoyaltyProgramme> ProgrammeDialog::programme() const
{
    const QLocale locale;
    LoyaltyProgramme p;
    auto money = [this](const QString& text, const QString& field) -> Result<qint64> {
        auto parsed = m_money.parse(text);
        if (!parsed)
            return makeError(Error::Kind::Invalid, tr("%1: %2").arg(field, parsed.error().message));
        return parsed;
    };
    // A number typed in any digits, with the locale's or a plain decimal point.
    auto number = [&locale](const QString& text, double* value) {
        bool ok = false;
        *value = locale.toDouble(text, &ok);
        if (!ok)
            *value = QLocale::c().toDouble(text, &ok);
        return ok;
    };
    p.pointsEnabled = m_pointsEnabled->isChecked();
    p.pointsPerUnit = m_pointsPerUnit->value();
    auto unit = money(m_unit->text(), tr("Earning"));
    if (!unit)
        return unit.error();
    if (unit.value() <= 0)
        return makeError(Error::Kind::Invalid,
                         tr("Earning: the amount for which points are given must be above zero."));
    p.unitMinor = unit.value();
    auto value = money(m_pointValue->text(), tr("A point pays"));
    if (!value)
        return value.error();
    p.pointValueMinor = value.value();
    p.minBalanceToRedeem = m_minBalance->value();
    p.maxSharePercent = m_maxShare->value();
    p.earnOnMoneyOnly = m_earnOnMoneyOnly->isChecked();
    p.welcomeBonus = m_welcome->value();
    p.welcomeOn = m_welcomeOn->currentIndex() == 1 ? LoyaltyProgramme::WelcomeOn::Enrolment
                                                   : LoyaltyProgramme::WelcomeOn::FirstPurchase;
    p.birthdayBonus = m_birthday->value();
    p.expiryMonths = m_expiryMonths->value();
    p.endsOn = m_hasEnd->isChecked() ? m_endsOn->date() : QDate();
    p.allowNegative = m_allowNegative->isChecked();
    auto limit = money(m_refundLimit->text(), tr("Clerks may refund up to"));
    if (!limit)
        return limit.error();
    p.clerkRefundLimitMinor = limit.value();

    p.discountMode = LoyaltyProgramme::DiscountMode(m_discountMode->currentIndex());
    p.fixedDiscountBp = int(std::lround(m_fixedDiscount->value() * 100));
    for (int row = 0; row < m_thresholds->rowCount(); ++row) {
        if (cell(m_thresholds, row, 0).isEmpty() && cell(m_thresholds, row, 1).isEmpty())
            continue;
        auto spend = money(cell(m_thresholds, row, 0), tr("Growing discount, row %1").arg(row + 1));
        double percent = 0;
        if (!spend)
            return spend.error();
        if (!number(cell(m_thresholds, row, 1), &percent) || percent < 0 || percent > 100)
            return makeError(Error::Kind::Invalid,
                             tr("Growing discount, row %1: type a percentage from 0 to 100.").arg(row + 1));
        p.discountThresholds.append({spend.value(), int(std::lround(percent * 100))});
    }
    p.tiersEnabled = m_tiersEnabled->isChecked();
    p.tierWindowMonths = m_tierWindow->value();
    for (int row = 0; row < m_tiers->rowCount(); ++row) {
        if (cell(m_tiers, row, 0).isEmpty() && cell(m_tiers, row, 1).isEmpty())
            continue;
        auto spend = money(cell(m_tiers, row, 1), tr("Tiers, row %1").arg(row + 1));
        if (!spend)
            return spend.error();
        double multiplier = 1;
        double discount = 0;
        if (!cell(m_tiers, row, 2).isEmpty() &&
            (!number(cell(m_tiers, row, 2), &multiplier) || multiplier < 0 || multiplier > 10))
            return makeError(Error::Kind::Invalid,
                             tr("Tiers, row %1: points × takes a number such as 1.5.").arg(row + 1));
        if (!cell(m_tiers, row, 3).isEmpty() &&
            (!number(cell(m_tiers, row, 3), &discount) || discount < 0 || discount > 100))
            return makeError(Error::Kind::Invalid,
                             tr("Tiers, row %1: type a percentage from 0 to 100.").arg(row + 1));
        p.tiers.append({cell(m_tiers, row, 0), spend.value(), int(std::lround(multiplier * 100)),
                        int(std::lround(discount * 100))});
    }
    p.stampsEnabled = m_stampsEnabled->isChecked();
    p.stampsToFill = m_stampsToFill->value();
    auto minimum = money(m_stampMinPurchase->text(), tr("Stamp card"));
    if (!minimum)
        return minimum.error();
    p.stampMinPurchaseMinor = minimum.value();
    p.stampReward = m_stampReward->text().trimmed();
    p.voucherValidDays = m_voucherDays->value();
    p.referralEnabled = m_referralEnabled->isChecked();
    p.referrerPoints = m_referrerPoints->value();
    p.referredPoints = m_referredPoints->value();
    for (int row = 0; row < m_activities->rowCount(); ++row) {
        if (cell(m_activities, row, 0).isEmpty() && cell(m_activities, row, 1).isEmpty())
            continue;
        double points = 0;
        if (!number(cell(m_activities, row, 1), &points) || points < 1 || points != std::floor(points))
            return makeError(Error::Kind::Invalid,
                             tr("Rewards, row %1: type a whole number of points above zero.").arg(row + 1));
        p.activities.append({cell(m_activities, row, 0), qint64(points)});
    }
    for (int row = 0; row < m_recipients->count(); ++row)
        p.donationRecipients.append(m_recipients->item(row)->data(Qt::UserRole).toLongLong());
    if (auto valid = p.validate(); !valid)
        return valid.error();
    return p;
}

void ProgrammeDialog::accept()
{
    auto p = programme();
    if (!p) {
        m_problem->setText(p.error().message);
        return;
    }
    if (auto saved = m_ledger.setProgramme(p.value()); !saved) {
        m_problem->setText(saved.error().message);
        return;
    }
    QDialog::accept();
}
