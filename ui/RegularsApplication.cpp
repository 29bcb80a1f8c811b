#include "RegularsApplication.h"

#include "BackupControls.h"
#include "Clock.h"
#include "Database.h"
#include "DigitInputFilter.h"
#include "HelpKey.h"
#include "MainWindow.h"
#include "OwnerAccountDialog.h"
#include "Prompts.h"
#include "ServerPasswordDialog.h"
#include "Session.h"
#include "SetupWizard.h"
#include "StartupCheck.h"
#include "TillLock.h"
#include "Translations.h"
#include "UserAccounts.h"
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

    HelpKey::installOnce();
    Database::setPasswordPrompt(&ServerPasswordDialog::ask);
    SystemClock clock;
    const QString backupFolder = UserSettings::value(UserSettings::Key::BackupFolder).toString();
    QString search = initialSearch;
    // Each turn opens the shop; a restore closes everything that uses the database, replaces it, and
    // opens the shop again.
    for (;;) {
        std::unique_ptr<Database> db = StartupCheck::openShop(databasePath, backupFolder, clock);
        if (!db)
            return 1;
        const bool hadPeople = UserStore(*db).any();
        if (SetupWizard::isNeeded(*db)) {
            SetupWizard setup(*db, clock);
            if (setup.exec() != QDialog::Accepted && SetupWizard::isNeeded(*db))
                return 0;
        }
        // A shop from before people signed in: the owner chooses a password first (or later). An owner who
        // has just chosen one in the wizard starts signed in.
        std::optional<UserRecord> owner;
        {
            const OwnerEverywhere nobodyYet{QString()};
            UserAccounts accounts(*db, clock, nobodyYet);
            if (!UserStore(*db).any()) {
                OwnerAccountDialog ask(accounts);
                if (ask.exec() == QDialog::Accepted)
                    owner = accounts.user(ask.ownerId());
            } else if (!hadPeople) {
                owner = accounts.owner();
            }
        }
        QString restoreFrom;
        int code = 0;
        {
            MainWindow window(*db, clock);
            if (owner)
                window.tillLock()->signIn(*owner);
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
