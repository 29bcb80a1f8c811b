#include "UserCommands.h"

#include "Clock.h"
#include "CommandLine.h"
#include "OwnerPassword.h"
#include "UserAccounts.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
// A PIN from --pin, REGULARS_PIN, or typed at the terminal without echo.
QString pinFrom(const CommandLine& cli, QTextStream& err)
{
    if (cli.hasOption(QStringLiteral("pin")))
        return cli.option(QStringLiteral("pin"));
    const QString fromEnvironment = qEnvironmentVariable("REGULARS_PIN");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return OwnerPassword::readHidden(UserCommands::tr("PIN (4 to 8 digits): "), err);
}
} // namespace

QStringList UserCommands::commands() const
{
    return {QStringLiteral("users")};
}

QStringList UserCommands::valueOptions() const
{
    return {QStringLiteral("pin")};
}

QStringList UserCommands::flags() const
{
    return {QStringLiteral("owner")};
}

QString UserCommands::help() const
{
    return tr("  users add NAME [--pin PIN] | users add NAME --owner\n"
              "      add a clerk who signs in with a PIN (from --pin, REGULARS_PIN or typed), or create the\n"
              "      owner's account of a shop that has none (password from REGULARS_PASSWORD or typed)\n"
              "  users list | users reset-pin NAME [--pin PIN] | users disable NAME\n"
              "      the people who sign in, as JSON lines; a clerk's new PIN; a clerk who may no longer "
              "sign in\n");
}

int UserCommands::run(CommandLine& cli, const QStringList& words, QTextStream& out, QTextStream& err)
{
    const QString action = words.value(1);
    const QString name = words.value(2);
    const bool named = action == u"add" || action == u"reset-pin" || action == u"disable";
    if (!(named || action == u"list") || words.size() != (named ? 3 : 2)) {
        err << tr("Use: regulars users add NAME [--pin PIN] | list | reset-pin NAME | disable NAME")
            << Qt::endl;
        return CommandLine::UsageError;
    }
    auto db = cli.openDatabase(Database::OpenMode::MustExist, err);
    if (!db)
        return CommandLine::Refused;
    SystemClock clock;
    UserAccounts accounts(*db, clock, cli.access());

    if (action == u"list") {
        for (const UserRecord& u : accounts.all()) {
            QJsonObject line{{QStringLiteral("id"), u.id},
                             {QStringLiteral("name"), u.name},
                             {QStringLiteral("role"), UserRecord::roleKey(u.role)},
                             {QStringLiteral("disabled"), u.isDisabled()},
                             {QStringLiteral("locked_seconds"), accounts.secondsLocked(u)},
                             {QStringLiteral("created_at"),
                              QDateTime::fromMSecsSinceEpoch(u.createdAtMs, Qt::UTC).toString(Qt::ISODate)}};
            out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << u'\n';
        }
        out.flush();
        return CommandLine::Success;
    }

    if (action == u"add" && cli.flag(QStringLiteral("owner"))) {
        QString password = qEnvironmentVariable("REGULARS_PASSWORD");
        if (password.isEmpty()) {
            password = OwnerPassword::readHidden(tr("The owner's new password: "), err);
            if (!password.isEmpty() &&
                OwnerPassword::readHidden(tr("The same password again: "), err) != password) {
                err << tr("The two passwords are not the same; nothing was changed.") << Qt::endl;
                return CommandLine::Refused;
            }
        }
        auto created = accounts.createOwner(name, password);
        if (!created) {
            err << created.error().message << Qt::endl;
            return CommandLine::Refused;
        }
        out << tr("%1 is the owner and signs in with the password.").arg(name.simplified()) << Qt::endl;
        return CommandLine::Success;
    }

    if (!accounts.owner()) {
        err << tr("Create the owner's account first: regulars users add NAME --owner") << Qt::endl;
        return CommandLine::Refused;
    }
    if (action == u"add") {
        auto added = accounts.addClerk(name, pinFrom(cli, err));
        if (!added) {
            err << added.error().message << Qt::endl;
            return CommandLine::Refused;
        }
        out << tr("%1 can sign in at the till with the PIN.").arg(name.simplified()) << Qt::endl;
        return CommandLine::Success;
    }

    const UserRecord* user = nullptr;
    const QList<UserRecord> everyone = accounts.all();
    for (const UserRecord& u : everyone)
        if (u.name.compare(name.simplified(), Qt::CaseInsensitive) == 0)
            user = &u;
    if (!user) {
        err << tr("Nobody called “%1” signs in here. See regulars users list.").arg(name) << Qt::endl;
        return CommandLine::Refused;
    }
    const Result<void> done =
        action == u"disable" ? accounts.disable(user->id) : accounts.resetPin(user->id, pinFrom(cli, err));
    if (!done) {
        err << done.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    out << (action == u"disable" ? tr("%1 can no longer sign in.").arg(user->name)
                                 : tr("%1 has a new PIN.").arg(user->name))
        << Qt::endl;
    return CommandLine::Success;
}
