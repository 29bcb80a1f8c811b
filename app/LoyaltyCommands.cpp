#include "LoyaltyCommands.h"

#include "Clock.h"
#include "CommandLine.h"
#include "Coupons.h"
#include "CustomerDirectory.h"
#include "LoyaltyLedger.h"
#include "OfflineCommands.h"
#include "OfflineReplayStore.h"
#include "UserSettings.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {
void printJson(QTextStream& out, const QJsonObject& object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << u'\n';
    out.flush();
}

// One customer from a phone, card, name or "id:N"; a clear message when none or several match.
std::optional<CustomerRecord> resolveCustomer(CustomerDirectory& directory, const QString& query,
                                              QTextStream& err)
{
    QList<SearchHit> hits;
    if (auto customer = directory.findOne(query, &hits, 6))
        return customer;
    if (query.startsWith(QStringLiteral("id:"))) {
        err << LoyaltyCommands::tr("There is no customer number %1.").arg(query.mid(3)) << Qt::endl;
        return std::nullopt;
    }
    if (hits.isEmpty()) {
        err << LoyaltyCommands::tr("No customer matches “%1”. Try a phone number, a card number or id:N.")
                   .arg(query)
            << Qt::endl;
        return std::nullopt;
    }
    err << LoyaltyCommands::tr("“%1” matches several customers; give their phone, card or id:N:").arg(query)
        << Qt::endl;
    for (const SearchHit& hit : hits)
        err << QStringLiteral("  id:%1  %2  %3")
                   .arg(hit.customer.id)
                   .arg(hit.customer.name, hit.customer.phoneE164)
            << Qt::endl;
    return std::nullopt;
}

QJsonObject statusJson(const LoyaltyLedger& ledger, qint64 customerId)
{
    const LoyaltyStatus s = ledger.status(customerId);
    const Money money = ledger.money();
    QJsonObject expiring;
    for (auto it = s.expiringByMonth.cbegin(); it != s.expiringByMonth.cend(); ++it)
        expiring.insert(it.key(), it.value());
    QJsonArray vouchers;
    for (const Voucher& v : s.vouchers)
        vouchers.append(
            QJsonObject{{QStringLiteral("code"), v.code},
                        {QStringLiteral("gives"), v.description},
                        {QStringLiteral("valid_until"),
                         v.validUntil.isValid() ? v.validUntil.toString(Qt::ISODate) : QString()}});
    return QJsonObject{
        {QStringLiteral("customer"), customerId},
        {QStringLiteral("balance"), s.balance},
        {QStringLiteral("value"), money.toPlainText(s.balanceValueMinor)},
        {QStringLiteral("expiring"), expiring},
        {QStringLiteral("tier"), s.tier},
        {QStringLiteral("next_tier"), s.nextTier},
        {QStringLiteral("to_next_tier"),
         s.nextTier.isEmpty() ? QString() : money.toPlainText(s.toNextTierMinor)},
        {QStringLiteral("discount_percent"), s.discountBp / 100.0},
        {QStringLiteral("stamps"), s.stamps},
        {QStringLiteral("stamps_to_fill"), s.stampsToFill},
        {QStringLiteral("vouchers"), vouchers},
    };
}
} // namespace

QStringList LoyaltyCommands::commands() const
{
    return {QStringLiteral("sale"),   QStringLiteral("refund"),  QStringLiteral("balance"),
            QStringLiteral("points"), QStringLiteral("program"), QStringLiteral("programme"),
            QStringLiteral("check")};
}

QStringList LoyaltyCommands::valueOptions() const
{
    return {QStringLiteral("customer"), QStringLiteral("amount"), QStringLiteral("redeem"),
            QStringLiteral("ref"),      QStringLiteral("till"),   QStringLiteral("at"),
            QStringLiteral("reason"),   QStringLiteral("coupon")};
}

QString LoyaltyCommands::help() const
{
    return tr(
        "  sale --customer QUERY --amount 12.50 [--redeem N] [--ref R] [--till T] [--at ISO-8601]\n"
        "          [--coupon CODE]\n"
        "      record a sale; prints earned, redeemed, discount, balance, tier, stamps, vouchers as JSON;\n"
        "      a coupon is used with the sale and lowers what is paid (never used by a refused sale);\n"
        "      the same --ref on the same till prints the first answer again and changes nothing\n"
        "  refund --ref R [--till T] [--amount A]\n"
        "      refund a sale or part of it, taking back its points in proportion\n"
        "  balance QUERY\n"
        "      a customer's balance, points expiring by month, tier and stamps, as JSON\n"
        "  points grant QUERY N --reason TEXT\n"
        "      give points for an activity (a reason the programme does not list is an owner's correction)\n"
        "  program export FILE.json | program import FILE.json\n"
        "      the whole programme's rules; an import with a bad value names it and changes nothing\n"
        "  check\n"
        "      verify the ledger, balances, stamp cards and the database file; exit 1 on any problem\n");
}

