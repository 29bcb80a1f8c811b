#pragma once

#include <QDialog>
#include <QImage>

class QComboBox;
class QLabel;
class QLineEdit;
class ShopSettings;

// The shop's name, country and logo. The country says how phone numbers typed without + are read; the logo is
// printed on membership cards, stamp cards and receipt slips.
class ShopSetupDialog : public QDialog
{
    Q_OBJECT

public:
    ShopSetupDialog(ShopSettings& settings, const QString& suggestedRegion, QWidget* parent = nullptr);

    QComboBox* countryBox() const { return m_country; }
    QLineEdit* shopNameEdit() const { return m_shopName; }
    QImage logo() const { return m_logo; }
    // What "Choose…" does once the file is picked.
    void chooseLogoFile(const QString& path);

public Q_SLOTS:
    void accept() override;

private:
    void showLogo();

    ShopSettings& m_settings;
    QImage m_logo;
    QLabel* m_logoPreview = nullptr;
    QComboBox* m_country = nullptr;
    QLineEdit* m_shopName = nullptr;
};
