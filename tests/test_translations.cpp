#include "LocalDates.h"
#include "Money.h"
#include "MonthCalendar.h"
#include "TestSupport.h"
#include "Translations.h"
#include "UserSettings.h"

#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Languages, calendars and digits: the conversions against known dates, and what a person sees with each setting.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        for (auto key : {UserSettings::Key::Language, UserSettings::Key::CalendarName, UserSettings::Key::NativeDigits})
            UserSettings::setValue(key, UserSettings::value(key)); // the defaults, written down
        UserSettings::setValue(UserSettings::Key::CalendarName, QString());
        UserSettings::setValue(UserSettings::Key::NativeDigits, true);
    }
    void init() { TestSupport::failOnWarnings(); }

    void calendarsAgreeWithKnownDates()
    {
        // Nowruz 1403 fell on 20 March 2024; 1 Ramadan 1445 of the tabular (civil) Hijri calendar on 11 March.
        QCOMPARE(Translations::calendarNamed(QStringLiteral("persian")).dateFromParts(1403, 1, 1), QDate(2024, 3, 20));
        QCOMPARE(Translations::calendarNamed(QStringLiteral("persian")).dateFromParts(1404, 12, 29), QDate(2026, 3, 20));
        QCOMPARE(Translations::calendarNamed(QStringLiteral("islamic")).dateFromParts(1445, 9, 1), QDate(2024, 3, 11));
        QCOMPARE(Translations::calendarNamed(QStringLiteral("gregorian")).dateFromParts(2024, 3, 20), QDate(2024, 3, 20));
        // A Persian owner's month is Farvardin: the months of reports are the calendar's own.
        const MonthCalendar months(QTimeZone(QByteArrayLiteral("Asia/Tehran")),
                                   Translations::calendarNamed(QStringLiteral("persian")));
        const int farvardin = months.monthOfDay(qint32(QDate(2024, 3, 20).toJulianDay()));
        QCOMPARE(months.firstDay(farvardin), QDate(2024, 3, 20));
        QCOMPARE(months.lastDay(farvardin), QDate(2024, 4, 19));
        QCOMPARE(months.monthOfDay(qint32(QDate(2024, 3, 19).toJulianDay())), farvardin - 1);
    }

    void eachLanguageHasItsUsualCalendar()
    {
        QCOMPARE(Translations::defaultCalendarName(QStringLiteral("fa")), QStringLiteral("persian"));
        for (const char* language : {"en", "ar", "ru"})
            QCOMPARE(Translations::defaultCalendarName(QLatin1String(language)), QStringLiteral("gregorian"));
        QCOMPARE(Translations::nativeName(QStringLiteral("ar")), QStringLiteral("العربية"));
        QCOMPARE(Translations::nativeName(QStringLiteral("ru")), QStringLiteral("Русский"));
        QVERIFY(Translations::hasNativeDigits(QLocale(QLocale::Persian, QLocale::Iran)));
        QVERIFY(Translations::hasNativeDigits(QLocale(QLocale::Arabic, QLocale::Egypt)));
        QVERIFY(!Translations::hasNativeDigits(QLocale(QLocale::Russian, QLocale::Russia)));
    }

    void persianDatesInTheSolarHijriCalendarAndPersianDigits()
    {
        Translations::install(QStringLiteral("fa"));
        QCOMPARE(Translations::calendar().name(), QCalendar(QCalendar::System::Jalali).name());
        const QString nowruz = LocalDates::date(QDate(2024, 3, 20), QLocale::LongFormat);
        QVERIFY2(nowruz.endsWith(QStringLiteral("۱ فروردین ۱۴۰۳")), qPrintable(nowruz));
        QCOMPARE(QLocale().toString(1234567), QStringLiteral("۱٬۲۳۴٬۵۶۷"));
        QCOMPARE(QLocale().textDirection(), Qt::RightToLeft);
    }

    void arabicDatesInTheHijriCalendarWhenChosen()
    {
        UserSettings::setValue(UserSettings::Key::CalendarName, QStringLiteral("islamic"));
        Translations::install(QStringLiteral("ar"));
        const QString shown = LocalDates::date(QDate(2024, 3, 11), QLocale::LongFormat);
        QVERIFY2(shown.contains(QStringLiteral("رمضان")) && shown.contains(QStringLiteral("١٤٤٥")), qPrintable(shown));
        UserSettings::setValue(UserSettings::Key::CalendarName, QString());
        Translations::install(QStringLiteral("ar"));
        const QString gregorian = LocalDates::date(QDate(2024, 3, 11), QLocale::LongFormat);
        QVERIFY2(gregorian.contains(QStringLiteral("٢٠٢٤")), qPrintable(gregorian));
    }

    // The whole path as a person meets it: the settings file, the language, then a report in text.
    void reportsInPersianMonthsWithEitherDigits()
    {
        QTemporaryDir home;
        const QString db = home.filePath(QStringLiteral("shop.sqlite3"));
        const QHash<QString, QString> env = {{QStringLiteral("HOME"), home.path()}, {QStringLiteral("TZ"), QStringLiteral("Asia/Tehran")}};
        QCOMPARE(TestSupport::runRegulars({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--customers"),
                                           QStringLiteral("40"), QStringLiteral("--region"), QStringLiteral("IR")},
                                          env).exitCode,
                 0);
        const QStringList report = {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("fa"),
                                    QStringLiteral("report"), QStringLiteral("retention"), QStringLiteral("--format"),
                                    QStringLiteral("text")};
        const QString persianDigits = TestSupport::runRegulars(report, env).out;
        QVERIFY2(persianDigits.contains(QStringLiteral("۱۴۰")) && !persianDigits.contains(u'7'), qPrintable(persianDigits));
        // Months are Solar Hijri months: Farvardin, Ordibehesht… by their Persian names.
        QVERIFY2(persianDigits.contains(QStringLiteral("فروردین")) || persianDigits.contains(QStringLiteral("اسفند")) ||
                     persianDigits.contains(QStringLiteral("مهر")),
                 qPrintable(persianDigits));

        QSettings settings(home.filePath(QStringLiteral(".config/Unknown Organization/regulars.conf")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("region/nativeDigits"), false);
        settings.sync();
        const QString latinDigits = TestSupport::runRegulars(report, env).out;
        QVERIFY2(latinDigits.contains(QStringLiteral("140")) && !latinDigits.contains(u'۱'), qPrintable(latinDigits));
        QCOMPARE(QString(latinDigits).remove(QRegularExpression(QStringLiteral("[0-9.,%٫٬۰-۹]"))),
                 QString(persianDigits).remove(QRegularExpression(QStringLiteral("[0-9.,%٫٬۰-۹]"))));

        // A script names the calendar it wants whatever the settings say.
        auto gregorian = TestSupport::runRegulars({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("retention"),
                                                   QStringLiteral("--calendar"), QStringLiteral("gregorian")},
                                                  env);
        QCOMPARE(gregorian.exitCode, 0);
        QVERIFY2(gregorian.out.contains(QStringLiteral("\"month\": \"20")), qPrintable(gregorian.out.left(300)));
        auto persian = TestSupport::runRegulars({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("retention"),
                                                 QStringLiteral("--calendar"), QStringLiteral("persian")},
                                                env);
        QVERIFY2(persian.out.contains(QStringLiteral("\"month\": \"140")), qPrintable(persian.out.left(300)));
        auto unknown = TestSupport::runRegulars({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("retention"),
                                                 QStringLiteral("--calendar"), QStringLiteral("mayan")},
                                                env);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("gregorian, persian, islamic")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
