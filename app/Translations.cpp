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

    auto* ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(locale, QStringLiteral("regulars"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

QLocale Translations::locale()
{
    return s_locale;
}
