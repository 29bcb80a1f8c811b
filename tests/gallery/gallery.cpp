// Opens one screen of Regulars in a realistic state and keeps it open, so scripts/screenshots can photograph
// every screen in every language: gallery SCREEN --db PATH [--lang CODE] [--file CSV].
#include "AuditDialog.h"
#include "AuditLog.h"
#include "BackupControls.h"
#include "Backups.h"
#include "CampaignDialog.h"
#include "CouponRedeemDialog.h"
#include "Coupons.h"
#include "CouponsDialog.h"
#include "CustomerDialog.h"
#include "CustomerDirectory.h"
#include "Database.h"
#include "DocumentPrinter.h"
#include "HelpWindow.h"
#include "ImportDialog.h"
#include "LanguageDialog.h"
#include "LoyaltyLedger.h"
#include "MainWindow.h"
#include "ProgrammeDialog.h"
#include "ReportsWindow.h"
#include "SaleDialog.h"
#include "SetupWizard.h"
#include "ScanClassifier.h"
#include "ScannerSettingsDialog.h"
#include "ShopPrinting.h"
#include "ShopSettings.h"
#include "ShopSetupDialog.h"
#include "Shops.h"
#include "ShopsDialog.h"
#include "SignInScreen.h"
#include "TillLock.h"
#include "Translations.h"
#include "UserAccounts.h"
#include "UsersDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    Translations::describeApplication();
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("screen"),
        QStringLiteral("main, home, help, wizard-shop|programme|owner|scanner|customers, new-customer, import, "
                       "setup, language, sale, programme, scanner-settings, reports, coupons, new-campaign, "
                       "redeem-coupon, sign-in, users, audit, shops, sale-coupon, print-cards or print-preview "
                       "(--what slip|cards)"));
    parser.addOption({QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("path")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("language"), QStringLiteral("code")});
    parser.addOption(
        {QStringLiteral("file"), QStringLiteral("CSV file for the import screen"), QStringLiteral("path")});
    parser.addOption(
        {QStringLiteral("find"), QStringLiteral("search for the main screen"), QStringLiteral("query")});
    parser.addOption(
        {QStringLiteral("tab"), QStringLiteral("tab of the programme screen"), QStringLiteral("index")});
    parser.addOption({QStringLiteral("page"), QStringLiteral("tab of the reports screen, from 0"),
                      QStringLiteral("index")});
    parser.addOption({QStringLiteral("what"), QStringLiteral("document of the print preview: slip or cards"),
                      QStringLiteral("kind")});
    parser.addOption({QStringLiteral("topic"), QStringLiteral("page of the help screen"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("dark"), QStringLiteral("a dark palette, to check every screen stays legible")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("dark"))) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::WindowText, Qt::white);
        dark.setColor(QPalette::Base, QColor(0x23, 0x23, 0x23));
        dark.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::Text, Qt::white);
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, Qt::white);
        dark.setColor(QPalette::ToolTipBase, QColor(0x23, 0x23, 0x23));
        dark.setColor(QPalette::ToolTipText, Qt::white);
        dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
        dark.setColor(QPalette::HighlightedText, Qt::black);
        dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
        QApplication::setPalette(dark);
    }
    Translations::install(parser.value(QStringLiteral("lang")));
    QApplication::setLayoutDirection(Translations::locale().textDirection());

    auto db = Database::open(parser.value(QStringLiteral("db")));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    SystemClock clock;
    CustomerDirectory directory(*db.value(), clock);
    const QString screen = parser.positionalArguments().value(0);
    if (screen == u"main") {
        MainWindow window(*db.value(), clock);
        window.show();
        window.searchAndOpen(parser.value(QStringLiteral("find")));
        return app.exec();
    }
    if (screen == u"home") {
        MainWindow window(*db.value(), clock);
        window.show();
        return app.exec();
    }
    if (screen.startsWith(u"wizard-")) {
        // One page of the first-start wizard, opened there directly so nothing is saved on the way.
        const QStringList pages = {QStringLiteral("wizard-shop"), QStringLiteral("wizard-programme"),
                                   QStringLiteral("wizard-owner"), QStringLiteral("wizard-scanner"),
                                   QStringLiteral("wizard-customers")};
        SetupWizard wizard(*db.value(), clock);
        wizard.setStartId(std::max(0, int(pages.indexOf(screen))));
        wizard.show();
        return app.exec();
    }
    if (screen == u"help") {
        HelpWindow::showTopic(parser.value(QStringLiteral("topic")));
        return app.exec();
    }
    if (screen == u"backup-warning" || screen == u"restore") {
        // The last backup three days old (warned in the status bar) and, for "restore", its confirmation.
        SettableClock then(QDateTime::currentDateTimeUtc().addDays(-3));
        auto made = Backups(parser.value(QStringLiteral("db")), then).backUp(*db.value());
        if (!made) {
            std::fprintf(stderr, "%s\n", qPrintable(made.error().message));
            return 1;
        }
        MainWindow window(*db.value(), clock);
        window.show();
        window.searchAndOpen(parser.value(QStringLiteral("find")));
        if (screen == u"restore")
            QTimer::singleShot(300, &window, [&] { window.backupControls()->confirmRestore(made->path); });
        return app.exec();
    }
    if (screen == u"new-customer") {
        // A duplicate phone and no consent yet: the dialog as it looks when it refuses to save.
        CustomerDialog dialog(directory, 0);
        const auto someone = directory.find(parser.value(QStringLiteral("find")));
        dialog.nameEdit()->setText(QStringLiteral("Olga"));
        if (!someone.isEmpty())
            dialog.setPhone(someone.first().customer.phoneE164);
        dialog.show();
        dialog.accept();
        return app.exec();
    }
    if (screen == u"import") {
        ImportDialog dialog(directory, *db.value());
        QFile file(parser.value(QStringLiteral("file")));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read the CSV file\n");
            return 1;
        }
        dialog.setFileContents(file.readAll(), file.fileName());
        dialog.show();
        return app.exec();
    }
    if (screen == u"setup") {
        ShopSettings settings(*db.value());
        ShopSetupDialog dialog(settings, CustomerDirectory::systemRegion());
        dialog.show();
        return app.exec();
    }
    if (screen == u"language") {
        LanguageDialog dialog;
        dialog.show();
        return app.exec();
    }
    if (screen == u"sale" || screen == u"programme") {
        // The clerk's sale screen with an amount typed and points chosen, or the owner's programme page.
        OwnerEverywhere access(QStringLiteral("Olga"));
        LoyaltyLedger ledger(*db.value(), clock, access);
        if (screen == u"programme") {
            ProgrammeDialog dialog(ledger, directory);
            dialog.tabs()->setCurrentIndex(parser.value(QStringLiteral("tab")).toInt());
            dialog.show();
            return app.exec();
        }
        const auto someone = directory.find(parser.value(QStringLiteral("find")));
        if (someone.isEmpty()) {
            std::fprintf(stderr, "nobody found for the sale screen\n");
            return 1;
        }
        SaleDialog dialog(ledger, someone.first().customer.id, someone.first().customer.name);
        dialog.amountEdit()->setText(ledger.money().formatNumber(4250));
        dialog.redeemBox()->setValue(dialog.redeemBox()->maximum() / 2);
        dialog.show();
        return app.exec();
    }
    if (screen == u"scanner-settings") {
        // A serial scanner set up and unplugged, after a few scans: the test area as the owner sees it.
        ScanClassifier classifier(directory);
        ScannerSettingsDialog dialog(classifier, directory);
        ScannerSettings sample;
        sample.port.path = QStringLiteral("/dev/ttyACM0");
        sample.decoder.framing = ScanDecoder::Framing::StxEtx;
        dialog.setSettings(sample);
        const auto someone = directory.find(parser.value(QStringLiteral("find")));
        const QString card =
            someone.isEmpty() ? QStringLiteral("0420000000013") : someone.first().customer.cardNumber;
        dialog.showBytes("\x02]E0" + card.toLatin1() + "\x03");
        dialog.showCode(card, QStringLiteral("]E0"), ScannerSettingsDialog::Source::Serial);
        // A code without STX … ETX, as a scanner still set to CR sends it.
        const QByteArray unframed("0420000000013\r");
        dialog.showBytes(unframed);
        ScanDecoder decoder(sample.decoder);
        for (const QString& message : decoder.feed(unframed).diagnostics)
            dialog.showDiagnostic(message);
        dialog.takeScan(QStringLiteral("tel:+79123456789"), QStringLiteral("]Q1"));
        dialog.takeScan(QStringLiteral("4006381333931"), QString());
        dialog.show();
        return app.exec();
    }
    if (screen == u"shops") {
        // A chain of two shops (made on first use) with the demo's till and a second one downtown.
        OwnerEverywhere owner(QStringLiteral("Olga"));
        Shops shops(*db.value(), clock, owner);
        if (shops.all() && shops.all()->size() < 2) {
            (void)shops.add(QStringLiteral("Downtown"));
            (void)shops.assignTill(QStringLiteral("2"), 2);
        }
        ShopsDialog dialog(shops, QStringLiteral("1"));
        dialog.shopTable()->selectRow(1);
        dialog.show();
        return app.exec();
    }
    if (screen == u"reports") {
        ReportsWindow::setChartAnimations(false);
        ReportsWindow window(parser.value(QStringLiteral("db")));
        window.tabs()->setCurrentIndex(parser.value(QStringLiteral("page")).toInt());
        window.show();
        return app.exec();
    }
    if (screen == u"coupons" || screen == u"new-campaign" || screen == u"redeem-coupon") {
        // The demo shop's campaigns (made on first use) with some coupons printed and redeemed.
        OwnerEverywhere owner(QStringLiteral("Olga"));
        LoyaltyLedger ledger(*db.value(), clock, owner);
        Coupons coupons(*db.value(), clock, owner, ledger);
        if (!coupons.campaign(QStringLiteral("Autumn"))) {
            Campaign autumn;
            autumn.name = QStringLiteral("Autumn");
            autumn.amountMinor = 500;
            autumn.minPurchaseMinor = 2000;
            autumn.validUntil = QDate::currentDate().addMonths(2);
            const QStringList codes = coupons.createCampaign(autumn, 42).value();
            (void)coupons.markPrinted(coupons.campaign(autumn.name)->id);
            for (int i = 0; i < 9; ++i)
                (void)coupons.redeem(codes[i], {QStringLiteral("1"), QString(), 3000, 0});
            Campaign cake;
            cake.name = QStringLiteral("Cake Tuesday");
            cake.kind = Campaign::Kind::FreeItem;
            cake.item = QStringLiteral("A slice of cake with any coffee");
            (void)coupons.createCampaign(cake, 21);
        }
        if (screen == u"new-campaign") {
            CampaignDialog dialog(coupons, directory);
            dialog.nameEdit()->setText(QStringLiteral("Winter"));
            dialog.kindBox()->setCurrentIndex(1);
            dialog.valueEdit()->setText(QStringLiteral("10"));
            dialog.show();
            return app.exec();
        }
        if (screen == u"redeem-coupon") {
            const Campaign autumn = coupons.campaign(QStringLiteral("Autumn")).value();
            const QList<Coupon> all = coupons.couponsOf(autumn.id);
            CouponRedeemDialog dialog(coupons, all.last().code, 0);
            dialog.show();
            return app.exec();
        }
        CouponsDialog dialog(*db.value(), coupons, directory);
        dialog.show();
        return app.exec();
    }
    if (screen == u"sign-in" || screen == u"users" || screen == u"audit") {
        // The shop's owner Olga and clerks Kim and Samira (made on first use), a clerk chosen to sign in.
        OwnerEverywhere owner(QStringLiteral("Olga"));
        UserAccounts accounts(*db.value(), clock, owner);
        if (!accounts.any()) {
            (void)accounts.createOwner(QStringLiteral("Olga"), QStringLiteral("correct horse"));
            const qint64 kim = accounts.addClerk(QStringLiteral("Kim Lee"), QStringLiteral("1234")).value();
            (void)accounts.addClerk(QStringLiteral("Samira Haddad"), QStringLiteral("5678"));
            (void)accounts.signIn(kim, QStringLiteral("0000"));
            directory.setAccess(owner);
            (void)directory.changeSetting(ShopSettings::Key::ShopName, QStringLiteral("Olga's Bakery"));
            const auto someone = directory.find(QStringLiteral("a"));
            if (!someone.isEmpty())
                (void)LoyaltyLedger(*db.value(), clock, owner)
                    .adjust(someone.first().customer.id, 25, QStringLiteral("Card stamped twice by mistake"));
        }
        if (screen == u"users") {
            LoyaltyLedger ledger(*db.value(), clock, owner);
            directory.setAccess(owner);
            UsersDialog dialog(accounts, directory, ledger);
            dialog.table()->selectRow(1);
            dialog.show();
            return app.exec();
        }
        if (screen == u"audit") {
            AuditLog log(*db.value(), clock, owner);
            AuditDialog dialog(log);
            dialog.fromEdit()->setDate(QDate::currentDate().addDays(-1));
            dialog.show();
            return app.exec();
        }
        MainWindow window(*db.value(), clock);
        window.tillLock()->signInScreen()->chooseUser(QStringLiteral("Kim Lee"));
        window.tillLock()->signInScreen()->secretEdit()->setText(QStringLiteral("12"));
        window.show();
        return app.exec();
    }
    if (screen == u"print-cards" || screen == u"print-preview" || screen == u"sale-coupon") {
        OwnerEverywhere owner(QStringLiteral("Olga"));
        LoyaltyLedger ledger(*db.value(), clock, owner);
        const auto someone = directory.find(parser.value(QStringLiteral("find")));
        if (someone.isEmpty()) {
            std::fprintf(stderr, "nobody found\n");
            return 1;
        }
        const CustomerRecord customer = someone.first().customer;
        if (screen == u"print-cards") {
            auto dialog = ShopPrinting::newMembershipCards(*db.value(), clock, nullptr);
            dialog->show();
            return app.exec();
        }
        if (screen == u"sale-coupon") {
            // A sale with a coupon scanned: what it takes off before the clerk records it.
            Coupons coupons(*db.value(), clock, owner, ledger);
            Campaign spring;
            spring.name = QStringLiteral("Gallery spring");
            spring.amountMinor = 500;
            spring.minPurchaseMinor = 2000;
            auto codes = coupons.createCampaign(spring, 1);
            if (!codes)
                codes = QStringList{coupons.couponsOf(coupons.campaign(spring.name)->id).last().code};
            SaleDialog dialog(ledger, customer.id, customer.name);
            dialog.setCoupons(&coupons);
            dialog.amountEdit()->setText(ledger.money().formatNumber(4250));
            dialog.takeScan(codes->first(), QString());
            dialog.show();
            return app.exec();
        }
        const QList<SaleRecord> sales = ledger.salesOf(customer.id, 1);
        if (parser.value(QStringLiteral("what")) == u"cards") {
            auto cards = ShopPrinting::membershipCard(*db.value(), clock, customer, nullptr)->prepare();
            if (cards)
                DocumentPrinter::preview(nullptr, cards->job);
            return 0;
        }
        if (sales.isEmpty()) {
            std::fprintf(stderr, "the customer has no sale\n");
            return 1;
        }
        auto slip = ShopPrinting::receiptSlip(*db.value(), ledger, sales.first().tillId,
                                              sales.first().saleRef, nullptr)
                        ->prepare();
        if (slip)
            DocumentPrinter::preview(nullptr, slip->job);
        return 0;
    }
    std::fprintf(stderr, "unknown screen\n");
    return 2;
}
