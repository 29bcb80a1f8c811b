#include "GrantPointsDialog.h"
#include "ThemeColours.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

GrantPointsDialog::GrantPointsDialog(LoyaltyLedger& ledger, qint64 customerId, QWidget* parent)
    : QDialog(parent), m_ledger(ledger), m_customerId(customerId), m_programme(ledger.programme())
{
    setWindowTitle(tr("Give points"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_reason = new QComboBox(this);
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    for (const LoyaltyProgramme::Activity& a : m_programme.activities)
        m_reason->addItem(a.reason, QVariant::fromValue(a.points));
    m_reason->lineEdit()->setPlaceholderText(tr("an activity, or why the balance is corrected"));
    form->addRow(tr("&Reason:"), m_reason);
    m_points = new QSpinBox(this);
    m_points->setRange(-1000000, 1000000);
    form->addRow(tr("&Points:"), m_points);
    layout->addLayout(form);
    m_ownerNote = new QLabel(this);
    m_ownerNote->setWordWrap(true);
    layout->addWidget(m_ownerNote);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(ThemeColours::problemStyleSheet());
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Give"));
    connect(buttons, &QDialogButtonBox::accepted, this, &GrantPointsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_reason, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_points->setValue(int(m_reason->itemData(index).toLongLong()));
    });
    connect(m_reason, &QComboBox::currentTextChanged, this, &GrantPointsDialog::reasonChanged);
    connect(m_points, &QSpinBox::valueChanged, this, &GrantPointsDialog::reasonChanged);
    if (m_reason->count() > 0)
        m_points->setValue(int(m_reason->itemData(0).toLongLong()));
    reasonChanged();
    setMinimumWidth(fontMetrics().averageCharWidth() * 55);
}

void GrantPointsDialog::reasonChanged()
{
    const bool listed = m_reason->findText(m_reason->currentText().trimmed(), Qt::MatchFixedString) >= 0;
    m_ownerNote->setText(
        listed && m_points->value() > 0
            ? QString()
            : tr("Owner only: points for a reason that is not in the programme's list, or taken "
                 "away, are a correction of the balance."));
}

void GrantPointsDialog::accept()
{
    auto balance = m_ledger.grant(m_customerId, m_points->value(), m_reason->currentText());
    if (!balance) {
        m_problem->setText(balance.error().message);
        return;
    }
    QDialog::accept();
}
