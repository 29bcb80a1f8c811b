#include "CouponCommands.h"

#include "AtRiskReport.h"
#include "CardBatches.h"
#include "CardSheetLayout.h"
#include "Clock.h"
#include "CommandLine.h"
#include "ConsentFormLayout.h"
#include "CouponSheetPrint.h"
#include "Coupons.h"
#include "CustomerDirectory.h"
#include "LoyaltyLedger.h"
#include "MonthCalendar.h"
#include "ReceiptSlipPrint.h"
#include "ReportCatalog.h"
#include "ShopSettings.h"
#include "Translations.h"
#include "UserSettings.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
void printJson(QTextStream& out, const QJsonObject& object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << u'\n';
    out.flush();
}

// An ISO date (2026-12-31), or an invalid date and a message when the text is not one.
bool parseDate(const QString& text, QDate* date, const QString& option, QTextStream& err)
{
    if (text.isEmpty())
        return true;
    *date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (date->isValid())
        return true;
    err << CouponCommands::tr("--%1 needs a date like 2026-12-31, not “%2”.").arg(option, text) << Qt::endl;
    return false;
}
} // namespace

QStringList CouponCommands::commands() const
{
    return {QStringLiteral("coupons"), QStringLiteral("print")};
}

QStringList CouponCommands::valueOptions() const
{
    return {QStringLiteral("campaign"),   QStringLiteral("amount"),      QStringLiteral("percent"),
            QStringLiteral("item"),       QStringLiteral("points"),      QStringLiteral("count"),
            QStringLiteral("valid-from"), QStringLiteral("valid-until"), QStringLiteral("min-purchase"),
            QStringLiteral("terms"),      QStringLiteral("till"),        QStringLiteral("sale"),
            QStringLiteral("purchase"),   QStringLiteral("customer"),    QStringLiteral("reason"),
            QStringLiteral("out"),        QStringLiteral("paper"),       QStringLiteral("grid"),
            QStringLiteral("layout"),     QStringLiteral("new"),         QStringLiteral("width"),
            QStringLiteral("for")};
}

QStringList CouponCommands::flags() const
{
    return {QStringLiteral("at-risk")};
}

QString CouponCommands::help() const
{
    return tr(
        "  coupons create --campaign NAME (--amount 5.00 | --percent 10 | --item TEXT | --points N)\n"
        "          --count N [--valid-from DATE] [--valid-until DATE] [--min-purchase A] [--terms TEXT]\n"
        "          [--for QUERY [QUERY…] | --at-risk]\n"
        "      make a coupon campaign; prints its codes, one per line; --for the customers named, or\n"
        "      --at-risk those of the at-risk report who agreed to offers: personal coupons (--count each,\n"
        "      1 unless given) with the customer's name printed\n"
        "  coupons redeem CODE [--till T] [--sale REF] [--purchase A] [--customer QUERY]\n"
        "      use a coupon once; prints what it gives as JSON, or why not on stderr (exit 1)\n"
        "  coupons undo CODE [--reason TEXT]\n"
        "      open a redeemed coupon again (owner only); the undo is recorded\n"
        "  coupons list\n"
        "      every campaign with its printed, redeemed and expired counts, as JSON lines\n"
        "  print coupons --campaign NAME --out FILE.pdf [--paper a4|letter] [--grid 3x7]\n"
        "      a sheet of the campaign's coupons with cut marks, as PDF\n"
        "  print cards (--customer QUERY [QUERY…] | --new N) --out FILE.pdf [--layout cr80|a4]\n"
        "      membership cards (EAN-13) of the customers, or N blank numbered cards to register later;\n"
        "      one a page or ten on A4 with cut marks\n"
        "  print stamp-cards --count N --out FILE.pdf [--layout a4|cr80]\n"
        "      new paper stamp cards, fronts and backs; their serials are registered, not yet given\n"
        "  print consent-form --customer QUERY --out FILE.pdf\n"
        "      the customer's enrolment and consent form (A4) with the consent texts in force\n"
        "  print receipt --sale REF [--till T] --out FILE.pdf [--width 80|58]\n"
        "      the receipt slip of a sale on roll paper: balance, points earned and expiring, stamps\n");
}

