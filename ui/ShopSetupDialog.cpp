#include "ShopSetupDialog.h"

#include "PhoneNumbers.h"
#include "Prompts.h"
#include "ShopSettings.h"

#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

ShopSetupDialog::ShopSetupDialog(ShopSettings& settings, const QString& suggestedRegion, QWidget* parent)
    : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Set up your shop"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Welcome to Regulars. Tell us where your shop is: phone numbers typed without a "
                      "country code are read as numbers of this country."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_shopName = new QLineEdit(m_settings.value(ShopSettings::Key::ShopName), this);
    m_shopName->setPlaceholderText(tr("As customers know it"));
    form->addRow(tr("Shop &name:"), m_shopName);

    m_country = new QComboBox(this);
    struct Entry
    {
        QString name;
        QString region;
    };
    QList<Entry> entries;
    for (const QString& region : PhoneNumbers::knownRegions())
        entries.append({PhoneNumbers::countryName(region), region});
    QCollator collator;
    std::sort(entries.begin(), entries.end(),
              [&](const Entry& a, const Entry& b) { return collator.compare(a.name, b.name) < 0; });
    for (const Entry& e : entries)
        m_country->addItem(tr("%1 (%2)", "country (code)").arg(e.name, e.region), e.region);
    const QString current = m_settings.value(ShopSettings::Key::Country);
    const int index = m_country->findData(current.isEmpty() ? suggestedRegion : current);
    m_country->setCurrentIndex(index >= 0 ? index : m_country->findData(QStringLiteral("GB")));
    m_country->setEditable(false);
    form->addRow(tr("&Country:"), m_country);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ShopSetupDialog::accept);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void ShopSetupDialog::accept()
{
    const QString region = m_country->currentData().toString();
    for (auto [key, value] : {std::pair{ShopSettings::Key::Country, region},
                              std::pair{ShopSettings::Key::ShopName, m_shopName->text().trimmed()}}) {
        if (auto saved = m_save ? m_save(key, value) : m_settings.setValue(key, value); !saved) {
            Prompts::instance().warn(this, windowTitle(), saved.error().message);
            return;
        }
    }
    QDialog::accept();
}
