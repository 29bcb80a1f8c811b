#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class ShopSettings;

// The shop's name, country and currency. The country says how phone numbers typed without + are read and which
// currency the shop uses unless another is chosen.
class ShopSetupDialog : public QDialog
{
    Q_OBJECT

public:
    ShopSetupDialog(ShopSettings& settings, const QString& suggestedRegion, QWidget* parent = nullptr);

    QComboBox* countryBox() const { return m_country; }
    QLineEdit* shopNameEdit() const { return m_shopName; }
    QComboBox* currencyBox() const { return m_currency; }
    QCheckBox* tomanBox() const { return m_toman; }

public Q_SLOTS:
    void accept() override;

private:
    // The currency chosen, or the country's.
    QString currency() const;
    void refreshCurrency();

    ShopSettings& m_settings;
    QComboBox* m_country = nullptr;
    QLineEdit* m_shopName = nullptr;
    QComboBox* m_currency = nullptr;
    QCheckBox* m_toman = nullptr;
};
