#pragma once

#include <QLocale>
#include <QString>

// The program's identity and its translations: ours from the resources, Qt's own (standard buttons) from the
// system.
class Translations
{
public:
    // Application name, organisation and version, so settings and data paths are the same everywhere.
    static void describeApplication();
    // Loads the translations for a language code (en, ar, fa, ru); empty: the system's language.
    static void install(const QString& languageCode);
    // The locale the program speaks after install().
    static QLocale locale();
    static QStringList languages();
};
