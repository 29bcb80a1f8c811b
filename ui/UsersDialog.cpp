#include "UsersDialog.h"

#include "CustomerDirectory.h"
#include "LoyaltyLedger.h"
#include "Prompts.h"
#include "UserAccounts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

UsersDialog::UsersDialog(UserAccounts& accounts, CustomerDirectory& directory, LoyaltyLedger& ledger,
                         QWidget* parent)
    : QDialog(parent), m_accounts(accounts), m_directory(directory), m_ledger(ledger)
{
    setWindowTitle(tr("People who sign in"));
    auto* layout = new QVBoxLayout(this);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto* selected = new QHBoxLayout;
    m_resetPin = new QLineEdit(this);
    m_resetPin->setEchoMode(QLineEdit::Password);
    m_resetPin->setPlaceholderText(tr("New PIN, 4 to 8 digits"));
    selected->addWidget(m_resetPin, 1);
    m_reset = new QPushButton(tr("&Reset PIN"), this);
    selected->addWidget(m_reset);
    m_disable = new QPushButton(tr("&Disable"), this);
    m_disable->setToolTip(tr("The clerk can no longer sign in; what they did stays in the records."));
    selected->addWidget(m_disable);
    layout->addLayout(selected);

    auto* addBox = new QGroupBox(tr("Add a clerk"), this);
    auto* addRow = new QHBoxLayout(addBox);
    m_newName = new QLineEdit(addBox);
    m_newName->setPlaceholderText(tr("Name"));
    addRow->addWidget(m_newName, 2);
    m_newPin = new QLineEdit(addBox);
    m_newPin->setEchoMode(QLineEdit::Password);
    m_newPin->setPlaceholderText(tr("PIN, 4 to 8 digits"));
    addRow->addWidget(m_newPin, 1);
    m_add = new QPushButton(tr("&Add clerk"), addBox);
    addRow->addWidget(m_add);
    layout->addWidget(addBox);

    auto* settingsBox = new QGroupBox(tr("At the till"), this);
    auto* form = new QFormLayout(settingsBox);
    m_idle = new QSpinBox(settingsBox);
    m_idle->setRange(0, 240);
    m_idle->setSpecialValueText(tr("never"));
    m_idle->setSuffix(tr(" min", "minutes after a number"));
    m_idle->setValue(m_directory.settings().value(ShopSettings::Key::IdleLockMinutes).toInt());
    form->addRow(tr("&Lock when idle for:"), m_idle);
    m_refundLimit = new QLineEdit(settingsBox);
    m_refundLimit->setText(m_ledger.money().formatNumber(m_ledger.programme().clerkRefundLimitMinor));
    m_refundLimit->setToolTip(tr("Larger refunds need the owner."));
    form->addRow(tr("Largest refund a &clerk may make:"), m_refundLimit);
    m_saveSettings = new QPushButton(tr("&Save these settings"), settingsBox);
    form->addRow(QString(), m_saveSettings);
    layout->addWidget(settingsBox);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &UsersDialog::reject);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &UsersDialog::addClerk);
    connect(m_newPin, &QLineEdit::returnPressed, this, &UsersDialog::addClerk);
    connect(m_reset, &QPushButton::clicked, this, &UsersDialog::resetPin);
    connect(m_disable, &QPushButton::clicked, this, &UsersDialog::disableClerk);
    connect(m_saveSettings, &QPushButton::clicked, this, &UsersDialog::saveSettings);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::selectionChanged);
    reload();
    resize(620, 520);
}

void UsersDialog::reload()
{
    const qint64 keep = selectedId();
    m_table->setRowCount(0);
    for (const UserRecord& user : m_accounts.all()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* name = new QTableWidgetItem(user.name);
        name->setData(Qt::UserRole, user.id);
        m_table->setItem(row, Name, name);
        m_table->setItem(row, Role, new QTableWidgetItem(user.isOwner() ? tr("owner") : tr("clerk")));
        QString state = tr("can sign in");
        if (user.isDisabled())
            state = tr("disabled");
        else if (const qint64 wait = m_accounts.secondsLocked(user); wait > 0)
            state = tr("locked for %Ln second(s)", nullptr, int(wait));
        m_table->setItem(row, State, new QTableWidgetItem(state));
        if (user.id == keep)
            m_table->selectRow(row);
    }
    selectionChanged();
}

qint64 UsersDialog::selectedId() const
{
    const QList<QTableWidgetItem*> chosen = m_table->selectedItems();
    for (const QTableWidgetItem* item : chosen)
        if (item->column() == Name)
            return item->data(Qt::UserRole).toLongLong();
    return 0;
}

void UsersDialog::selectionChanged()
{
    const auto user = m_accounts.user(selectedId());
    const bool clerk = user && !user->isOwner() && !user->isDisabled();
    m_reset->setEnabled(clerk);
    m_resetPin->setEnabled(clerk);
    m_disable->setEnabled(clerk);
}

void UsersDialog::addClerk()
{
    auto added = m_accounts.addClerk(m_newName->text(), m_newPin->text());
    if (!added) {
        Prompts::instance().warn(this, tr("Add a clerk"), added.error().message);
        return;
    }
    m_newName->clear();
    m_newPin->clear();
    reload();
}

void UsersDialog::resetPin()
{
    auto reset = m_accounts.resetPin(selectedId(), m_resetPin->text());
    m_resetPin->clear();
    if (!reset) {
        Prompts::instance().warn(this, tr("Reset PIN"), reset.error().message);
        return;
    }
    reload();
}

void UsersDialog::disableClerk()
{
    const auto user = m_accounts.user(selectedId());
    if (!user || !Prompts::instance().confirm(
                     this, tr("Disable"), tr("%1 will no longer be able to sign in. Go on?").arg(user->name),
                     tr("Disable %1").arg(user->name)))
        return;
    if (auto done = m_accounts.disable(user->id); !done)
        Prompts::instance().warn(this, tr("Disable"), done.error().message);
    reload();
}

void UsersDialog::saveSettings()
{
    auto limit = m_ledger.money().parse(m_refundLimit->text());
    if (!limit) {
        Prompts::instance().warn(this, windowTitle(), limit.error().message);
        return;
    }
    if (auto saved =
            m_directory.changeSetting(ShopSettings::Key::IdleLockMinutes, QString::number(m_idle->value()));
        !saved) {
        Prompts::instance().warn(this, windowTitle(), saved.error().message);
        return;
    }
    LoyaltyProgramme programme = m_ledger.programme();
    if (programme.clerkRefundLimitMinor != limit.value()) {
        programme.clerkRefundLimitMinor = limit.value();
        if (auto saved = m_ledger.setProgramme(programme); !saved) {
            Prompts::instance().warn(this, windowTitle(), saved.error().message);
            return;
        }
    }
    Prompts::instance().inform(this, windowTitle(), tr("The settings are saved."));
}
