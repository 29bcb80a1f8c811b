#pragma once

#include "ReportTable.h"

#include <QAbstractTableModel>
#include <QLocale>

// The cohort report as a heat map: a row per month of first purchase, a column per month since, each cell
// the share of the cohort that bought then, coloured by it; the tooltip gives the counts.
class CohortHeatMapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit CohortHeatMapModel(QObject* parent = nullptr);

    // table: the "cohorts" report.
    void setTable(const ReportTable& table, const QLocale& locale);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cell
    {
        bool present = false;
        qint64 active = 0;
        double share = 0;
    };
    MonthCalendar m_calendar;
    QLocale m_locale;
    QList<int> m_cohorts;
    QList<qint64> m_sizes;
    int m_offsets = 0;
    QList<QList<Cell>> m_cells;
};
