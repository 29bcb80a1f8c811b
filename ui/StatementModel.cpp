#include "StatementModel.h"

#include "LocalDates.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

StatementModel::StatementModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void StatementModel::setStatement(const CustomerStatement& statement)
{
    beginResetModel();
    m_rows.clear();
    const QList<CustomerStatement::Row>& rows = statement.rows();
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        m_rows.append(*it);
    endResetModel();
}

int StatementModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatementModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatementModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerStatement::Row& row = m_rows[index.row()];
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Date:
            return LocalDates::dateTime(row.at, QLocale::ShortFormat, locale);
        case Description:
            return row.description;
        case Points:
            return row.points > 0 ? locale.positiveSign() + locale.toString(row.points)
                                  : locale.toString(row.points);
        case Balance:
            return locale.toString(row.balance);
        case RecordedBy:
            return row.recordedBy;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Points || index.column() == Balance))
        return int(Qt::AlignTrailing | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Points)
        return QBrush(row.points < 0 ? QColor(0xb0, 0x00, 0x20) : QColor(0x1b, 0x5e, 0x20));
    return {};
}

QVariant StatementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Description:
        return tr("What for");
    case Points:
        return tr("Points");
    case Balance:
        return tr("Balance");
    case RecordedBy:
        return tr("By");
    default:
        return {};
    }
}
