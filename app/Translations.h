#pragma once

#include <QCalendar>
#include <QCoreApplication>
#include <QLocale>
#include <QString>

// The program's identity, its language and how it writes numbers and dates: ours from the resources, Qt's own
// (standard buttons) from the system, the calendar and digits from this computer's settings.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    // Application name, organisation and version, so settings and data paths are the same everywhere.
    static void describeApplication();
    // Loads the translations for a language code (en, ar, fa, ru); empty: the language chosen in the
    // settings, else the system's. Also applies the calendar and digit settings.
    static void install(const QString& languageCode);
    // The locale the program speaks after install(), with the digits it writes.
    static QLocale locale();
    static QStringList languages();
    // The language and country of the computer's own settings.
    static QLocale systemLocale();
    // A language's own name, for choosing it ("العربية", "Русский").
    static QString nativeName(const QString& languageCode);

    // The calendars a person can choose: "gregorian", "persian" (Solar Hijri), "islamic" (tabular Hijri).
    static QStringList calendarNames();
    static QString calendarTitle(const QString& calendarName);
    // The language's usual calendar: Solar Hijri for Persian, Gregorian for the others.
    static QString defaultCalendarName(const QString& languageCode);
    // The calendar dates are shown in, chosen in the settings or the language's usual one.
    static QCalendar calendar();
    static QCalendar calendarNamed(const QString& calendarName);
    // Whether the language writes its own digits (Arabic-Indic, Persian) rather than Latin ones.
    static bool hasNativeDigits(const QLocale& locale);
};
