#include "CampaignDialog.h"

#include "CustomerDirectory.h"

#include "Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

CampaignDialog::CampaignDialog(Coupons& coupons, CustomerDirectory& directory, QWidget* parent)
    : QDialog(parent), m_coupons(coupons), m_directory(directory)
{
    setWindowTitle(tr("New coupon campaign"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    form->addRow(tr("&Name:"), m_name);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Amount off"), int(Campaign::Kind::AmountOff));
    m_kind->addItem(tr("Percentage off"), int(Campaign::Kind::PercentOff));
    m_kind->addItem(tr("Free item"), int(Campaign::Kind::FreeItem));
    m_kind->addItem(tr("Bonus points"), int(Campaign::Kind::BonusPoints));
    form->addRow(tr("&Gives:"), m_kind);
    m_value = new QLineEdit(this);
    m_valueLabel = new QLabel(this);
    m_valueLabel->setBuddy(m_value);
    form->addRow(m_valueLabel, m_value);
    m_minPurchase = new QLineEdit(this);
    m_minPurchase->setPlaceholderText(tr("none"));
    form->addRow(tr("&Minimum purchase:"), m_minPurchase);

    const QDate today = QDate::currentDate();
    auto dateRow = [this, form](QCheckBox*& check, QDateEdit*& edit, const QString& label,
                                const QDate& date) {
        auto* row = new QHBoxLayout;
        check = new QCheckBox(label, this);
        edit = new QDateEdit(date, this);
        edit->setCalendar(Translations::calendar());
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        row->addWidget(check);
        row->addWidget(edit, 1);
        form->addRow(row);
    };
    dateRow(m_hasFrom, m_from, tr("Valid &from"), today);
    dateRow(m_hasUntil, m_until, tr("Valid &until"), today.addMonths(1));
    m_hasUntil->setChecked(true);

    m_terms = new QLineEdit(this);
    m_terms->setPlaceholderText(tr("Single use. Not exchangeable for cash."));
    form->addRow(tr("Short &terms:"), m_terms);
    m_count = new QSpinBox(this);
    m_count->setRange(1, Coupons::MaxCouponsPerCampaign);
    m_count->setValue(21);
    form->addRow(tr("&Coupons:"), m_count);
    m_customers = new QPlainTextEdit(this);
    m_customers->setPlaceholderText(
        tr("Empty: for anyone. Otherwise one customer a line (phone, card or name); each gets the number of "
           "coupons above, with their name printed on them."));
    m_customers->setTabChangesFocus(true);
    form->addRow(tr("For c&ustomers:"), m_customers);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("C&reate"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CampaignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &CampaignDialog::kindChanged);
    kindChanged();
}

void CampaignDialog::kindChanged()
{
    switch (Campaign::Kind(m_kind->currentData().toInt())) {
    case Campaign::Kind::AmountOff:
        m_valueLabel->setText(tr("&Amount off:"));
        m_value->setPlaceholderText(tr("for example 5.00"));
        break;
    case Campaign::Kind::PercentOff:
        m_valueLabel->setText(tr("&Percentage off:"));
        m_value->setPlaceholderText(tr("for example 10"));
        break;
    case Campaign::Kind::FreeItem:
        m_valueLabel->setText(tr("&Free item:"));
        m_value->setPlaceholderText(tr("for example a coffee"));
        break;
    case Campaign::Kind::BonusPoints:
        m_valueLabel->setText(tr("&Bonus points:"));
        m_value->setPlaceholderText(tr("for example 50"));
        break;
    }
}

QString CampaignDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void CampaignDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void CampaignDialog::accept()
{
    const Money money = m_coupons.money();
    Campaign c;
    c.name = m_name->text();
    c.kind = Campaign::Kind(m_kind->currentData().toInt());
    c.terms = m_terms->text();
    const QString value = m_value->text().trimmed();
    switch (c.kind) {
    case Campaign::Kind::AmountOff: {
        auto amount = money.parse(value);
        if (!amount) {
            showProblem(amount.error().message);
            return;
        }
        c.amountMinor = amount.value();
        break;
    }
    case Campaign::Kind::PercentOff: {
        // Basis points, read exactly and in any digits: "12,5" → 1250.
        auto hundredths = Money(QStringLiteral("EUR")).parse(value);
        if (!hundredths) {
            showProblem(hundredths.error().message);
            return;
        }
        c.percentBp = int(std::min<qint64>(hundredths.value(), 1000000));
        break;
    }
    case Campaign::Kind::FreeItem:
        c.item = value;
        break;
    case Campaign::Kind::BonusPoints: {
        auto points = Money(QStringLiteral("JPY")).parse(value); // whole numbers in any digits
        if (!points) {
            showProblem(points.error().message);
            return;
        }
        c.points = points.value();
        break;
    }
    }
    if (!m_minPurchase->text().trimmed().isEmpty()) {
        auto min = money.parse(m_minPurchase->text());
        if (!min) {
            showProblem(min.error().message);
            return;
        }
        c.minPurchaseMinor = min.value();
    }
    if (m_hasFrom->isChecked())
        c.validFrom = m_from->date();
    if (m_hasUntil->isChecked())
        c.validUntil = m_until->date();

    QList<qint64> customers;
    for (const QString& line : m_customers->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        const QString query = line.trimmed();
        if (query.isEmpty())
            continue;
        QList<SearchHit> hits;
        const auto customer = m_directory.findOne(query, &hits);
        if (!customer) {
            showProblem(hits.isEmpty()
                            ? tr("No customer matches “%1”.").arg(query)
                            : tr("“%1” matches several customers: give a phone or card number.").arg(query));
            return;
        }
        if (!customers.contains(customer->id))
            customers.append(customer->id);
    }
    auto codes = m_coupons.createCampaign(c, m_count->value(), customers);
    if (!codes) {
        showProblem(codes.error().message);
        return;
    }
    m_codes = codes.value();
    QDialog::accept();
}
