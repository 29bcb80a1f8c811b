#include "ShopSetupDialog.h"

#include "Money.h"
#include "PhoneNumbers.h"
#include "Prompts.h"
#include "ShopSettings.h"

#include <QCheckBox>
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

    // The first choice follows the country; any other names a currency for shops that price in another.
    m_currency = new QComboBox(this);
    m_currency->addItem(QString(), QString());
    struct Currency
    {
        QString name;
        QString code;
    };
    QList<Currency> currencies;
    for (const QString& code : Money::currencyCodes())
        currencies.append({Money::currencyName(code, QLocale()), code});
    std::sort(currencies.begin(), currencies.end(),
              [&](const Currency& a, const Currency& b) { return collator.compare(a.name, b.name) < 0; });
    for (const Currency& c : currencies)
        m_currency->addItem(tr("%1 (%2)", "currency (code)").arg(c.name, c.code), c.code);
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(m_settings.value(ShopSettings::Key::Currency))));
    form->addRow(tr("C&urrency:"), m_currency);

    m_toman = new QCheckBox(tr("Show and type amounts in &tomans (10 rials)"), this);
    m_toman->setChecked(m_settings.value(ShopSettings::Key::CurrencyDisplay) == u"toman");
    form->addRow(QString(), m_toman);
    layout->addLayout(form);

    connect(m_country, &QComboBox::currentIndexChanged, this, &ShopSetupDialog::refreshCurrency);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &ShopSetupDialog::refreshCurrency);
    refreshCurrency();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ShopSetupDialog::accept);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString ShopSetupDialog::currency() const
{
    const QString chosen = m_currency->currentData().toString();
    return chosen.isEmpty() ? Money::currencyForRegion(m_country->currentData().toString()) : chosen;
}

void ShopSetupDialog::refreshCurrency()
{
    const QString ofCountry = Money::currencyForRegion(m_country->currentData().toString());
    m_currency->setItemText(0, ofCountry.isEmpty()
                                   ? tr("The country's currency")
                                   : tr("The country's currency: %1 (%2)")
                                         .arg(Money::currencyName(ofCountry, QLocale()), ofCountry));
    m_toman->setVisible(currency() == u"IRR");
}

void ShopSetupDialog::accept()
{
    const QString region = m_country->currentData().toString();
    const QString toman = currency() == u"IRR" && m_toman->isChecked() ? QStringLiteral("toman") : QString();
    for (auto [key, value] : {std::pair{ShopSettings::Key::Country, region},
                              std::pair{ShopSettings::Key::ShopName, m_shopName->text().trimmed()},
                              std::pair{ShopSettings::Key::Currency, m_currency->currentData().toString()},
                              std::pair{ShopSettings::Key::CurrencyDisplay, toman}}) {
        if (auto saved = m_settings.setValue(key, value); !saved) {
            Prompts::instance().warn(this, windowTitle(), saved.error().message);
            return;
        }
    }
    QDialog::accept();
}
