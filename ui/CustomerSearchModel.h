#pragma once

#include "CustomerDirectory.h"

#include <QAbstractTableModel>

// The customers a search found, best match first.
class CustomerSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Phone,
        Card,
        Match,
        ColumnCount
    };
    enum Role
    {
        CustomerIdRole = Qt::UserRole + 1
    };

    explicit CustomerSearchModel(QObject* parent = nullptr);

    void setHits(const QList<SearchHit>& hits);
    qint64 customerIdAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString displayName(const CustomerRecord& customer);

private:
    QList<SearchHit> m_hits;
};
