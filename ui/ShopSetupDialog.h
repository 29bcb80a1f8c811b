#pragma once

#include "Result.h"
#include "ShopSettings.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLineEdit;

// First run: the shop's name and country. The country says how phone numbers typed without + are read.
class ShopSetupDialog : public QDialog
{
    Q_OBJECT

public:
    ShopSetupDialog(ShopSettings& settings, const QString& suggestedRegion, QWidget* parent = nullptr);

    QComboBox* countryBox() const { return m_country; }
    QLineEdit* shopNameEdit() const { return m_shopName; }
    // How a value is saved: by default straight into the settings; the main window passes the audited,
    // owner-only change.
    void setSaver(std::function<Result<void>(ShopSettings::Key, const QString&)> save)
    {
        m_save = std::move(save);
    }

public Q_SLOTS:
    void accept() override;

private:
    ShopSettings& m_settings;
    std::function<Result<void>(ShopSettings::Key, const QString&)> m_save;
    QComboBox* m_country = nullptr;
    QLineEdit* m_shopName = nullptr;
};