std::optional<SaleRequest> LoyaltyCommands::saleRequest(const CommandLine& cli, const Money& money,
                                                        QTextStream& err)
{
    auto amount = money.parse(cli.option(QStringLiteral("amount")));
    if (!amount) {
        err << amount.error().message << Qt::endl;
        return std::nullopt;
    }
    SaleRequest request;
    request.amountMinor = amount.value();
    if (cli.hasOption(QStringLiteral("redeem"))) {
        bool ok = false;
        request.redeemPoints = cli.option(QStringLiteral("redeem")).toLongLong(&ok);
        if (!ok || request.redeemPoints < 0) {
            err << tr("--redeem takes a whole number of points.") << Qt::endl;
            return std::nullopt;
        }
    }
    if (cli.hasOption(QStringLiteral("at"))) {
        request.at = QDateTime::fromString(cli.option(QStringLiteral("at")), Qt::ISODateWithMs);
        if (!request.at.isValid()) {
            err << tr("--at takes a date and time like 2026-11-23T14:30:00Z.") << Qt::endl;
            return std::nullopt;
        }
    }
    request.saleRef = cli.option(QStringLiteral("ref"));
    if (cli.hasOption(QStringLiteral("till")))
        request.tillId = cli.option(QStringLiteral("till"));
    return request;
}

