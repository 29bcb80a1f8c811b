#include "ReportCommands.h"

#include "Clock.h"
#include "CommandLine.h"
#include "CustomerDirectory.h"
#include "PhoneNumbers.h"
#include "PurchaseImport.h"
#include "ReportCatalog.h"
#include "Shops.h"
#include "Translations.h"

#include <QDir>
#include <QFile>

#include <optional>

using namespace Qt::StringLiterals;

QStringList ReportCommands::commands() const
{
    return {u"purchases"_s, u"report"_s};
}

QStringList ReportCommands::valueOptions() const
{
    return {u"format"_s, u"from"_s, u"to"_s, u"calibration-end"_s, u"calendar"_s, u"shop"_s};
}

QString ReportCommands::help() const
{
    return tr("  purchases import FILE [--format csv|cdnow] [--region CC] [--encoding E] [--delimiter D]\n"
              "         [--shop ID|NAME]\n"
              "      import past sales without awarding points; CSV columns: phone or card, date, amount,\n"
              "      reference; with any bad line nothing is imported; the sales count for the first shop\n"
              "      of a chain unless --shop names another\n"
              "  report NAME [--from YYYY-MM] [--to YYYY-MM] [--format json|csv|text]\n"
              "         [--calendar gregorian|persian|islamic] [--shop ID|NAME|all]\n"
              "      NAME: %1; months are those of the calendar chosen in the settings unless named;\n"
              "      --shop: only the sales made in one shop of the chain (points reports cover them all)\n"
              "      clv [--calibration-end YYYY-MM-DD]: the BG/NBD model and each customer's P(alive)\n"
              "      at-risk [--limit N]: valuable customers slipping away who agreed to marketing\n")
        .arg(ReportCatalog::names().join(u", "_s));
}

int ReportCommands::run(CommandLine& cli, const QStringList& words, QTextStream& out, QTextStream& err)
{
    if (words.value(0) == u"purchases") {
        if (words.size() != 3 || words[1] != u"import") {
            err << tr("Use: regulars purchases import FILE [--format csv|cdnow]") << Qt::endl;
            return CommandLine::UsageError;
        }
        return importPurchases(cli, words[2], out, err);
    }
    if (words.size() != 2) {
        err << tr("Use: regulars report NAME, where NAME is one of: %1")
                   .arg(ReportCatalog::names().join(u", "_s))
            << Qt::endl;
        return CommandLine::UsageError;
    }
    return report(cli, words[1], out, err);
}

int ReportCommands::importPurchases(CommandLine& cli, const QString& file, QTextStream& out, QTextStream& err)
{
    const auto format = PurchaseImport::formatFromName(cli.option(u"format"_s));
    if (!format) {
        err << tr("Unknown format %1; use csv or cdnow.").arg(cli.option(u"format"_s)) << Qt::endl;
        return CommandLine::UsageError;
    }
    PurchaseImport::Options options;
    options.format = *format;
    options.region = cli.option(u"region"_s).toUpper();
    if (!options.region.isEmpty() && !PhoneNumbers::isKnownRegion(options.region)) {
        err << tr("%1 is not a country code; use two letters such as RU, IR, SA or GB.").arg(options.region)
            << Qt::endl;
        return CommandLine::UsageError;
    }
    const QString encoding = cli.option(u"encoding"_s);
    if (!encoding.isEmpty()) {
        options.csv.encoding = CsvTable::canonicalEncoding(encoding.toLatin1());
        if (options.csv.encoding.isEmpty()) {
            err << tr("Unknown encoding %1; use UTF-8, UTF-16, windows-1251 or windows-1256.").arg(encoding)
                << Qt::endl;
            return CommandLine::UsageError;
        }
    }
    const QString delimiter = cli.option(u"delimiter"_s);
    if (delimiter == u"tab" || delimiter == u"\\t")
        options.csv.delimiter = u'\t';
    else if (delimiter == u";" || delimiter == u"semicolon")
        options.csv.delimiter = u';';
    else if (delimiter == u"," || delimiter == u"comma")
        options.csv.delimiter = u',';
    else if (!delimiter.isEmpty()) {
        err << tr("Unknown separator %1; use comma, semicolon or tab.").arg(delimiter) << Qt::endl;
        return CommandLine::UsageError;
    }

    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        err << tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file), input.errorString()) << Qt::endl;
        return CommandLine::Refused;
    }
    const QByteArray bytes = input.readAll();
    auto db = cli.openDatabase(Database::OpenMode::CreateIfMissing, err);
    if (!db)
        return CommandLine::Refused;
    SystemClock clock;
    if (cli.hasOption(u"shop"_s)) {
        auto shop = Shops(*db, clock, cli.access()).find(cli.option(u"shop"_s));
        if (!shop) {
            err << shop.error().message << Qt::endl;
            return CommandLine::Refused;
        }
        options.shopId = shop->id;
    }
    CustomerDirectory directory(*db, clock);
    PurchaseImport importer(directory, *db, clock);
    auto outcome = importer.run(bytes, options);
    if (!outcome) {
        err << outcome.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    // "line N: " stays untranslated for scripts, as in `customers import`.
    for (const PurchaseImport::Issue& issue : outcome->issues)
        err << u"line %1: %2"_s.arg(issue.line).arg(issue.reason) << Qt::endl;
    if (!outcome->issues.isEmpty()) {
        err << tr("Nothing was imported. Fix the lines above and import the file again.") << Qt::endl;
        return CommandLine::Refused;
    }
    out << tr("%Ln sale(s) imported", nullptr, outcome->sales) << u'\n'
        << tr("%Ln customer(s) created", nullptr, outcome->customersCreated) << Qt::endl;
    return CommandLine::Success;
}

