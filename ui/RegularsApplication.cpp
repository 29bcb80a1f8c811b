#include "RegularsApplication.h"

#include "BackupControls.h"
#include "Clock.h"
#include "CustomerDirectory.h"
#include "Database.h"
#include "DigitInputFilter.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "ShopSettings.h"
#include "ShopSetupDialog.h"
#include "StartupCheck.h"
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
    Translations::install(language);
    QApplication::setLayoutDirection(Translations::locale().textDirection());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/regulars.svg")));
    DigitInputFilter digits;
    app.installEventFilter(&digits);

    SystemClock clock;
    const QString backupFolder = UserSettings::value(UserSettings::Key::BackupFolder).toString();
    QString search = initialSearch;
    // Each turn opens the shop; a restore closes everything that uses the database, replaces it, and
    // opens the shop again.
    for (;;) {
        std::unique_ptr<Database> db = StartupCheck::openShop(databasePath, backupFolder, clock);
        if (!db)
            return 1;
        ShopSettings settings(*db);
        if (settings.value(ShopSettings::Key::Country).isEmpty()) {
            ShopSetupDialog setup(settings, CustomerDirectory::systemRegion());
            if (setup.exec() != QDialog::Accepted)
                return 0;
        }
        QString restoreFrom;
        int code = 0;
        {
            MainWindow window(*db, clock);
            QObject::connect(&window, &MainWindow::restoreRequested, &window, [&](const QString& file) {
                restoreFrom = file;
                QCoreApplication::exit(0);
            });
            window.show();
            window.backupControls()->startAutomatic();
            if (!search.isEmpty())
                window.searchAndOpen(search);
            search.clear();
            code = app.exec();
        }
        db.reset();
        if (restoreFrom.isEmpty())
            return code;
        StartupCheck::restore(databasePath, restoreFrom, clock);
    }
}
