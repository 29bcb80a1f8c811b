#include "CustomerSearchModel.h"

#include "Bidi.h"
#include "PhoneNumbers.h"

#include <QFont>

CustomerSearchModel::CustomerSearchModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void CustomerSearchModel::setHits(const QList<SearchHit>& hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

qint64 CustomerSearchModel::customerIdAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? m_hits[row].customer.id : 0;
}

int CustomerSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int CustomerSearchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CustomerSearchModel::displayName(const CustomerRecord& customer)
{
    if (customer.name.isEmpty() && customer.nickname.isEmpty())
        return tr("(no name)");
    if (customer.nickname.isEmpty())
        return customer.name;
    if (customer.name.isEmpty())
        return customer.nickname;
    return tr("%1 (%2)", "name (nickname)").arg(customer.name, customer.nickname);
}

QVariant CustomerSearchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit& hit = m_hits[index.row()];
    if (role == CustomerIdRole)
        return hit.customer.id;
    if (role == Qt::FontRole && hit.customer.isArchived()) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ToolTipRole && hit.customer.isArchived())
        return tr("Archived customer");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return hit.customer.isArchived() ? tr("%1 (archived)").arg(displayName(hit.customer))
                                         : displayName(hit.customer);
    case Phone:
        return ltrIsolate(PhoneNumbers::formatInternational(hit.customer.phoneE164));
    case Card:
        return ltrIsolate(hit.customer.cardNumber);
    case Match:
        switch (hit.match) {
        case SearchHit::Match::Phone:
            return tr("Phone number");
        case SearchHit::Match::Card:
            return tr("Card number");
        case SearchHit::Match::PhoneEnding:
            return tr("End of phone number");
        case SearchHit::Match::Name:
            return tr("Name");
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant CustomerSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Phone:
        return tr("Phone");
    case Card:
        return tr("Card");
    case Match:
        return tr("Found by");
    default:
        return {};
    }
}
