#include "ReportTableModel.h"

#include "Bidi.h"

ReportTableModel::ReportTableModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void ReportTableModel::setTable(const ReportTable& table, const QLocale& locale)
{
    beginResetModel();
    m_table = table;
    m_locale = locale;
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReportTable::Column& column = m_table.columns[index.column()];
    QVariant value = m_table.rows[index.row()].value(index.column());
    switch (role) {
    case Qt::DisplayRole: {
        const QString text = m_table.display(value, column.kind, m_locale);
        // Phone and card numbers keep their order in right-to-left layouts.
        return column.key == u"phone" || column.key == u"card" ? ltrIsolate(text) : text;
    }
    case Qt::TextAlignmentRole:
        return column.kind == ReportTable::Kind::Text || column.kind == ReportTable::Kind::Month
                   ? QVariant(Qt::AlignLeading | Qt::AlignVCenter)
                   : QVariant(Qt::AlignTrailing | Qt::AlignVCenter);
    case Qt::UserRole:
        return value;
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return m_locale.toString(section + 1);
    if (section < 0 || section >= m_table.columns.size())
        return {};
    return m_table.columns[section].header;
}