int LoyaltyCommands::run(CommandLine& cli, const QStringList& words, QTextStream& out, QTextStream& err)
{
    const QString command = words.value(0);
    auto opened = Database::open(cli.databasePath(), Database::OpenMode::MustExist);
    // A till of a server shop goes on offline: the sale is kept in its outbox.
    if (!opened && opened.error().kind == Error::Kind::Unreachable && command == u"sale")
        return OfflineCommands::offlineSale(cli, opened.error().message, {}, out, err);
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    if (!opened.value()->warning().isEmpty())
        err << opened.value()->warning() << Qt::endl;
    const std::unique_ptr<Database> db = std::move(opened).value();
    SystemClock clock;
    const AccessPolicy& access = cli.access();
    LoyaltyLedger ledger(*db, clock, access);
    CustomerDirectory directory(*db, clock);
    directory.setAccess(access);
    const Money money = ledger.money();

    if (command == u"check") {
        const QStringList problems = ledger.check();
        for (const QString& problem : problems)
            out << problem << Qt::endl;
        if (!problems.isEmpty()) {
            err << tr("%Ln problem(s) found.", nullptr, int(problems.size())) << Qt::endl;
            return CommandLine::Refused;
        }
        out << tr("No problems found.") << Qt::endl;
        return CommandLine::Success;
    }

    if (command == u"program" || command == u"programme") {
        const QString action = words.value(1);
        const QString file = words.value(2);
        if (words.size() != 3 || !(action == u"export" || action == u"import")) {
            err << tr("Use: regulars program export FILE.json | program import FILE.json") << Qt::endl;
            return CommandLine::UsageError;
        }
        if (action == u"export") {
            QSaveFile output(file);
            const QByteArray json =
                QJsonDocument(ledger.programme().toJson()).toJson(QJsonDocument::Indented);
            if (!output.open(QIODevice::WriteOnly) || output.write(json) != json.size() || !output.commit()) {
                err << tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), output.errorString())
                    << Qt::endl;
                return CommandLine::Refused;
            }
            out << tr("Programme written to %1.").arg(QDir::toNativeSeparators(file)) << Qt::endl;
            return CommandLine::Success;
        }
        QFile input(file);
        if (!input.open(QIODevice::ReadOnly)) {
            err << tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file), input.errorString())
                << Qt::endl;
            return CommandLine::Refused;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(input.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            err << tr("%1 is not a programme file: %2 at character %3. Nothing was changed.")
                       .arg(QDir::toNativeSeparators(file), parseError.errorString())
                       .arg(parseError.offset)
                << Qt::endl;
            return CommandLine::Refused;
        }
        auto programme = LoyaltyProgramme::fromJson(doc.object());
        if (!programme) {
            err << tr("%1 Nothing was changed.").arg(programme.error().message) << Qt::endl;
            return CommandLine::Refused;
        }
        if (auto saved = ledger.setProgramme(programme.value()); !saved) {
            err << saved.error().message << Qt::endl;
            return CommandLine::Refused;
        }
        out << tr("Programme imported from %1.").arg(QDir::toNativeSeparators(file)) << Qt::endl;
        return CommandLine::Success;
    }

    // Points that are due to expire go before anything is read or spent, as the app does at start-up.
    if (auto jobs = ledger.runDailyJobs(); !jobs) {
        err << jobs.error().message << Qt::endl;
        return CommandLine::Refused;
    }

    if (command == u"sale") {
        if (words.size() != 1 || cli.option(QStringLiteral("customer")).isEmpty() ||
            cli.option(QStringLiteral("amount")).isEmpty()) {
            err << tr("Use: regulars sale --customer QUERY --amount 12.50 [--redeem N] [--ref R] [--till T] "
                      "[--at ISO-8601] [--coupon CODE]")
                << Qt::endl;
            return CommandLine::UsageError;
        }
        std::optional<SaleRequest> parsed = saleRequest(cli, money, err);
        if (!parsed)
            return CommandLine::UsageError;
        SaleRequest request = std::move(*parsed);
        // On a server the reference is made here, so a sale whose answer is lost with the connection goes to
        // the outbox as the same sale.
        if (request.saleRef.isEmpty() && db->dialect().isPostgreSql())
            request.saleRef = OfflineCommands::newSaleReference();
        const auto customer = resolveCustomer(directory, cli.option(QStringLiteral("customer")), err);
        if (!customer)
            return CommandLine::Refused;
        request.customerId = customer->id;
        Coupons coupons(*db, clock, access, ledger);
        auto outcome = cli.hasOption(QStringLiteral("coupon"))
                           ? coupons.recordSale(cli.option(QStringLiteral("coupon")), request)
                           : ledger.recordSale(request);
        if (!outcome && db->dialect().isPostgreSql() && !OfflineReplayStore(*db).serverAnswers())
            return OfflineCommands::offlineSale(cli, outcome.error().message, request.saleRef, out, err);
        if (!outcome) {
            err << outcome.error().message << Qt::endl;
            return CommandLine::Refused;
        }
        printJson(out, outcome->json);
        return CommandLine::Success;
    }

    if (command == u"refund") {
        if (words.size() != 1 || cli.option(QStringLiteral("ref")).isEmpty()) {
            err << tr("Use: regulars refund --ref R [--till T] [--amount A]") << Qt::endl;
            return CommandLine::UsageError;
        }
        qint64 amountMinor = 0;
        if (cli.hasOption(QStringLiteral("amount"))) {
            auto amount = money.parse(cli.option(QStringLiteral("amount")));
            if (!amount || amount.value() <= 0) {
                err << (amount ? tr("Type the amount to refund; it must be above zero.")
                               : amount.error().message)
                    << Qt::endl;
                return CommandLine::UsageError;
            }
            amountMinor = amount.value();
        }
        auto outcome =
            ledger.refund(cli.option(QStringLiteral("till")), cli.option(QStringLiteral("ref")), amountMinor);
        if (!outcome) {
            err << outcome.error().message << Qt::endl;
            return CommandLine::Refused;
        }
        QJsonObject json = outcome->toJson();
        json.insert(QStringLiteral("refunded"), money.toPlainText(outcome->refundedMinor));
        printJson(out, json);
        return CommandLine::Success;
    }

    if (command == u"balance") {
        if (words.size() != 2) {
            err << tr("Use: regulars balance QUERY") << Qt::endl;
            return CommandLine::UsageError;
        }
        const auto customer = resolveCustomer(directory, words[1], err);
        if (!customer)
            return CommandLine::Refused;
        printJson(out, statusJson(ledger, customer->id));
        return CommandLine::Success;
    }

    // points grant QUERY N --reason TEXT
    bool ok = false;
    const qint64 points = words.value(3).toLongLong(&ok);
    if (words.size() != 4 || words[1] != u"grant" || !ok ||
        cli.option(QStringLiteral("reason")).trimmed().isEmpty()) {
        err << tr("Use: regulars points grant QUERY N --reason TEXT") << Qt::endl;
        return CommandLine::UsageError;
    }
    const auto customer = resolveCustomer(directory, words[2], err);
    if (!customer)
        return CommandLine::Refused;
    auto balance = ledger.grant(customer->id, points, cli.option(QStringLiteral("reason")));
    if (!balance) {
        err << balance.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    printJson(out, QJsonObject{{QStringLiteral("customer"), customer->id},
                               {QStringLiteral("granted"), points},
                               {QStringLiteral("balance"), balance.value()}});
    return CommandLine::Success;
}