bool CouponCommands::needsGuiApplication(const QString& command) const
{
    return command == u"print";
}

int CouponCommands::run(CommandLine& cli, const QStringList& words, QTextStream& out, QTextStream& err)
{
    const QString command = words.value(0);
    const QString action = words.value(1);
    auto db = cli.openDatabase(Database::OpenMode::MustExist, err);
    if (!db)
        return CommandLine::Refused;
    SystemClock clock;
    const AccessPolicy& access = cli.access();
    LoyaltyLedger ledger(*db, clock, access);
    Coupons coupons(*db, clock, access, ledger);

    if (command == u"print") {
        if (action == u"coupons" && words.size() == 2)
            return printCoupons(cli, *db, coupons, out, err);
        if (action == u"cards")
            return printCards(cli, words, *db, out, err);
        if (action == u"stamp-cards" && words.size() == 2)
            return printStampCards(cli, *db, ledger, out, err);
        if (action == u"consent-form" && words.size() == 2)
            return printConsentForm(cli, *db, out, err);
        if (action == u"receipt" && words.size() == 2)
            return printReceipt(cli, *db, ledger, out, err);
        err << tr("Use: regulars print coupons|cards|stamp-cards|consent-form|receipt …; see regulars "
                  "--help.")
            << Qt::endl;
        return CommandLine::UsageError;
    }
    if (action == u"create" && (words.size() == 2 || cli.hasOption(QStringLiteral("for"))))
        return create(cli, words, *db, coupons, out, err);
    if (action == u"redeem" && words.size() >= 3)
        return redeem(cli, words, *db, coupons, out, err);
    if (action == u"undo" && words.size() >= 3)
        return undo(cli, words, coupons, out, err);
    if (action == u"list" && words.size() == 2)
        return list(coupons, out);
    err << tr("Use: regulars coupons create|redeem|undo|list; see regulars --help.") << Qt::endl;
    return CommandLine::UsageError;
}

