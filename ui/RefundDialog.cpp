#include "RefundDialog.h"

#include "Bidi.h"
#include "LocalDates.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

RefundDialog::RefundDialog(LoyaltyLedger& ledger, qint64 customerId, QWidget* parent)
    : QDialog(parent), m_ledger(ledger), m_money(ledger.money())
{
    setWindowTitle(tr("Refund"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_sale = new QComboBox(this);
    const QLocale locale;
    for (const SaleRecord& sale : ledger.salesOf(customerId, 50)) {
        const qint64 left = sale.amountMinor - sale.refundedMinor;
        if (left <= 0)
            continue;
        m_sales.append(sale);
        m_sale->addItem(tr("%1 — %2 (receipt %3)")
                            .arg(LocalDates::dateTime(sale.at, QLocale::ShortFormat, locale),
                                 ltrIsolate(m_money.format(left)), ltrIsolate(sale.saleRef)));
    }
    form->addRow(tr("&Sale:"), m_sale);
    m_amount = new QLineEdit(this);
    m_amount->setPlaceholderText(tr("all of it"));
    form->addRow(tr("&Amount to refund:"), m_amount);
    layout->addLayout(form);
    auto* note =
        new QLabel(tr("The points the sale earned are taken back and the points it spent are returned, in "
                      "proportion to the amount refunded."),
                   this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Refund"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_sales.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &RefundDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (m_sales.isEmpty())
        m_problem->setText(tr("This customer has no sale left to refund."));
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void RefundDialog::accept()
{
    const int index = m_sale->currentIndex();
    if (index < 0 || index >= m_sales.size())
        return;
    qint64 amount = 0;
    if (!m_amount->text().trimmed().isEmpty()) {
        auto parsed = m_money.parse(m_amount->text());
        if (!parsed) {
            m_problem->setText(parsed.error().message);
            return;
        }
        amount = parsed.value();
        if (amount == 0) {
            m_problem->setText(tr("Type the amount to refund; it must be above zero."));
            return;
        }
    }
    auto outcome = m_ledger.refund(m_sales[index].tillId, m_sales[index].saleRef, amount);
    if (!outcome) {
        m_problem->setText(outcome.error().message);
        return;
    }
    m_outcome = outcome.value();
    QDialog::accept();
}
