#include "RegularsApplication.h"

#include "Clock.h"
#include "CustomerDirectory.h"
#include "Database.h"
#include "DigitInputFilter.h"
#include "MainWindow.h"
#include "OwnerAccountDialog.h"
#include "Prompts.h"
#include "Session.h"
#include "ShopSettings.h"
#include "ShopSetupDialog.h"
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
    ShopSettings settings(*db.value());
    if (settings.value(ShopSettings::Key::Country).isEmpty()) {
        ShopSetupDialog setup(settings, CustomerDirectory::systemRegion());
        if (setup.exec() != QDialog::Accepted)
            return 0;
    }
    SystemClock clock;
    // A new shop, or one from before people signed in: the owner chooses a password first (or later).
    std::optional<UserRecord> owner;
    if (!UserStore(*db.value()).any()) {
        const OwnerEverywhere nobodyYet{QString()};
        UserAccounts accounts(*db.value(), clock, nobodyYet);
        OwnerAccountDialog ask(accounts);
        if (ask.exec() == QDialog::Accepted)
            owner = accounts.user(ask.ownerId());
    }
    MainWindow window(*db.value(), clock);
    if (owner)
        window.tillLock()->signIn(*owner);
    window.show();
    if (!initialSearch.isEmpty())
        window.searchAndOpen(initialSearch);
    return app.exec();
}
