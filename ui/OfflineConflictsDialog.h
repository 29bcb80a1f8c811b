#pragma once

#include "OfflineConflicts.h"

#include <QDialog>

class AccessPolicy;
class Clock;
class Database;
class QCheckBox;
class QPushButton;
class QTreeWidget;

// The owner's list of what replays of offline work could not do as the till did it: when, which till and
// clerk, what happened and what to do, and a button to mark them all as seen.
class OfflineConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Till,
        Clerk,
        WhatHappened,
        WhatToDo,
        ColumnCount
    };

    OfflineConflictsDialog(Database& server, const Clock& clock, const AccessPolicy& access,
                           QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QCheckBox* unseenOnlyBox() const { return m_unseenOnly; }
    QPushButton* markSeenButton() const { return m_markSeen; }

private:
    void reload();

    OfflineConflicts m_conflicts;
    QTreeWidget* m_list = nullptr;
    QCheckBox* m_unseenOnly = nullptr;
    QPushButton* m_markSeen = nullptr;
};
