#include "OfflineConflictsDialog.h"

#include "Bidi.h"
#include "LocalDates.h"
#include "Prompts.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

OfflineConflictsDialog::OfflineConflictsDialog(Database& server, const Clock& clock, const AccessPolicy& access,
                                               QWidget* parent)
    : QDialog(parent), m_conflicts(server, clock, access)
{
    setWindowTitle(tr("Conflicts after offline work"));
    auto* layout = new QVBoxLayout(this);
    m_unseenOnly = new QCheckBox(tr("Only those not yet &seen"), this);
    m_unseenOnly->setChecked(true);
    layout->addWidget(m_unseenOnly);
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("When"), tr("Till"), tr("Clerk"), tr("What happened"), tr("What to do")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(WhatHappened, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    layout->addWidget(m_list, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_markSeen = buttons->addButton(tr("&Mark all as seen"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_markSeen, &QPushButton::clicked, this, [this] {
        if (auto marked = m_conflicts.markAllSeen(); !marked)
            Prompts::instance().warn(this, windowTitle(), marked.error().message);
        reload();
    });
    connect(m_unseenOnly, &QCheckBox::toggled, this, &OfflineConflictsDialog::reload);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 24);
    reload();
}

void OfflineConflictsDialog::reload()
{
    m_list->clear();
    auto listed = m_conflicts.list(m_unseenOnly->isChecked());
    if (!listed) {
        Prompts::instance().warn(this, windowTitle(), listed.error().message);
        return;
    }
    for (const OfflineConflict& c : listed.value()) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(When, LocalDates::dateTime(c.happenedAt));
        item->setText(Till, ltrIsolate(c.tillId));
        item->setText(Clerk, c.clerk);
        item->setText(WhatHappened, OfflineConflicts::whatHappened(c));
        item->setText(WhatToDo, OfflineConflicts::advice(c));
        item->setToolTip(WhatHappened, OfflineConflicts::whatHappened(c));
        if (!c.seenAt.isValid()) {
            QFont bold = item->font(WhatHappened);
            bold.setBold(true);
            item->setFont(WhatHappened, bold);
        }
    }
    m_markSeen->setEnabled(m_list->topLevelItemCount() > 0);
}
