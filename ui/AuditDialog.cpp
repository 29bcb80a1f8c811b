#include "AuditDialog.h"

#include "Translations.h"
#include "AuditLog.h"
#include "AuditTableModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

AuditDialog::AuditDialog(AuditLog& log, QWidget* parent) : QDialog(parent), m_log(log)
{
    setWindowTitle(tr("Audit log"));
    auto* layout = new QVBoxLayout(this);

    auto* filters = new QHBoxLayout;
    auto* left = new QFormLayout;
    m_user = new QComboBox(this);
    m_user->addItem(tr("Everybody"), QString());
    for (const QString& name : m_log.userNames())
        m_user->addItem(name.isEmpty() ? tr("(unnamed)") : name, name);
    left->addRow(tr("&Who:"), m_user);
    m_action = new QComboBox(this);
    m_action->addItem(tr("Every change"), QString());
    for (const QString& action : m_log.actions())
        m_action->addItem(AuditLog::actionTitle(action), action);
    left->addRow(tr("&What:"), m_action);
    filters->addLayout(left, 1);

    auto* right = new QFormLayout;
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addMonths(-1), this);
    m_from->setCalendarPopup(true);
    right->addRow(tr("&From:"), m_from);
    m_to = new QDateEdit(today, this);
    for (QDateEdit* edit : {m_from, m_to})
        edit->setCalendar(Translations::calendar());
    m_to->setCalendarPopup(true);
    right->addRow(tr("&To:"), m_to);
    filters->addLayout(right, 1);
    layout->addLayout(filters);

    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("Find text in what changed, e.g. a name, a phone number or a code"));
    m_text->setClearButtonEnabled(true);
    layout->addWidget(m_text);

    m_model = new AuditTableModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    auto* bottom = new QHBoxLayout;
    m_count = new QLabel(this);
    bottom->addWidget(m_count, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &AuditDialog::reject);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditDialog::refresh);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditDialog::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditDialog::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditDialog::refresh);
    connect(m_text, &QLineEdit::textChanged, this, &AuditDialog::refresh);
    resize(1000, 560);
    refresh();
}

void AuditDialog::refresh()
{
    AuditFilter filter;
    filter.userName = m_user->currentData().toString();
    filter.action = m_action->currentData().toString();
    // Whole local days, the last one included.
    filter.fromMs = m_from->date().startOfDay().toMSecsSinceEpoch();
    filter.toMs = m_to->date().addDays(1).startOfDay().toMSecsSinceEpoch();
    filter.text = m_text->text().trimmed();
    auto found = m_log.find(filter);
    if (!found) {
        m_model->setEntries({});
        m_count->setText(found.error().message);
        return;
    }
    m_model->setEntries(found.value());
    m_count->setText(tr("%Ln change(s)", nullptr, int(found->size())));
    m_view->resizeColumnsToContents();
    for (int column : {AuditTableModel::Before, AuditTableModel::After})
        m_view->setColumnWidth(column, qMin(m_view->columnWidth(column), 260));
}
