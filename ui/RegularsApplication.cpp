#include "RegularsApplication.h"

#include "Clock.h"
#include "Database.h"
#include "HelpKey.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "SetupWizard.h"
#include "Translations.h"
#include "UserSettings.h"

#include <QApplication>
#include <QIcon>

int RegularsApplication::runWindow(int& argc, char** argv, const QString& databasePath,
                                   const QString& language, const QString& initialSearch)
{
    QApplication app(argc, argv);
    Translations::describeApplication();
    QApplication::setApplicationDisplayName(QObject::tr("Regulars"));
    // The language chosen in the setup wizard, unless --lang says otherwise for this run.
    Translations::install(language.isEmpty() ? UserSettings::value(UserSettings::Key::Language).toString()
                                             : language);
    QApplication::setLayoutDirection(Translations::locale().textDirection());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/regulars.svg")));

    auto db = Database::open(databasePath);
    if (!db) {
        Prompts::instance().warn(nullptr, QObject::tr("Regulars"), db.error().message);
        return 1;
    }
    HelpKey::installOnce();
    SystemClock clock;
    if (SetupWizard::isNeeded(*db.value())) {
        SetupWizard setup(*db.value(), clock);
        if (setup.exec() != QDialog::Accepted && SetupWizard::isNeeded(*db.value()))
            return 0;
    }
    MainWindow window(*db.value(), clock);
    window.show();
    if (!initialSearch.isEmpty())
        window.searchAndOpen(initialSearch);
    return app.exec();
}
