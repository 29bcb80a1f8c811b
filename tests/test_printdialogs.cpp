#include "CouponSheetLayout.h"
#include "Coupons.h"
#include "DocumentPrinter.h"
#include "GuiTestSupport.h"
#include "LoyaltyLedger.h"
#include "Prompts.h"
#include "ReceiptSlipLayout.h"
#include "SaleDialog.h"
#include "ShopLogo.h"
#include "ShopPrinting.h"
#include "ShopSettings.h"
#include "ShopSetupDialog.h"
#include "TestSupport.h"
#include "UserSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

// Printing from the window: the print dialogs of card batches, a receipt slip and the preview go through the
// same layouts as the command line; new card numbers are kept only once printed; the owner's choices are
// remembered; the sale dialog takes a coupon; the shop setup keeps a logo.
class TestPrintDialogs : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSupport::CouponShop> m_shop;
    GuiTestSupport::AnsweringPrompts m_prompts;
    qint64 m_anna = 0;

    // Every code zbarimg reads on the PDF's pages, rasterised at 300 dpi, sorted.
    QStringList readPdf(const QString& pdf)
    {
        const QString base = m_shop->scratch->dir.filePath(QStringLiteral("page"));
        TestSupport::programOutput(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("300"),
                                                                QStringLiteral("-png"), pdf, base});
        QStringList pages;
        for (const QString& name : QDir(m_shop->scratch->dir.path()).entryList({QStringLiteral("page*.png")}))
            pages.append(m_shop->scratch->dir.filePath(name));
        QStringList read =
            TestSupport::programOutput(QStringLiteral("zbarimg"), QStringList{QStringLiteral("-q")} + pages)
                .split(u'\n', Qt::SkipEmptyParts);
        for (const QString& page : pages)
            QFile::remove(page);
        read.sort();
        return read;
    }

