#include "OfflineCommands.h"

#include "Clock.h"
#include "CommandLine.h"
#include "CustomerDirectory.h"
#include "Database.h"
#include "LoyaltyCommands.h"
#include "LoyaltyLedger.h"
#include "OfflineConflicts.h"
#include "OfflineTill.h"
#include "OutboxReplay.h"
#include "TillCopy.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace {
void printJson(QTextStream& out, const QJsonObject& object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << u'\n';
    out.flush();
}

// This computer's copy for the server named by --db; nullptr (and why on `err`) when there is none to use.
std::unique_ptr<TillCopy> openCopy(CommandLine& cli, QTextStream& err)
{
    if (!Database::isServerLocation(cli.databasePath())) {
        err << OfflineCommands::tr("Offline work is for a shop on a PostgreSQL server (--db postgresql://…).")
            << Qt::endl;
        return nullptr;
    }
    auto copy = TillCopy::openFor(cli.databasePath());
    if (!copy) {
        err << copy.error().message << Qt::endl;
        return nullptr;
    }
    return std::move(copy).value();
}

// A copy that was never refreshed has nobody in it to serve.
bool usable(const TillCopy& copy, QTextStream& err)
{
    if (copy.refreshedAt().isValid())
        return true;
    err << OfflineCommands::tr(
               "This till has no copy of the shop's customers yet, so it cannot work offline. "
               "While the server answers, run: regulars --db %1 outbox refresh")
               .arg(copy.server())
        << Qt::endl;
    return false;
}

QString tillOption(const CommandLine& cli)
{
    return cli.hasOption(QStringLiteral("till")) ? cli.option(QStringLiteral("till")) : QStringLiteral("1");
}

CustomerDraft draftFromOptions(const CommandLine& cli)
{
    CustomerDraft draft;
    draft.name = cli.option(QStringLiteral("name"));
    draft.phone = cli.option(QStringLiteral("phone"));
    draft.card = cli.option(QStringLiteral("card"));
    draft.dataConsent = true;
    draft.consentChannel = ConsentRecord::channelFromKey(cli.option(QStringLiteral("consent")))
                               .value_or(ConsentRecord::Channel::Paper);
    draft.recordedBy = cli.access().actor();
    return draft;
}
} // namespace

QString OfflineCommands::newSaleReference()
{
    return QStringLiteral("auto-%1-%2")
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz")))
        .arg(QRandomGenerator::system()->generate() % 1000000, 6, 10, QChar(u'0'));
}

QStringList OfflineCommands::commands() const
{
    return {QStringLiteral("enrol"), QStringLiteral("outbox"), QStringLiteral("conflicts")};
}

QStringList OfflineCommands::valueOptions() const
{
    return {QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("card"),
            QStringLiteral("consent")};
}

QStringList OfflineCommands::flags() const
{
    return {QStringLiteral("json"), QStringLiteral("unseen")};
}

QString OfflineCommands::help() const
{
    return tr(
        "  enrol --name NAME --phone PHONE --consent paper|verbal|digital [--card C] [--ref R] [--till T]\n"
        "      enrol a customer who agreed to their data being kept; prints the customer as JSON\n"
        "  Offline tills (a shop on a PostgreSQL server): when the server cannot be reached, `sale` and\n"
        "  `enrol` work from this till's copy and keep the work in its outbox: they print JSON with\n"
        "  \"offline\": true (a sale's points as estimated_earned and estimated_balance) and exit 4.\n"
        "  outbox refresh\n"
        "      copy the customers, balances, vouchers, coupons and programme this till needs offline\n"
        "  outbox list [--json]\n"
        "      the work kept offline, waiting or replayed\n"
        "  outbox replay\n"
        "      send the waiting work to the server, exactly once, in order; one JSON line per item and\n"
        "      a summary; then refresh the copy\n"
        "  conflicts list [--unseen] [--json]\n"
        "      what replays could not do as the till did (coupon used elsewhere, points spent twice, …)\n"
        "  conflicts seen\n"
        "      mark every conflict as seen by the owner\n");
}

