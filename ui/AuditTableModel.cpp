#include "AuditTableModel.h"

#include "AuditLog.h"
#include "Bidi.h"
#include "LocalDates.h"

#include <QDateTime>
#include <QLocale>

AuditTableModel::AuditTableModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void AuditTableModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry& e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && (index.column() == Before || index.column() == After))
        return index.column() == Before ? e.oldValue : e.newValue;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case When:
        return LocalDates::dateTime(QDateTime::fromMSecsSinceEpoch(e.atMs));
    case Who:
        return e.userName;
    case Action:
        return AuditLog::actionTitle(e.action);
    case Subject:
        return AuditLog::subjectTitle(e.subjectKind, e.subjectId);
    case Before:
        return ltrIsolate(e.oldValue);
    case After:
        return ltrIsolate(e.newValue);
    case Note:
        return e.note;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Action:
        return tr("What");
    case Subject:
        return tr("Of");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}
