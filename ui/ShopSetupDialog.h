#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class ShopSettings;

// First run: the shop's name and country. The country says how phone numbers typed without + are read.
class ShopSetupDialog : public QDialog
{
    Q_OBJECT

public:
    ShopSetupDialog(ShopSettings& settings, const QString& suggestedRegion, QWidget* parent = nullptr);

    QComboBox* countryBox() const { return m_country; }
    QLineEdit* shopNameEdit() const { return m_shopName; }

public Q_SLOTS:
    void accept() override;

private:
    ShopSettings& m_settings;
    QComboBox* m_country = nullptr;
    QLineEdit* m_shopName = nullptr;
};