int OfflineCommands::offlineSale(CommandLine& cli, const QString& why, const QString& saleRef,
                                 QTextStream& out, QTextStream& err)
{
    auto copy = openCopy(cli, err);
    if (!copy || !usable(*copy, err)) {
        err << why << Qt::endl;
        return CommandLine::Refused;
    }
    SystemClock clock;
    OfflineTill till(*copy, clock, cli.access());
    std::optional<SaleRequest> parsed = LoyaltyCommands::saleRequest(cli, till.money(), err);
    if (!parsed)
        return CommandLine::UsageError;
    SaleRequest request = std::move(*parsed);
    if (!saleRef.isEmpty())
        request.saleRef = saleRef;
    request.couponCode = cli.option(QStringLiteral("coupon"));
    const QString query = cli.option(QStringLiteral("customer"));
    QList<SearchHit> hits;
    const auto customer = till.directory().findOne(query, &hits, 6);
    if (!customer) {
        err << tr("The server cannot be reached, and this till's copy has no single customer for “%1” "
                  "(%Ln found); give their phone, card or id:N.",
                  nullptr, int(hits.size()))
                   .arg(query)
            << Qt::endl;
        return CommandLine::Refused;
    }
    request.customerId = customer->id;
    auto outcome = till.recordSale(request);
    if (!outcome) {
        err << outcome.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    err << tr("The server cannot be reached; the sale is kept in this till's outbox. Points are estimated "
              "and "
              "confirmed when the till is back online.")
        << Qt::endl;
    printJson(out, outcome->json);
    return SavedOffline;
}

int OfflineCommands::run(CommandLine& cli, const QStringList& words, QTextStream& out, QTextStream& err)
{
    const QString command = words.value(0);
    const QString action = words.value(1);
    SystemClock clock;

    if (command == u"enrol") {
        if (words.size() != 1 || cli.option(QStringLiteral("name")).isEmpty() ||
            cli.option(QStringLiteral("phone")).isEmpty() ||
            !ConsentRecord::channelFromKey(cli.option(QStringLiteral("consent")))) {
            err << tr("Use: regulars enrol --name NAME --phone PHONE --consent paper|verbal|digital [--card "
                      "C] "
                      "[--ref R] [--till T]")
                << Qt::endl;
            return CommandLine::UsageError;
        }
        const CustomerDraft draft = draftFromOptions(cli);
        auto db = Database::open(cli.databasePath(), Database::OpenMode::MustExist);
        if (!db && db.error().kind == Error::Kind::Unreachable) {
            auto copy = openCopy(cli, err);
            if (!copy || !usable(*copy, err))
                return CommandLine::Refused;
            OfflineTill till(*copy, clock, cli.access());
            auto local = till.enrol(draft, tillOption(cli), cli.option(QStringLiteral("ref")));
            if (!local) {
                err << local.error().message << Qt::endl;
                return CommandLine::Refused;
            }
            err << tr("The server cannot be reached; the enrolment is kept in this till's outbox.")
                << Qt::endl;
            printJson(out, QJsonObject{{QStringLiteral("offline"), true},
                                       {QStringLiteral("customer"), local.value()},
                                       {QStringLiteral("name"), draft.name}});
            return SavedOffline;
        }
        if (!db) {
            err << db.error().message << Qt::endl;
            return CommandLine::Refused;
        }
        CustomerDirectory directory(*db.value(), clock);
        directory.setAccess(cli.access());
        auto id = directory.create(draft);
        if (!id) {
            err << id.error().message << Qt::endl;
            return CommandLine::Refused;
        }
        if (auto welcomed = LoyaltyLedger(*db.value(), clock, cli.access()).enrolled(id.value()); !welcomed) {
            err << welcomed.error().message << Qt::endl;
            return CommandLine::Refused;
        }
        printJson(
            out, QJsonObject{{QStringLiteral("customer"), id.value()}, {QStringLiteral("name"), draft.name}});
        return CommandLine::Success;
    }

    const bool outbox = command == u"outbox";
    if ((outbox && !(action == u"list" || action == u"replay" || action == u"refresh")) ||
        (!outbox && !(action == u"list" || action == u"seen")) || words.size() != 2) {
        err << (outbox ? tr("Use: regulars outbox list [--json] | outbox replay | outbox refresh")
                       : tr("Use: regulars conflicts list [--unseen] [--json] | conflicts seen"))
            << Qt::endl;
        return CommandLine::UsageError;
    }

    if (outbox && action == u"list") {
        auto copy = openCopy(cli, err);
        if (!copy)
            return CommandLine::Refused;
        const QList<OutboxItem> items = copy->store().items(false);
        for (const OutboxItem& item : items) {
            if (cli.flag(QStringLiteral("json"))) {
                printJson(out, QJsonObject{{QStringLiteral("kind"), OutboxItem::kindKey(item.kind)},
                                           {QStringLiteral("till"), item.tillId},
                                           {QStringLiteral("ref"), item.ref},
                                           {QStringLiteral("at"), item.at.toString(Qt::ISODateWithMs)},
                                           {QStringLiteral("clerk"), item.clerk},
                                           {QStringLiteral("customer"), item.customerId},
                                           {QStringLiteral("redeem"), item.redeemPoints},
                                           {QStringLiteral("coupon"), item.couponCode},
                                           {QStringLiteral("estimated_earned"), item.estimatedEarned},
                                           {QStringLiteral("replayed"), item.replayed()},
                                           {QStringLiteral("result"), item.result}});
                continue;
            }
            out << QStringLiteral("%1  %2  %3/%4  %5")
                       .arg(item.at.toLocalTime().toString(Qt::ISODate), OutboxItem::kindKey(item.kind),
                            item.tillId, item.ref, item.replayed() ? tr("replayed") : tr("waiting"))
                << Qt::endl;
        }
        if (!cli.flag(QStringLiteral("json")))
            out << tr("%Ln item(s) waiting.", nullptr, int(copy->store().waitingCount())) << Qt::endl;
        return CommandLine::Success;
    }

    auto db = Database::open(cli.databasePath(), Database::OpenMode::MustExist);
    if (!db) {
        err << db.error().message << Qt::endl;
        return CommandLine::Refused;
    }

    if (!outbox) {
        OfflineConflicts conflicts(*db.value(), clock, cli.access());
        if (action == u"seen") {
            auto marked = conflicts.markAllSeen();
            if (!marked) {
                err << marked.error().message << Qt::endl;
                return CommandLine::Refused;
            }
            out << tr("%Ln conflict(s) marked as seen.", nullptr, int(marked.value())) << Qt::endl;
            return CommandLine::Success;
        }
        auto listed = conflicts.list(cli.flag(QStringLiteral("unseen")));
        if (!listed) {
            err << listed.error().message << Qt::endl;
            return CommandLine::Refused;
        }
        for (const OfflineConflict& c : listed.value()) {
            if (cli.flag(QStringLiteral("json")))
                printJson(out, OfflineConflicts::toJson(c));
            else
                out << c.happenedAt.toLocalTime().toString(Qt::ISODate) << u"  "
                    << OfflineConflicts::whatHappened(c) << u"\n    " << OfflineConflicts::advice(c)
                    << Qt::endl;
        }
        if (!cli.flag(QStringLiteral("json")))
            out << tr("%Ln conflict(s).", nullptr, int(listed->size())) << Qt::endl;
        return CommandLine::Success;
    }

    auto copy = openCopy(cli, err);
    if (!copy)
        return CommandLine::Refused;
    if (action == u"replay") {
        auto summary = OutboxReplay(*db.value(), *copy, clock).replay();
        if (!summary) {
            err << summary.error().message << Qt::endl;
            return CommandLine::Refused;
        }
        for (const QJsonObject& result : summary->results)
            printJson(out, result);
        printJson(out, QJsonObject{{QStringLiteral("replayed"), summary->replayed},
                                   {QStringLiteral("conflicts"), summary->conflicts},
                                   {QStringLiteral("waiting"), summary->waiting},
                                   {QStringLiteral("stopped"), summary->stopped},
                                   {QStringLiteral("ms"), summary->elapsedMs}});
        if (summary->stopped) {
            err << tr("The replay stopped: %1 %Ln item(s) still wait.", nullptr, int(summary->waiting))
                       .arg(summary->stopReason)
                << Qt::endl;
            return CommandLine::Refused;
        }
    }
    auto refreshed = copy->refresh(*db.value(), clock);
    if (!refreshed) {
        err << refreshed.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    err << tr("This till's copy was refreshed: %Ln customer(s) in %1 ms.", nullptr,
              int(refreshed->counts.customers))
               .arg(refreshed->elapsedMs)
        << Qt::endl;
    return CommandLine::Success;
}
