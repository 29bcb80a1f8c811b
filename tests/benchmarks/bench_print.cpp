// How long a sheet of coupons takes to become a PDF: a campaign of N coupons (1,000 by default) made in a
// scratch shop, then laid out 3×7 on A4 with both barcodes of every coupon drawn as zint vectors. Prints one
// JSON object on stdout; progress goes to stderr. A developer tool: its messages are not translated.

#include "Clock.h"
#include "CouponSheetPrint.h"
#include "Coupons.h"
#include "Database.h"
#include "LoyaltyLedger.h"
#include "ShopSettings.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {
[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "bench_print: %s\n", qPrintable(message));
    std::exit(1);
}
} // namespace

int main(int argc, char* argv[])
{
    // Painting needs a QGuiApplication, not a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption couponsOption(u"coupons"_s, u"Coupons on the sheet (1000)."_s, u"N"_s,
                                           u"1000"_s);
    const QCommandLineOption gridOption(u"grid"_s, u"Grid, columns x rows (3x7)."_s, u"CxR"_s, u"3x7"_s);
    parser.addOptions({couponsOption, gridOption});
    parser.process(app);
    const int count = parser.value(couponsOption).toInt();
    auto grid = CouponSheetLayout::parseGrid(parser.value(gridOption));
    if (count < 1 || !grid)
        fail(u"bad --coupons or --grid"_s);

    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"shop.sqlite3"_s));
    if (!db)
        fail(db.error().message);
    (void)ShopSettings(*db.value()).setValue(ShopSettings::Key::ShopName, u"Greenfield Deli & Grocery"_s);
    SystemClock clock;
    OwnerEverywhere owner(u"bench"_s);
    LoyaltyLedger ledger(*db.value(), clock, owner);
    Coupons coupons(*db.value(), clock, owner, ledger);
    Campaign campaign;
    campaign.name = u"Bench"_s;
    campaign.kind = Campaign::Kind::AmountOff;
    campaign.amountMinor = 500;
    campaign.minPurchaseMinor = 2000;
    campaign.validUntil = QDate::currentDate().addMonths(3);
    QElapsedTimer timer;
    timer.start();
    auto codes = coupons.createCampaign(campaign, count);
    if (!codes)
        fail(codes.error().message);
    const double createSeconds = timer.nsecsElapsed() / 1e9;
    std::fprintf(stderr, "%d coupons made in %.3f s\n", count, createSeconds);

    const QString pdf = dir.filePath(u"sheet.pdf"_s);
    timer.restart();
    const CouponSheetLayout layout = couponSheetFor(
        *db.value(), coupons, coupons.campaign(u"Bench"_s).value(), grid.value(), Qt::LeftToRight);
    if (auto written = layout.writePdf(pdf, QPageSize::A4); !written)
        fail(written.error().message);
    const double pdfSeconds = timer.nsecsElapsed() / 1e9;

    const QJsonObject result{
        {QStringLiteral("coupons"), count},
        {QStringLiteral("grid"), parser.value(gridOption)},
        {QStringLiteral("pages"), layout.pageCount()},
        {QStringLiteral("pdf_bytes"), QFileInfo(pdf).size()},
        {QStringLiteral("create_s"), createSeconds},
        {QStringLiteral("coupons_%1_pdf_s").arg(count), pdfSeconds},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
