#pragma once

#include "AuditStore.h"

#include <QAbstractTableModel>

// The audit lines the owner is looking at, newest first; read-only.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Who,
        Action,
        Subject,
        Before,
        After,
        Note,
        ColumnCount
    };

    explicit AuditTableModel(QObject* parent = nullptr);

    void setEntries(QList<AuditEntry> entries);
    const AuditEntry& entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};
