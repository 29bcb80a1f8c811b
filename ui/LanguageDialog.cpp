#include "LanguageDialog.h"

#include "Translations.h"
#include "UserSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

LanguageDialog::LanguageDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Language and region"));
    auto* form = new QFormLayout;

    m_language = new QComboBox(this);
    m_language->addItem(tr("The system's language"), QString());
    for (const QString& code : Translations::languages())
        m_language->addItem(Translations::nativeName(code), code);
    m_language->setCurrentIndex(
        std::max(0, m_language->findData(UserSettings::value(UserSettings::Key::Language).toString())));
    form->addRow(tr("&Language:"), m_language);

    m_calendar = new QComboBox(this);
    m_calendar->addItem(tr("The language's usual calendar"), QString());
    for (const QString& name : Translations::calendarNames())
        m_calendar->addItem(Translations::calendarTitle(name), name);
    m_calendar->setCurrentIndex(
        std::max(0, m_calendar->findData(UserSettings::value(UserSettings::Key::CalendarName).toString())));
    form->addRow(tr("&Calendar:"), m_calendar);

    m_nativeDigits = new QCheckBox(tr("Write numbers in Arabic or Persian &digits"), this);
    m_nativeDigits->setChecked(UserSettings::value(UserSettings::Key::NativeDigits).toBool());
    form->addRow(QString(), m_nativeDigits);

    m_preview = new QLabel(this);
    m_preview->setProperty("showsData", true); // today's date in the language chosen, whatever the window's
    form->addRow(tr("Today:"), m_preview);

    auto* note = new QLabel(tr("Changes take effect when Regulars starts again. Any of the three kinds of digits "
                               "can always be typed."),
                            this);
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &LanguageDialog::refresh);
    connect(m_calendar, &QComboBox::currentIndexChanged, this, &LanguageDialog::refresh);
    connect(m_nativeDigits, &QCheckBox::toggled, this, &LanguageDialog::refresh);
    refresh();
}

QString LanguageDialog::chosenLanguage() const
{
    const QString chosen = m_language->currentData().toString();
    if (!chosen.isEmpty())
        return chosen;
    const QString system = QLocale::languageToCode(Translations::systemLocale().language());
    return Translations::languages().contains(system) ? system : QStringLiteral("en");
}

void LanguageDialog::refresh()
{
    const QLocale locale(chosenLanguage());
    const bool hasDigits = Translations::hasNativeDigits(locale);
    m_nativeDigits->setEnabled(hasDigits);
    QString calendarName = m_calendar->currentData().toString();
    if (calendarName.isEmpty())
        calendarName = Translations::defaultCalendarName(chosenLanguage());
    QString today =
        locale.toString(QDate::currentDate(), QLocale::LongFormat, Translations::calendarNamed(calendarName));
    if (hasDigits && !m_nativeDigits->isChecked()) {
        for (QChar& c : today) {
            if (c.isDigit() && c.digitValue() >= 0)
                c = QChar(char16_t(u'0' + c.digitValue()));
        }
    }
    m_preview->setText(today);
    m_preview->setLayoutDirection(locale.textDirection());
}

bool LanguageDialog::save()
{
    const QString language = m_language->currentData().toString();
    const QString calendar = m_calendar->currentData().toString();
    const bool digits = m_nativeDigits->isChecked();
    const bool changed = language != UserSettings::value(UserSettings::Key::Language).toString() ||
                         calendar != UserSettings::value(UserSettings::Key::CalendarName).toString() ||
                         digits != UserSettings::value(UserSettings::Key::NativeDigits).toBool();
    UserSettings::setValue(UserSettings::Key::Language, language);
    UserSettings::setValue(UserSettings::Key::CalendarName, calendar);
    UserSettings::setValue(UserSettings::Key::NativeDigits, digits);
    return changed;
}
