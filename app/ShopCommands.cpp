#include "ShopCommands.h"

#include "Clock.h"
#include "CommandLine.h"
#include "Shops.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
void printLine(QTextStream& out, const QJsonObject& object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << u'\n';
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject shopJson(const ShopRecord& shop)
{
    return {{u"id"_s, shop.id},
            {u"name"_s, Shops::displayName(shop)},
            {u"tills"_s, QJsonArray::fromStringList(shop.tills)},
            {u"created_at"_s, isoTime(shop.createdAtMs)}};
}

int refused(QTextStream& err, const Error& error)
{
    err << error.message << Qt::endl;
    return CommandLine::Refused;
}

int shops(CommandLine& cli, const QStringList& words, QTextStream& out, QTextStream& err)
{
    const QString action = words.value(1);
    const int operands = action == u"list" ? 0 : action == u"add" ? 1 : action == u"rename" ? 2 : -1;
    if (operands < 0 || words.size() != operands + 2) {
        err << ShopCommands::tr("Use: regulars shops list | add NAME | rename ID|NAME NEW-NAME") << Qt::endl;
        return CommandLine::UsageError;
    }
    auto db = cli.openDatabase(Database::OpenMode::MustExist, err);
    if (!db)
        return CommandLine::Refused;
    const SystemClock clock;
    Shops chain(*db, clock, cli.access());
    if (action == u"add") {
        auto added = chain.add(words[2]);
        if (!added)
            return refused(err, added.error());
        printLine(out, shopJson(added.value()));
    } else if (action == u"rename") {
        auto shop = chain.find(words[2]);
        if (!shop)
            return refused(err, shop.error());
        if (auto renamed = chain.rename(shop->id, words[3]); !renamed)
            return refused(err, renamed.error());
        auto after = chain.find(QString::number(shop->id));
        if (!after)
            return refused(err, after.error());
        printLine(out, shopJson(after.value()));
    } else {
        auto all = chain.all();
        if (!all)
            return refused(err, all.error());
        for (const ShopRecord& shop : all.value())
            printLine(out, shopJson(shop));
    }
    out.flush();
    return CommandLine::Success;
}

int tills(CommandLine& cli, const QStringList& words, QTextStream& out, QTextStream& err)
{
    const QString action = words.value(1);
    const bool assign = action == u"assign";
    if (!(assign || action == u"list") || words.size() != (assign ? 3 : 2) ||
        (assign && !cli.hasOption(u"shop"_s))) {
        err << ShopCommands::tr("Use: regulars tills list | assign TILL --shop ID|NAME") << Qt::endl;
        return CommandLine::UsageError;
    }
    auto db = cli.openDatabase(Database::OpenMode::MustExist, err);
    if (!db)
        return CommandLine::Refused;
    const SystemClock clock;
    Shops chain(*db, clock, cli.access());
    auto all = chain.all();
    if (!all)
        return refused(err, all.error());
    const auto tillJson = [&](const QString& name, qint64 shopId, qint64 registeredAtMs) {
        QString shopName;
        for (const ShopRecord& shop : all.value())
            if (shop.id == shopId)
                shopName = Shops::displayName(shop);
        return QJsonObject{{u"name"_s, name},
                           {u"shop_id"_s, shopId},
                           {u"shop"_s, shopName},
                           {u"registered_at"_s, isoTime(registeredAtMs)}};
    };
    if (assign) {
        auto shop = chain.find(cli.option(u"shop"_s));
        if (!shop)
            return refused(err, shop.error());
        if (auto moved = chain.assignTill(words[2], shop->id); !moved)
            return refused(err, moved.error());
    }
    auto list = chain.tills();
    if (!list)
        return refused(err, list.error());
    for (const TillRecord& till : list.value())
        if (!assign || till.name == words[2].trimmed())
            printLine(out, tillJson(till.name, till.shopId, till.registeredAtMs));
    out.flush();
    return CommandLine::Success;
}
} // namespace

QStringList ShopCommands::commands() const
{
    return {u"shops"_s, u"tills"_s};
}

QStringList ShopCommands::valueOptions() const
{
    return {u"shop"_s};
}

QString ShopCommands::help() const
{
    return tr("  shops list | shops add NAME | shops rename ID|NAME NEW-NAME\n"
              "      the shops of a chain sharing this database, as JSON lines with their tills\n"
              "  tills list | tills assign TILL --shop ID|NAME\n"
              "      which shop each till belongs to; a till joins the first shop with its first sale, and\n"
              "      moving it later leaves its past sales with the shop they were made in\n");
}

int ShopCommands::run(CommandLine& cli, const QStringList& words, QTextStream& out, QTextStream& err)
{
    return words.value(0) == u"shops" ? shops(cli, words, out, err) : tills(cli, words, out, err);
}
