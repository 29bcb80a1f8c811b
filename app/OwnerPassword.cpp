#include "OwnerPassword.h"

#include "Clock.h"
#include "Database.h"
#include "UserAccounts.h"

#include <QFileInfo>

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

bool OwnerPassword::changesData(const QStringList& words)
{
    const QString command = words.value(0);
    const QString action = words.value(1);
    if (command == u"balance" || command == u"report" || command == u"check")
        return false;
    if (command == u"customers")
        return action != u"find";
    if (command == u"coupons")
        return action != u"list";
    if (command == u"scanner")
        return action != u"listen";
    if (command == u"outbox" || command == u"conflicts")
        return action != u"list";
    if (command == u"program" || command == u"programme")
        return action != u"export";
    if (command == u"shops" || command == u"tills")
        return action != u"list";
    // Nothing to run: help, the version or the window.
    return !command.isEmpty();
}

QString OwnerPassword::readHidden(const QString& prompt, QTextStream& err)
{
    if (!isatty(STDIN_FILENO))
        return {};
    err << prompt;
    err.flush();
    termios before{};
    const bool hidden = tcgetattr(STDIN_FILENO, &before) == 0;
    if (hidden) {
        termios quiet = before;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.push_back(char(c));
    if (hidden)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
    err << Qt::endl;
    return QString::fromStdString(line);
}

bool OwnerPassword::check(const QString& databasePath, QString& ownerName, QTextStream& err)
{
    // A shop that does not exist yet has no users; the command itself says what is wrong with the path.
    if (!Database::isServerLocation(databasePath) && !QFileInfo::exists(databasePath))
        return true;
    auto db = Database::open(databasePath, Database::OpenMode::MustExist);
    if (!db)
        return true;
    SystemClock clock;
    const OwnerEverywhere nobody(QString{});
    UserAccounts accounts(*db.value(), clock, nobody);
    if (!accounts.any())
        return true;
    const auto owner = accounts.owner();
    if (!owner) {
        err << tr("This shop has no owner's account, so nothing can be changed from the command line.")
            << Qt::endl;
        return false;
    }
    QString password = qEnvironmentVariable("REGULARS_PASSWORD");
    if (password.isEmpty())
        password = readHidden(tr("Owner's password for %1: ").arg(owner->name), err);
    if (password.isEmpty()) {
        err << tr("This command changes the shop's data and needs the owner's password: type it when asked, "
                  "or set REGULARS_PASSWORD for scripts.")
            << Qt::endl;
        return false;
    }
    auto signedIn = accounts.signIn(owner->id, password);
    if (!signedIn) {
        err << signedIn.error().message << Qt::endl;
        return false;
    }
    ownerName = signedIn->name;
    return true;
}
