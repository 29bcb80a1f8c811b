#include "CohortHeatMapModel.h"

#include <QColor>

CohortHeatMapModel::CohortHeatMapModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void CohortHeatMapModel::setTable(const ReportTable& table, const QLocale& locale)
{
    beginResetModel();
    m_calendar = table.calendar();
    m_locale = locale;
    m_cohorts.clear();
    m_sizes.clear();
    m_cells.clear();
    m_offsets = 0;
    const int cohort = table.columnOf(QStringLiteral("cohort"));
    const int size = table.columnOf(QStringLiteral("size"));
    const int offset = table.columnOf(QStringLiteral("offset"));
    const int active = table.columnOf(QStringLiteral("active"));
    const int share = table.columnOf(QStringLiteral("share"));
    for (const QVariantList& row : table.rows) {
        const int month = row.value(cohort).toInt();
        if (m_cohorts.isEmpty() || m_cohorts.last() != month) {
            m_cohorts.append(month);
            m_sizes.append(row.value(size).toLongLong());
            m_cells.append(QList<Cell>());
        }
        const int k = row.value(offset).toInt();
        QList<Cell>& cells = m_cells.last();
        if (cells.size() <= k)
            cells.resize(k + 1);
        cells[k] = {true, row.value(active).toLongLong(), row.value(share).toDouble()};
        m_offsets = std::max(m_offsets, k + 1);
    }
    endResetModel();
}

int CohortHeatMapModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cohorts.size());
}

int CohortHeatMapModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_offsets;
}

QVariant CohortHeatMapModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<Cell>& cells = m_cells[index.row()];
    if (index.column() >= cells.size() || !cells[index.column()].present)
        return {};
    const Cell& cell = cells[index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return ReportTable::percentText(cell.share, m_locale, 0);
    case Qt::BackgroundRole: {
        // Light for few customers coming back, deep teal for many; month 0 is always 100%.
        const double t = std::clamp(cell.share, 0.0, 1.0);
        return QColor::fromRgbF(float(1.0 - 0.9 * t), float(1.0 - 0.45 * t), float(1.0 - 0.5 * t));
    }
    case Qt::ForegroundRole:
        return cell.share > 0.55 ? QColor(Qt::white) : QColor(Qt::black);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        if (index.column() == 0)
            return tr("%1 customers first bought in %2.")
                .arg(m_locale.toString(m_sizes[index.row()]),
                     m_calendar.label(m_cohorts[index.row()], m_locale));
        return tr("%1 of the %2 customers who first bought in %3 bought again %Ln month(s) later.", nullptr,
                  index.column())
            .arg(m_locale.toString(cell.active), m_locale.toString(m_sizes[index.row()]),
                 m_calendar.label(m_cohorts[index.row()], m_locale));
    case Qt::UserRole:
        return cell.share;
    default:
        return {};
    }
}

QVariant CohortHeatMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section == 0 ? tr("First month") : tr("+%1").arg(m_locale.toString(section));
    if (section < 0 || section >= m_cohorts.size())
        return {};
    return tr("%1 (%2)", "cohort month (customers)")
        .arg(m_calendar.label(m_cohorts[section], m_locale, true), m_locale.toString(m_sizes[section]));
}
