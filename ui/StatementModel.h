#pragma once

#include "CustomerStatement.h"

#include <QAbstractTableModel>

// A customer's statement as a table: newest entry first, points signed, balance after each entry.
class StatementModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Description,
        Points,
        Balance,
        RecordedBy,
        ColumnCount
    };

    explicit StatementModel(QObject* parent = nullptr);

    void setStatement(const CustomerStatement& statement);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CustomerStatement::Row> m_rows; // newest first
};