int ReportCommands::report(CommandLine& cli, const QString& name, QTextStream& out, QTextStream& err)
{
    if (!ReportCatalog::contains(name)) {
        err << tr("There is no report called %1; choose one of: %2.")
                   .arg(name, ReportCatalog::names().join(u", "_s))
            << Qt::endl;
        return CommandLine::UsageError;
    }
    const QString format = cli.option(u"format"_s).isEmpty() ? u"json"_s : cli.option(u"format"_s);
    if (format != u"json" && format != u"csv" && format != u"text") {
        err << tr("Unknown format %1; use json, csv or text.").arg(format) << Qt::endl;
        return CommandLine::UsageError;
    }
    // Months as the person counts them: the calendar of their settings, or the one a script names.
    const QString calendarName = cli.option(u"calendar"_s);
    if (!calendarName.isEmpty() && !Translations::calendarNames().contains(calendarName)) {
        err << tr("Unknown calendar %1; use %2.").arg(calendarName, Translations::calendarNames().join(u", "))
            << Qt::endl;
        return CommandLine::UsageError;
    }
    const MonthCalendar calendar(QTimeZone::systemTimeZone(), calendarName.isEmpty()
                                                                  ? Translations::calendar()
                                                                  : Translations::calendarNamed(calendarName));
    ReportRequest request;
    for (const auto& [option, target] :
         {std::pair{u"from"_s, &request.from}, std::pair{u"to"_s, &request.to}}) {
        if (!cli.hasOption(option))
            continue;
        *target = calendar.parseKey(cli.option(option));
        if (!*target) {
            err << tr("--%1 takes a month written as YYYY-MM, for example 2026-03.").arg(option) << Qt::endl;
            return CommandLine::UsageError;
        }
    }
    if (cli.hasOption(u"calibration-end"_s)) {
        const QDate end = QDate::fromString(cli.option(u"calibration-end"_s), Qt::ISODate);
        if (!end.isValid()) {
            err << tr("--calibration-end takes a date written as YYYY-MM-DD, for example 1997-09-30.")
                << Qt::endl;
            return CommandLine::UsageError;
        }
        request.calibrationEnd = end;
    }
    if (cli.hasOption(u"limit"_s)) {
        bool ok = false;
        request.limit = cli.option(u"limit"_s).toInt(&ok);
        if (!ok || request.limit <= 0) {
            err << tr("--limit takes a whole number above zero.") << Qt::endl;
            return CommandLine::UsageError;
        }
    }
    auto db = cli.openDatabase(Database::OpenMode::MustExist, err);
    if (!db)
        return CommandLine::Refused;
    // One shop of the chain, or "all" to say so in the output; without --shop, all shops as before.
    std::optional<ShopRecord> shop;
    const QString shopOption = cli.option(u"shop"_s);
    const bool oneShop = cli.hasOption(u"shop"_s) && shopOption != u"all";
    if (oneShop) {
        const SystemClock clock;
        auto found = Shops(*db, clock, cli.access()).find(shopOption);
        if (!found) {
            err << found.error().message << Qt::endl;
            return CommandLine::Refused;
        }
        shop = found.value();
    }
    const bool chainWide = ReportCatalog::isChainWide(name);
    auto data = ReportData::load(*db, calendar, {}, shop && !chainWide ? shop->id : 0);
    if (!data) {
        err << data.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    auto table = ReportCatalog::build(name, data.value(), *db, request);
    if (!table) {
        err << table.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    if (cli.hasOption(u"shop"_s)) {
        ReportTable& marked = table.value();
        if (marked.summary.isEmpty() && !marked.singleRow)
            marked.rowsKey = name == u"cohorts" ? u"cohorts"_s : u"months"_s;
        if (shop && !chainWide) {
            marked.summary.insert(u"shop_id"_s, shop->id);
            marked.summary.insert(u"shop"_s, Shops::displayName(*shop));
        } else {
            marked.summary.insert(u"shop_id"_s, QJsonValue::Null);
            marked.summary.insert(u"shop"_s, u"all"_s);
        }
        if (shop && chainWide) {
            marked.summary.insert(u"chain_wide"_s, true);
            marked.summary.insert(
                u"note"_s, tr("Customers and their points are shared by every shop of the chain, so this "
                              "report covers all shops."));
        }
    }
    if (format == u"json")
        out << QString::fromUtf8(table->toJson());
    else if (format == u"csv")
        out << QString::fromUtf8(table->toCsv());
    else
        out << table->toText(Translations::locale());
    out.flush();
    return CommandLine::Success;
}
