#pragma once

#include "Result.h"
#include "ShopSettings.h"

#include <QDialog>
#include <QImage>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

// The shop's name, country, currency and logo. The country says how phone numbers typed without + are read and
// which currency the shop uses unless another is chosen; the logo is printed on membership cards, stamp cards and
// receipt slips.
class ShopSetupDialog : public QDialog
{
    Q_OBJECT

public:
    ShopSetupDialog(ShopSettings& settings, const QString& suggestedRegion, QWidget* parent = nullptr);

    QComboBox* countryBox() const { return m_country; }
    QLineEdit* shopNameEdit() const { return m_shopName; }
    QComboBox* currencyBox() const { return m_currency; }
    QCheckBox* tomanBox() const { return m_toman; }
    // How a value is saved: by default straight into the settings; the main window passes the audited,
    // owner-only change.
    void setSaver(std::function<Result<void>(ShopSettings::Key, const QString&)> save)
    {
        m_save = std::move(save);
    }
    QImage logo() const { return m_logo; }
    // What "Choose…" does once the file is picked.
    void chooseLogoFile(const QString& path);

public Q_SLOTS:
    void accept() override;

private:
    // The currency chosen, or the country's.
    QString currency() const;
    void refreshCurrency();

    void showLogo();

    ShopSettings& m_settings;
    std::function<Result<void>(ShopSettings::Key, const QString&)> m_save;
    QImage m_logo;
    QLabel* m_logoPreview = nullptr;
    QComboBox* m_country = nullptr;
    QLineEdit* m_shopName = nullptr;
    QComboBox* m_currency = nullptr;
    QCheckBox* m_toman = nullptr;
};
