#include "RegularsApplication.h"

#include "Clock.h"
#include "Database.h"
#include "DigitInputFilter.h"
#include "HelpKey.h"
#include "MainWindow.h"
#include "OwnerAccountDialog.h"
#include "Prompts.h"
#include "Session.h"
#include "SetupWizard.h"
#include "TillLock.h"
#include "Translations.h"
#include "UserAccounts.h"

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
    const bool hadPeople = UserStore(*db.value()).any();
    if (SetupWizard::isNeeded(*db.value())) {
        SetupWizard setup(*db.value(), clock);
        if (setup.exec() != QDialog::Accepted && SetupWizard::isNeeded(*db.value()))
            return 0;
    }
    // A shop from before people signed in: the owner chooses a password first (or later). An owner who has
    // just chosen one in the wizard starts signed in.
    std::optional<UserRecord> owner;
    const OwnerEverywhere nobodyYet{QString()};
    UserAccounts accounts(*db.value(), clock, nobodyYet);
    if (!UserStore(*db.value()).any()) {
        OwnerAccountDialog ask(accounts);
        if (ask.exec() == QDialog::Accepted)
            owner = accounts.user(ask.ownerId());
    } else if (!hadPeople) {
        owner = accounts.owner();
    }
    MainWindow window(*db.value(), clock);
    if (owner)
        window.tillLock()->signIn(*owner);
    window.show();
    if (!initialSearch.isEmpty())
        window.searchAndOpen(initialSearch);
    return app.exec();
}