int CouponCommands::create(CommandLine& cli, const QStringList& words, Database& db, Coupons& coupons,
                           QTextStream& out, QTextStream& err)
{
    const bool personal = cli.hasOption(QStringLiteral("for")) || cli.flag(QStringLiteral("at-risk"));
    const QStringList kinds = {QStringLiteral("amount"), QStringLiteral("percent"), QStringLiteral("item"),
                               QStringLiteral("points")};
    QStringList given;
    for (const QString& kind : kinds) {
        if (cli.hasOption(kind))
            given.append(kind);
    }
    if (cli.option(QStringLiteral("campaign")).trimmed().isEmpty() || given.size() != 1 ||
        (cli.option(QStringLiteral("count")).isEmpty() && !personal) ||
        (cli.hasOption(QStringLiteral("for")) && cli.flag(QStringLiteral("at-risk")))) {
        err << tr("Use: regulars coupons create --campaign NAME (--amount 5.00 | --percent 10 | --item TEXT "
                  "| "
                  "--points N) --count N [--valid-from DATE] [--valid-until DATE] [--min-purchase A] "
                  "[--for QUERY… | --at-risk]")
            << Qt::endl;
        return CommandLine::UsageError;
    }
    QList<qint64> customers;
    if (personal) {
        auto chosen = campaignCustomers(cli, words, db);
        if (!chosen) {
            err << chosen.error().message << Qt::endl;
            return CommandLine::Refused;
        }
        customers = chosen.value();
    }
    const Money money = coupons.money();
    Campaign c;
    c.name = cli.option(QStringLiteral("campaign"));
    c.terms = cli.option(QStringLiteral("terms"));
    const QString value = cli.option(given.first());
    bool ok = true;
    if (given.first() == u"amount") {
        c.kind = Campaign::Kind::AmountOff;
        auto amount = money.parse(value);
        if (!amount) {
            err << amount.error().message << Qt::endl;
            return CommandLine::Refused;
        }
        c.amountMinor = amount.value();
    } else if (given.first() == u"percent") {
        c.kind = Campaign::Kind::PercentOff;
        // Basis points, read exactly: 12.5 → 1250.
        auto hundredths = Money(QStringLiteral("EUR")).parse(value);
        ok = hundredths.ok();
        c.percentBp = ok ? int(std::min<qint64>(hundredths.value(), 1000000)) : 0;
    } else if (given.first() == u"item") {
        c.kind = Campaign::Kind::FreeItem;
        c.item = value;
    } else {
        c.kind = Campaign::Kind::BonusPoints;
        c.points = value.toLongLong(&ok);
    }
    if (!ok) {
        err << tr("--%1 needs a number, not “%2”.").arg(given.first(), value) << Qt::endl;
        return CommandLine::Refused;
    }
    const int count =
        cli.hasOption(QStringLiteral("count")) ? cli.option(QStringLiteral("count")).toInt(&ok) : 1;
    if (!ok) {
        err << tr("--count needs a whole number, not “%1”.").arg(cli.option(QStringLiteral("count")))
            << Qt::endl;
        return CommandLine::Refused;
    }
    if (!parseDate(cli.option(QStringLiteral("valid-from")), &c.validFrom, QStringLiteral("valid-from"),
                   err) ||
        !parseDate(cli.option(QStringLiteral("valid-until")), &c.validUntil, QStringLiteral("valid-until"),
                   err))
        return CommandLine::Refused;
    if (cli.hasOption(QStringLiteral("min-purchase"))) {
        auto min = money.parse(cli.option(QStringLiteral("min-purchase")));
        if (!min) {
            err << min.error().message << Qt::endl;
            return CommandLine::Refused;
        }
        c.minPurchaseMinor = min.value();
    }
    auto codes = coupons.createCampaign(c, count, customers);
    if (!codes) {
        err << codes.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    for (const QString& code : codes.value())
        out << code << u'\n';
    out.flush();
    return CommandLine::Success;
}

int CouponCommands::redeem(CommandLine& cli, const QStringList& words, Database& db, Coupons& coupons,
                           QTextStream& out, QTextStream& err)
{
    // The code may come in pieces ("ABCDE FGHJK M") when typed unquoted.
    const QString typed = words.mid(2).join(QString());
    CouponRedeemRequest request;
    request.tillId = cli.hasOption(QStringLiteral("till"))
                         ? cli.option(QStringLiteral("till"))
                         : UserSettings::value(UserSettings::Key::TillId).toString();
    request.saleRef = cli.option(QStringLiteral("sale"));
    if (cli.hasOption(QStringLiteral("purchase"))) {
        auto purchase = coupons.money().parse(cli.option(QStringLiteral("purchase")));
        if (!purchase) {
            err << purchase.error().message << Qt::endl;
            return CommandLine::Refused;
        }
        request.purchaseMinor = purchase.value();
    }
    if (cli.hasOption(QStringLiteral("customer"))) {
        const QString query = cli.option(QStringLiteral("customer"));
        SystemClock clock;
        CustomerDirectory directory(db, clock);
        bool isId = false;
        const qint64 id = query.startsWith(QStringLiteral("id:")) ? query.mid(3).toLongLong(&isId) : 0;
        if (isId && directory.customer(id)) {
            request.customerId = id;
        } else {
            const QList<SearchHit> hits = isId ? QList<SearchHit>() : directory.find(query, 2);
            if (hits.size() != 1) {
                err << tr("Give exactly one customer (a phone, a card number or id:N): “%1” matches %Ln.",
                          nullptr, int(hits.size()))
                           .arg(query)
                    << Qt::endl;
                return CommandLine::Refused;
            }
            request.customerId = hits.first().customer.id;
        }
    }
    auto used = coupons.redeem(typed, request);
    if (!used) {
        err << used.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    printJson(out, used->toJson(coupons.money()));
    return CommandLine::Success;
}

int CouponCommands::undo(CommandLine& cli, const QStringList& words, Coupons& coupons, QTextStream& out,
                         QTextStream& err)
{
    auto undone = coupons.undoRedemption(words.mid(2).join(QString()), cli.option(QStringLiteral("reason")));
    if (!undone) {
        err << undone.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    out << tr("Redemption of %1 undone; the coupon can be used again.").arg(undone->coupon.code) << Qt::endl;
    return CommandLine::Success;
}

int CouponCommands::list(Coupons& coupons, QTextStream& out)
{
    for (const Campaign& c : coupons.campaigns()) {
        const CampaignCounts n = coupons.counts(c.id);
        printJson(out, QJsonObject{{QStringLiteral("campaign"), c.name},
                                   {QStringLiteral("gives"), Campaign::kindKey(c.kind)},
                                   {QStringLiteral("offer"), coupons.describeOffer(c)},
                                   {QStringLiteral("valid_from"), c.validFrom.toString(Qt::ISODate)},
                                   {QStringLiteral("valid_until"), c.validUntil.toString(Qt::ISODate)},
                                   {QStringLiteral("coupons"), n.issued},
                                   {QStringLiteral("printed"), n.printed},
                                   {QStringLiteral("redeemed"), n.redeemed},
                                   {QStringLiteral("expired"), n.expired},
                                   {QStringLiteral("redemption_rate"), Coupons::redemptionRate(n)}});
    }
    return CommandLine::Success;
}

int CouponCommands::printCoupons(CommandLine& cli, Database& db, Coupons& coupons, QTextStream& out,
                                 QTextStream& err)
{
    const QString file = cli.option(QStringLiteral("out"));
    if (cli.option(QStringLiteral("campaign")).isEmpty() || file.isEmpty()) {
        err << tr("Use: regulars print coupons --campaign NAME --out FILE.pdf [--paper a4|letter] [--grid "
                  "3x7]")
            << Qt::endl;
        return CommandLine::UsageError;
    }
    auto paper = CouponSheetLayout::parsePaper(
        cli.hasOption(QStringLiteral("paper")) ? cli.option(QStringLiteral("paper")) : QStringLiteral("a4"));
    auto grid = CouponSheetLayout::parseGrid(
        cli.hasOption(QStringLiteral("grid")) ? cli.option(QStringLiteral("grid")) : QStringLiteral("3x7"));
    auto campaign = coupons.campaign(cli.option(QStringLiteral("campaign")));
    for (const Error* e : {paper ? nullptr : &paper.error(), grid ? nullptr : &grid.error(),
                           campaign ? nullptr : &campaign.error()}) {
        if (e) {
            err << e->message << Qt::endl;
            return CommandLine::Refused;
        }
    }
    const CouponSheetLayout layout =
        couponSheetFor(db, coupons, campaign.value(), grid.value(), Translations::locale().textDirection());
    if (auto written = layout.writePdf(file, paper.value()); !written) {
        err << written.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    if (auto marked = coupons.markPrinted(campaign->id); !marked) {
        err << marked.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    out << tr("%Ln coupon(s) written to %1.", nullptr, int(coupons.counts(campaign->id).issued))
               .arg(QDir::toNativeSeparators(file))
        << Qt::endl;
    return CommandLine::Success;
}

int CouponCommands::printCards(CommandLine& cli, const QStringList& words, Database& db, QTextStream& out,
                               QTextStream& err)
{
    const QString file = cli.option(QStringLiteral("out"));
    QStringList queries = words.mid(2);
    if (cli.hasOption(QStringLiteral("customer")))
        queries.prepend(cli.option(QStringLiteral("customer")));
    const bool blank = cli.hasOption(QStringLiteral("new"));
    if (queries.isEmpty() == !blank || file.isEmpty()) {
        err << tr("Use: regulars print cards (--customer QUERY [QUERY…] | --new N) --out FILE.pdf "
                  "[--layout cr80|a4]")
            << Qt::endl;
        return CommandLine::UsageError;
    }
    auto paper = CardSheetLayout::parsePaper(cli.hasOption(QStringLiteral("layout"))
                                                 ? cli.option(QStringLiteral("layout"))
                                                 : QStringLiteral("a4"));
    if (!paper) {
        err << paper.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    SystemClock clock;
    CustomerDirectory directory(db, clock);
    CardBatches batches(db, clock);
    QList<CustomerRecord> customers;
    for (const QString& query : queries) {
        const std::optional<CustomerRecord> customer = directory.findOne(query);
        if (!customer) {
            err << tr("Give exactly one customer (a phone, a card number or id:N) for “%1”.").arg(query)
                << Qt::endl;
            return CommandLine::Refused;
        }
        customers.append(customer.value());
    }
    // Blank cards' last number is remembered only once the PDF is written, in the same transaction.
    Transaction tx(db);
    if (auto begun = tx.begun(); !begun) {
        err << begun.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    CardSheetLayout::Content content;
    if (blank) {
        bool ok = false;
        auto batch = batches.newMembershipCards(cli.option(QStringLiteral("new")).toInt(&ok));
        if (!ok || !batch) {
            err << tr("--new needs a number of cards between 1 and 10,000.") << Qt::endl;
            return CommandLine::Refused;
        }
        if (auto kept = batches.keepMembershipCards(batch.value()); !kept) {
            err << kept.error().message << Qt::endl;
            return CommandLine::Refused;
        }
        content = batch->content;
    } else {
        auto cards = batches.membershipCards(customers);
        if (!cards) {
            err << cards.error().message << Qt::endl;
            return CommandLine::Refused;
        }
        content = cards.value();
    }
    const CardSheetLayout layout(content, paper.value(), Translations::locale().textDirection());
    if (auto written = layout.writePdf(file); !written) {
        err << written.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    if (auto committed = tx.commit(); !committed) {
        err << committed.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    if (blank) {
        for (const CardSheetLayout::Card& card : content.cards)
            out << card.number << u'\n';
    }
    out << tr("%Ln card(s) written to %1.", nullptr, int(content.cards.size()))
               .arg(QDir::toNativeSeparators(file))
        << Qt::endl;
    return CommandLine::Success;
}

int CouponCommands::printStampCards(CommandLine& cli, Database& db, LoyaltyLedger& ledger, QTextStream& out,
                                    QTextStream& err)
{
    const QString file = cli.option(QStringLiteral("out"));
    bool ok = false;
    const int count =
        cli.hasOption(QStringLiteral("count")) ? cli.option(QStringLiteral("count")).toInt(&ok) : 1;
    if (!ok || file.isEmpty()) {
        err << tr("Use: regulars print stamp-cards --count N --out FILE.pdf [--layout a4|cr80]") << Qt::endl;
        return CommandLine::UsageError;
    }
    if (count < 1 || count > 10000) {
        err << tr("Print between 1 and 10,000 stamp cards at a time.") << Qt::endl;
        return CommandLine::Refused;
    }
    auto paper = CardSheetLayout::parsePaper(cli.hasOption(QStringLiteral("layout"))
                                                 ? cli.option(QStringLiteral("layout"))
                                                 : QStringLiteral("a4"));
    if (!paper) {
        err << paper.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    // The serials are registered (unassigned) in the transaction that writes the PDF, so a printed card
    // always scans as known.
    Transaction tx(db);
    if (auto begun = tx.begun(); !begun) {
        err << begun.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    SystemClock clock;
    CardBatches batches(db, clock);
    auto batch = batches.newStampCards(count, ledger.programme());
    if (!batch) {
        err << batch.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    if (auto kept = batches.keepStampCards(batch.value()); !kept) {
        err << kept.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    const CardSheetLayout::Content& content = batch->content;
    const CardSheetLayout layout(content, paper.value(), Translations::locale().textDirection());
    if (auto written = layout.writePdf(file); !written) {
        err << written.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    if (auto committed = tx.commit(); !committed) {
        err << committed.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    for (const CardSheetLayout::Card& card : content.cards)
        out << card.number << u'\n';
    out.flush();
    return CommandLine::Success;
}

int CouponCommands::printConsentForm(CommandLine& cli, Database& db, QTextStream& out, QTextStream& err)
{
    const QString file = cli.option(QStringLiteral("out"));
    const QString query = cli.option(QStringLiteral("customer"));
    if (query.isEmpty() || file.isEmpty()) {
        err << tr("Use: regulars print consent-form --customer QUERY --out FILE.pdf") << Qt::endl;
        return CommandLine::UsageError;
    }
    SystemClock clock;
    CustomerDirectory directory(db, clock);
    const std::optional<CustomerRecord> customer = directory.findOne(query);
    if (!customer) {
        err << tr("Give exactly one customer (a phone, a card number or id:N) for “%1”.").arg(query)
            << Qt::endl;
        return CommandLine::Refused;
    }
    const ConsentFormLayout form = ConsentFormLayout::forCustomer(ShopSettings(db), customer.value(),
                                                                  Translations::locale().textDirection());
    if (auto written = form.writePdf(file); !written) {
        err << written.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    out << tr("Consent form of %1 written to %2.").arg(customer->name, QDir::toNativeSeparators(file))
        << Qt::endl;
    return CommandLine::Success;
}

int CouponCommands::printReceipt(CommandLine& cli, Database& db, const LoyaltyLedger& ledger,
                                 QTextStream& out, QTextStream& err)
{
    const QString file = cli.option(QStringLiteral("out"));
    const QString saleRef = cli.option(QStringLiteral("sale"));
    if (saleRef.isEmpty() || file.isEmpty()) {
        err << tr("Use: regulars print receipt --sale REF [--till T] --out FILE.pdf [--width 80|58]")
            << Qt::endl;
        return CommandLine::UsageError;
    }
    auto width = ReceiptSlipLayout::parseWidth(
        cli.hasOption(QStringLiteral("width")) ? cli.option(QStringLiteral("width")) : QStringLiteral("80"));
    if (!width) {
        err << width.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    const QString till = cli.hasOption(QStringLiteral("till"))
                             ? cli.option(QStringLiteral("till"))
                             : UserSettings::value(UserSettings::Key::TillId).toString();
    auto slip =
        receiptSlipFor(db, ledger, till, saleRef, width.value(), Translations::locale().textDirection());
    if (!slip) {
        err << slip.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    if (auto written = slip->writePdf(file); !written) {
        err << written.error().message << Qt::endl;
        return CommandLine::Refused;
    }
    out << tr("Receipt slip of sale %1 written to %2.").arg(saleRef, QDir::toNativeSeparators(file))
        << Qt::endl;
    return CommandLine::Success;
}

Result<QList<qint64>> CouponCommands::campaignCustomers(CommandLine& cli, const QStringList& words,
                                                        Database& db)
{
    QList<qint64> ids;
    if (cli.flag(QStringLiteral("at-risk"))) {
        auto data = ReportData::load(db, MonthCalendar());
        if (!data)
            return data.error();
        // The report's own list, everyone on it: it holds only customers who agreed to offers.
        const auto atRisk = AtRiskReport::compute(data->history, ReportCatalog::asOfDay(data.value(), {}),
                                                  data->marketingConsent, 0);
        if (atRisk) {
            for (const AtRiskReport::Customer& customer : atRisk->customers)
                ids.append(customer.id);
        }
        if (ids.isEmpty())
            return makeError(
                Error::Kind::NotFound,
                tr("Nobody who agreed to offers is at risk of lapsing now: no campaign was made."));
        return ids;
    }
    SystemClock clock;
    CustomerDirectory directory(db, clock);
    QStringList queries = words.mid(2);
    queries.prepend(cli.option(QStringLiteral("for")));
    for (const QString& query : queries) {
        const std::optional<CustomerRecord> customer = directory.findOne(query);
        if (!customer)
            return makeError(
                Error::Kind::NotFound,
                tr("Give exactly one customer (a phone, a card number or id:N) for “%1”.").arg(query));
        if (!ids.contains(customer->id))
            ids.append(customer->id);
    }
    return ids;
}
