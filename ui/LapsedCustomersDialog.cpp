#include "LapsedCustomersDialog.h"

#include "LocalDates.h"
#include "PersonalData.h"
#include "Prompts.h"
#include "ShopSettings.h"
#include "Translations.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

LapsedCustomersDialog::LapsedCustomersDialog(Database& db, const Clock& clock, const AccessPolicy& access,
                                             QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_access(access)
{
    setWindowTitle(tr("Customers to anonymise"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_years = new QSpinBox(this);
    m_years->setRange(0, 50);
    m_years->setSpecialValueText(tr("off"));
    m_years->setSuffix(tr(" years"));
    m_years->setValue(ShopSettings(m_db).value(ShopSettings::Key::RetentionYears).toInt());
    form->addRow(tr("Keep the details of customers who bought in the last:"), m_years);
    layout->addLayout(form);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list = new QListWidget(this);
    layout->addWidget(m_list, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_anonymise = buttons->addButton(tr("&Anonymise the ticked customers"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_anonymise, &QPushButton::clicked, this, &LapsedCustomersDialog::anonymiseChecked);
    connect(m_years, &QSpinBox::valueChanged, this, [this](int years) {
        if (auto saved =
                ShopSettings(m_db).setValue(ShopSettings::Key::RetentionYears, QString::number(years));
            !saved)
            Prompts::instance().warn(this, windowTitle(), saved.error().message);
        reload();
    });
    resize(560, 460);
    reload();
}

void LapsedCustomersDialog::reload()
{
    m_list->clear();
    const int years = m_years->value();
    auto lapsed = PersonalData(m_db, m_clock, m_access).lapsed(years);
    if (!lapsed) {
        m_summary->setText(lapsed.error().message);
        m_anonymise->setEnabled(false);
        return;
    }
    const QLocale locale = Translations::locale();
    for (const LapsedCustomer& c : lapsed.value()) {
        const QString when =
            c.lastSaleAt.isValid()
                ? tr("last purchase %1")
                      .arg(LocalDates::dayOf(c.lastSaleAt, QLocale::ShortFormat, locale))
                : tr("never bought; enrolled %1")
                      .arg(LocalDates::dayOf(c.createdAt, QLocale::ShortFormat, locale));
        auto* item =
            new QListWidgetItem(tr("%1 — %2", "customer name — last purchase").arg(c.name, when), m_list);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_summary->setText(years == 0
                           ? tr("The retention rule is off: set a number of years to list customers.")
                           : tr("%Ln customer(s) have not bought for %1 years or more. Their contact details "
                                "can be erased; their purchases and points stay, anonymous.",
                                nullptr, int(lapsed->size()))
                                 .arg(QLocale().toString(years)));
    m_anonymise->setEnabled(!lapsed->isEmpty());
}

void LapsedCustomersDialog::anonymiseChecked()
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids.append(m_list->item(i)->data(Qt::UserRole).toLongLong());
    }
    if (ids.isEmpty())
        return;
    if (!Prompts::instance().confirm(
            this, windowTitle(),
            tr("Erase the contact details of %Ln customer(s) for good? Their purchases and "
               "points stay, anonymous. This cannot be undone.",
               nullptr, int(ids.size())),
            tr("Anonymise")))
        return;
    PersonalData personal(m_db, m_clock, m_access);
    for (qint64 id : ids) {
        if (auto done = personal.anonymise(id); !done) {
            Prompts::instance().warn(this, windowTitle(), done.error().message);
            break;
        }
        ++m_anonymised;
    }
    reload();
}
