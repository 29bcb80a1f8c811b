#include "RegularsApplication.h"

#include "Clock.h"
#include "Database.h"
#include "DigitInputFilter.h"
#include "HelpKey.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "SetupWizard.h"
#include "Translations.h"

#include <QApplication>
#include <QIcon>

int RegularsApplication::runWindow(int& argc, char** argv, const QString& databasePath,
                                   const QString& language, const QString& initialSearch)
{
    QApplication app(argc, argv);
    Translations::describeApplication();
    QApplication::setApplicationDisplayName(QObject::tr("Regulars"));
    Translations::install(language);
    QApplication::setLayoutDirection(Translations::locale().textDirection());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/regulars.svg")));
    DigitInputFilter digits;
    app.installEventFilter(&digits);

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
