#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class Shops;

// The owner's view of a chain: the shops sharing this database (add, rename) and which shop each till
// belongs to (move a till, also one that has not sold yet). Customers, points and coupons stay shared.
class ShopsDialog : public QDialog
{
    Q_OBJECT

public:
    enum ShopColumn
    {
        ShopNumber,
        ShopName,
        ShopTills,
        ShopColumnCount
    };
    enum TillColumn
    {
        TillName,
        TillShop,
        TillColumnCount
    };

    ShopsDialog(Shops& shops, const QString& thisTill, QWidget* parent = nullptr);

    QTableWidget* shopTable() const { return m_shopTable; }
    QLineEdit* nameEdit() const { return m_name; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* renameButton() const { return m_rename; }
    QTableWidget* tillTable() const { return m_tillTable; }
    QComboBox* tillBox() const { return m_till; }
    QComboBox* targetShopBox() const { return m_targetShop; }
    QPushButton* moveButton() const { return m_move; }

public Q_SLOTS:
    void addShop();
    void renameShop();
    void moveTill();

private:
    void reload();
    qint64 selectedShopId() const;
    void shopSelectionChanged();
    void tillSelectionChanged();

    Shops& m_shops;
    QString m_thisTill;
    QTableWidget* m_shopTable = nullptr;
    QLineEdit* m_name = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_rename = nullptr;
    QTableWidget* m_tillTable = nullptr;
    QComboBox* m_till = nullptr;
    QComboBox* m_targetShop = nullptr;
    QPushButton* m_move = nullptr;
};
