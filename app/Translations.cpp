#include "Translations.h"

#include "UserSettings.h"

#include <QLibraryInfo>
#include <QTranslator>

#include <private/qlocale_p.h>

#include <memory>

namespace {
QLocale s_locale;
QCalendar s_calendar;

// Qt 6.4 takes a locale's digits from CLDR, where Arabic and Persian have only their own. The one override Qt
// offers is the system locale's backend: this one answers as the chosen language in every respect except the
// digits and the separators that go with Latin digits, and becomes the default locale.
class LatinDigitsLocale final : public QSystemLocale
{
public:
    explicit LatinDigitsLocale(const QLocale& base) : m_base(base) {}

    QVariant query(QueryType type, QVariant in) const override
    {
        Q_UNUSED(in)
        switch (type) {
        case LanguageId:
            return int(m_base.language());
        case TerritoryId:
            return int(m_base.territory());
        case ScriptId:
            return int(m_base.script());
        case ZeroDigit:
            return QStringLiteral("0");
        case DecimalPoint:
            return QStringLiteral(".");
        case GroupSeparator:
            return QStringLiteral(",");
        case UILanguages:
            return m_base.uiLanguages();
        default:
            return QVariant();
        }
    }
    QLocale fallbackLocale() const override { return m_base; }

private:
    QLocale m_base;
};
std::unique_ptr<LatinDigitsLocale> s_latinDigits;
} // namespace

void Translations::describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("regulars"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REGULARS_VERSION));
}

namespace {
// Qt's Arabic "Cancel" (ألغِ) ends in a vowel mark that Qt 6.4 clips at the button's edge; our translation
// (إلغاء) is the word Arabic software uses and fits. Listed so lupdate offers them in our .ts files.
[[maybe_unused]] const char* const kStandardButtonOverrides[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
};
} // namespace

QStringList Translations::languages()
{
    return {QStringLiteral("en"), QStringLiteral("ar"), QStringLiteral("fa"), QStringLiteral("ru")};
}

QString Translations::nativeName(const QString& languageCode)
{
    QString name = QLocale(languageCode).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

bool Translations::hasNativeDigits(const QLocale& locale)
{
    return QLocale(locale.language(), locale.script(), locale.territory()).zeroDigit() != u'0';
}

QLocale Translations::systemLocale()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Read as Qt reads it, but without QLocale::system(): once that has been asked, Qt keeps its calendar data
    // even when the Latin-digit locale replaces the system's later.
    for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        QString name = qEnvironmentVariable(variable);
        name = name.left(name.indexOf(u'.')).left(name.indexOf(u'@'));
        if (!name.isEmpty())
            return QLocale(name);
    }
    return QLocale::c();
#else
    return QLocale::system();
#endif
}

void Translations::install(const QString& languageCode)
{
    const QString chosen = languageCode.isEmpty() ? UserSettings::value(UserSettings::Key::Language).toString()
                                                  : languageCode;
    // A chosen language keeps the system's country (en_GB stays en_GB) when the languages agree.
    QLocale locale = systemLocale();
    if (!chosen.isEmpty() && QLocale(chosen).language() != locale.language())
        locale = QLocale(chosen);
    if (!languages().contains(QLocale::languageToCode(locale.language())))
        locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    const QString language = QLocale::languageToCode(locale.language());

    // Latin digits on request; the replacement system locale must outlive every QLocale made from it.
    const bool latinDigits =
        !UserSettings::value(UserSettings::Key::NativeDigits).toBool() && hasNativeDigits(locale);
    if (latinDigits) {
        s_latinDigits = std::make_unique<LatinDigitsLocale>(locale);
        locale = QLocale::system();
    }
    s_locale = locale;
    QLocale::setDefault(locale);

    const QString calendarName = UserSettings::value(UserSettings::Key::CalendarName).toString();
    s_calendar = calendarNamed(calendarNames().contains(calendarName) ? calendarName
                                                                      : defaultCalendarName(language));

    // Qt's own texts first, ours last: the translator installed last is asked first, so the few standard
    // button texts we translate ourselves (kStandardButtonOverrides) win over Qt's.
    const QLocale words(locale.language(), locale.script(), locale.territory());
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(words, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto* ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(words, QStringLiteral("regulars"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
}

QLocale Translations::locale()
{
    return s_locale;
}

QStringList Translations::calendarNames()
{
    return {QStringLiteral("gregorian"), QStringLiteral("persian"), QStringLiteral("islamic")};
}

QString Translations::calendarTitle(const QString& calendarName)
{
    if (calendarName == u"persian")
        return tr("Solar Hijri (Persian)");
    if (calendarName == u"islamic")
        return tr("Hijri (Islamic)");
    return tr("Gregorian");
}

QString Translations::defaultCalendarName(const QString& languageCode)
{
    return languageCode == u"fa" ? QStringLiteral("persian") : QStringLiteral("gregorian");
}

QCalendar Translations::calendar()
{
    return s_calendar;
}

QCalendar Translations::calendarNamed(const QString& calendarName)
{
    if (calendarName == u"persian")
        return QCalendar(QCalendar::System::Jalali);
    if (calendarName == u"islamic")
        return QCalendar(QCalendar::System::IslamicCivil);
    return QCalendar(QCalendar::System::Gregorian);
}
