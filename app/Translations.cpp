#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {
QLocale s_locale;
}

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

void Translations::install(const QString& languageCode)
{
    // A chosen language keeps the system's country (en_GB stays en_GB) when the languages agree.
    QLocale locale = QLocale::system();
    if (!languageCode.isEmpty() && QLocale(languageCode).language() != locale.language())
        locale = QLocale(languageCode);
    if (!languages().contains(QLocale::languageToCode(locale.language())))
        locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    s_locale = locale;
    QLocale::setDefault(locale);

    // Qt's own texts first, ours last: the translator installed last is asked first, so the few standard
    // button texts we translate ourselves (kStandardButtonOverrides) win over Qt's.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto* ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(locale, QStringLiteral("regulars"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
}

QLocale Translations::locale()
{
    return s_locale;
}