private Q_SLOTS:
    void init()
    {
        TestSupport::failOnWarnings();
        Prompts::setInstance(&m_prompts);
        m_prompts = {};
        m_shop = TestSupport::couponShop();
        m_anna = m_shop->directory
                     ->create(TestSupport::consentingDraft(QStringLiteral("Anna Petrova"),
                                                           QStringLiteral("8 912 345-67-89"),
                                                           QStringLiteral("0420000000013")))
                     .value();
    }

    void cleanup()
    {
        m_shop.reset();
        Prompts::setInstance(nullptr);
    }

    // A long sheet tells how far it is page by page; cancelling leaves no file, and an older file of that name
    // stays as it was.
    void longDocumentsShowProgressAndCancel()
    {
        CouponSheetLayout::Content content;
        content.shopName = QStringLiteral("Olga's Bakery");
        content.campaignName = QStringLiteral("Autumn");
        content.offer = QStringLiteral("5.00 off");
        for (int i = 0; i < 80; ++i)
            content.coupons.append({QStringLiteral("ABCDEFGH%1").arg(i, 2, 10, QChar(u'0')), QString()});
        const CouponSheetLayout sheet(content, {3, 7}, Qt::LeftToRight);
        QCOMPARE(sheet.pageCount(), 4);
        const PrintJob job = sheet.printJob(QPageSize::A4);
        const QString pdf = m_shop->scratch->dir.filePath(QStringLiteral("autumn.pdf"));

        QList<std::pair<int, int>> told;
        QVERIFY(job.writePdf(pdf, [&](int done, int total) {
                       told.append({done, total});
                       return true;
                   })
                    .ok());
        QCOMPARE(told, (QList<std::pair<int, int>>{{1, 4}, {2, 4}, {3, 4}, {4, 4}}));
        const QByteArray complete = [&] {
            QFile file(pdf);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QVERIFY(complete.startsWith("%PDF"));

        int pages = 0;
        auto cancelled = job.writePdf(pdf, [&](int done, int) {
            pages = done;
            return done < 2;
        });
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().message, PrintJob::cancelled().message);
        QCOMPARE(pages, 2);
        QFile kept(pdf);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), complete);
        const QString fresh = m_shop->scratch->dir.filePath(QStringLiteral("never.pdf"));
        QVERIFY(!job.writePdf(fresh, [](int, int) { return false; }).ok());
        QVERIFY(!QFile::exists(fresh));
    }

    void newStampCardsAreRegisteredOnlyOncePrinted()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
            QSKIP("zbarimg (zbar-tools) is needed");
        auto dialog =
            ShopPrinting::newStampCards(*m_shop->scratch->db, m_shop->clock, *m_shop->ledger, nullptr);
        dialog->optionBox()->setCurrentIndex(dialog->optionBox()->findData(QStringLiteral("cr80")));
        QCOMPARE(UserSettings::value(UserSettings::Key::CardLayout).toString(), QStringLiteral("cr80"));
        dialog->countBox()->setValue(3);
        // Making the document (as a preview does) keeps nothing.
        QVERIFY(dialog->prepare().ok());
        QSqlQuery count(m_shop->scratch->db->connection());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM stamp_cards")) && count.next());
        QCOMPARE(count.value(0).toInt(), 0);

        const QString pdf = m_shop->scratch->dir.filePath(QStringLiteral("stamps.pdf"));
        QVERIFY(dialog->saveTo(pdf).ok());
        QSqlQuery serials(m_shop->scratch->db->connection());
        QVERIFY(serials.exec(QStringLiteral("SELECT serial FROM stamp_cards WHERE customer_id IS NULL")));
        QStringList expected;
        while (serials.next())
            expected.append(QStringLiteral("EAN-13:") + serials.value(0).toString());
        QCOMPARE(expected.size(), 3);
        expected.sort();
        QCOMPARE(readPdf(pdf), expected);
        // The next batch has new numbers.
        auto next =
            ShopPrinting::newStampCards(*m_shop->scratch->db, m_shop->clock, *m_shop->ledger, nullptr);
        next->countBox()->setValue(1);
        QVERIFY(next->saveTo(pdf).ok());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(DISTINCT serial) FROM stamp_cards")) && count.next());
        QCOMPARE(count.value(0).toInt(), 4);
    }

    void blankMembershipCardsContinueAfterThePrintedBatch()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
            QSKIP("zbarimg (zbar-tools) is needed");
        auto dialog = ShopPrinting::newMembershipCards(*m_shop->scratch->db, m_shop->clock, nullptr);
        dialog->optionBox()->setCurrentIndex(dialog->optionBox()->findData(QStringLiteral("a4")));
        dialog->countBox()->setValue(2);
        const QString pdf = m_shop->scratch->dir.filePath(QStringLiteral("cards.pdf"));
        QVERIFY(dialog->prepare().ok()); // looked at only
        QVERIFY(dialog->saveTo(pdf).ok());
        // 042…001 is Anna's: the batch skips it.
        QCOMPARE(readPdf(pdf), (QStringList{QStringLiteral("EAN-13:0420000000020"),
                                            QStringLiteral("EAN-13:0420000000037")}));
        QVERIFY(dialog->saveTo(pdf).ok());
        QCOMPARE(readPdf(pdf), (QStringList{QStringLiteral("EAN-13:0420000000044"),
                                            QStringLiteral("EAN-13:0420000000051")}));
    }

    void customerCardConsentFormAndSlip()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
            QSKIP("zbarimg (zbar-tools) is needed");
        const CustomerRecord anna = m_shop->directory->customer(m_anna).value();
        const QString pdf = m_shop->scratch->dir.filePath(QStringLiteral("one.pdf"));
        QVERIFY(ShopPrinting::membershipCard(*m_shop->scratch->db, m_shop->clock, anna, nullptr)
                    ->saveTo(pdf)
                    .ok());
        QCOMPARE(readPdf(pdf), QStringList{QStringLiteral("EAN-13:0420000000013")});
        QVERIFY(ShopPrinting::consentForm(*m_shop->scratch->db, anna, nullptr)->saveTo(pdf).ok());
        QCOMPARE(readPdf(pdf), QStringList{QStringLiteral("EAN-13:0420000000013")});

        SaleRequest sale;
        sale.customerId = m_anna;
        sale.amountMinor = 150000;
        sale.saleRef = QStringLiteral("r1");
        QVERIFY(m_shop->ledger->recordSale(sale).ok());
        auto slip = ShopPrinting::receiptSlip(*m_shop->scratch->db, *m_shop->ledger, QStringLiteral("1"),
                                              QStringLiteral("r1"), nullptr);
        slip->optionBox()->setCurrentIndex(slip->optionBox()->findData(QStringLiteral("58")));
        QCOMPARE(UserSettings::value(UserSettings::Key::SlipWidth).toString(), QStringLiteral("58"));
        auto prepared = slip->prepare();
        QVERIFY(prepared.ok());
        QCOMPARE(qRound(prepared->job.pageSize.size(QPageSize::Millimeter).width()), 58);
        QVERIFY(slip->saveTo(pdf).ok());
        QCOMPARE(readPdf(pdf), QStringList{QStringLiteral("EAN-13:0420000000013")});
    }

    void previewOnlyLookingIsNotPrinting()
    {
        auto slipDialog = ShopPrinting::consentForm(*m_shop->scratch->db,
                                                    m_shop->directory->customer(m_anna).value(), nullptr);
        auto prepared = slipDialog->prepare();
        QVERIFY(prepared.ok());
        bool pages = false;
        GuiTestSupport::whenDialogOpens<QPrintPreviewDialog>([&](QPrintPreviewDialog* preview) {
            pages = preview->isVisible();
            preview->reject();
        });
        QVERIFY(!DocumentPrinter::preview(nullptr, prepared->job));
        QVERIFY(pages);
        QVERIFY(m_prompts.shown.isEmpty());
    }

    void saleDialogTakesACoupon()
    {
        Campaign c;
        c.name = QStringLiteral("Spring");
        c.kind = Campaign::Kind::AmountOff;
        c.amountMinor = 50000;
        c.minPurchaseMinor = 100000;
        const QString code = m_shop->coupons->createCampaign(c, 1).value().first();
        SaleDialog dialog(*m_shop->ledger, m_anna, QStringLiteral("Anna Petrova"));
        QVERIFY(!dialog.couponEdit()->isEnabled());
        dialog.setCoupons(m_shop->coupons.get());
        QVERIFY(dialog.couponEdit()->isEnabled());
        QVERIFY(dialog.takeScan(code.toLower(), QString()));
        QVERIFY(!dialog.takeScan(QStringLiteral("0420000000013"), QString()));
        dialog.amountEdit()->setText(QStringLiteral("500"));
        QVERIFY2(dialog.problemLabel()->text().contains(QStringLiteral("at least")),
                 qPrintable(dialog.problemLabel()->text()));
        dialog.accept();
        QVERIFY(m_shop->coupons->check(code).ok()); // refused: not used
        dialog.amountEdit()->setText(QStringLiteral("1500"));
        QVERIFY2(dialog.problemLabel()->text().isEmpty(), qPrintable(dialog.problemLabel()->text()));
        QVERIFY(dialog.couponLabel()->text().contains(m_shop->coupons->money().formatNumber(50000)));
        dialog.slipBox()->setChecked(false);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.outcome().json.value(QStringLiteral("coupon")).toString(), code);
        QVERIFY(!m_shop->coupons->check(code).ok());
    }

    void shopSetupKeepsALogo()
    {
        QImage image(900, 300, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        const QString png = m_shop->scratch->dir.filePath(QStringLiteral("logo.png"));
        QVERIFY(image.save(png));
        const QString notAnImage = m_shop->scratch->dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile file(notAnImage);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("hello");
        }
        ShopSetupDialog dialog(m_shop->directory->settings(), QStringLiteral("RU"));
        dialog.chooseLogoFile(notAnImage);
        QCOMPARE(m_prompts.shown.size(), 1);
        QVERIFY(dialog.logo().isNull());
        dialog.chooseLogoFile(png);
        QCOMPARE(dialog.logo().width(), ShopLogo::MaxSidePx); // scaled down for printing
        dialog.accept();
        const QImage kept = ShopLogo::image(m_shop->directory->settings());
        QCOMPARE(kept.size(), QSize(600, 200));
        // Removed again: no logo, and the shop's other settings save as before.
        ShopSetupDialog again(m_shop->directory->settings(), QStringLiteral("RU"));
        QVERIFY(!again.logo().isNull());
        again.findChild<QPushButton*>(QStringLiteral("removeLogo"))->click();
        again.accept();
        QCOMPARE(again.result(), int(QDialog::Accepted));
        QVERIFY(ShopLogo::image(m_shop->directory->settings()).isNull());
        QCOMPARE(m_prompts.shown.size(), 1);
    }
};

QTEST_MAIN(TestPrintDialogs)
#include "test_printdialogs.moc"
