#include "Coupons.h"
#include "LoyaltyLedger.h"
#include "ReceiptSlipLayout.h"
#include "ShopLogo.h"
#include "ShopSettings.h"
#include "TestSupport.h"

#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QStandardPaths>
#include <QTest>

// The receipt slip as the customer takes it: printed from the command line on 80 and 58 mm rolls, in English
// and Arabic, rasterised at 300 dpi and read with zbarimg. The codes on it are exactly the customer's card
// and the voucher the sale gave, nothing else; the page is as wide as the roll and as long as its content.
class TestReceiptSlip : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSupport::ScratchDatabase> m_scratch;
    QString m_db;
    QString m_voucher;

    TestSupport::CommandRun run(const QStringList& arguments)
    {
        return TestSupport::runRegularsOn(m_db, arguments);
    }

    QStringList readSlip(const QString& pdf)
    {
        const QString base = m_scratch->dir.filePath(QStringLiteral("slip"));
        TestSupport::programOutput(QStringLiteral("pdftoppm"),
                                   {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-png"),
                                    QStringLiteral("-singlefile"), pdf, base});
        QStringList read = TestSupport::programOutput(QStringLiteral("zbarimg"),
                                                      {QStringLiteral("-q"), base + QStringLiteral(".png")})
                               .split(u'\n', Qt::SkipEmptyParts);
        read.sort();
        return read;
    }

    // Width and height of the first page in millimetres, from pdfinfo.
    QSizeF pageSizeMm(const QString& pdf)
    {
        const QString info = TestSupport::programOutput(QStringLiteral("pdfinfo"), {pdf});
        for (const QString& line : info.split(u'\n')) {
            if (!line.startsWith(QStringLiteral("Page size:")))
                continue;
            const QStringList parts = line.mid(10).simplified().split(u' ');
            return QSizeF(parts.value(0).toDouble() * 25.4 / 72, parts.value(2).toDouble() * 25.4 / 72);
        }
        return QSizeF();
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char* tool : {"pdftoppm", "zbarimg", "pdfinfo"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP("pdftoppm, pdfinfo (poppler-utils) and zbarimg (zbar-tools) are needed");
        }
        TestSupport::failOnWarnings();
        m_scratch = TestSupport::scratchDatabase();
        m_db = m_scratch->path();
        {
            Database& db = *m_scratch->db;
            SystemClock clock;
            OwnerEverywhere owner(QStringLiteral("Olga"));
            LoyaltyLedger ledger(db, clock, owner);
            LoyaltyProgramme programme = ledger.programme();
            programme.stampsEnabled = true;
            programme.stampsToFill = 2;
            programme.stampReward = QStringLiteral("A free coffee");
            QVERIFY(ledger.setProgramme(programme).ok());
            QVERIFY(ShopSettings(db).setValue(ShopSettings::Key::ShopName, QStringLiteral("Café Fern")).ok());
            QImage logo(240, 90, QImage::Format_ARGB32);
            logo.fill(Qt::transparent);
            {
                QPainter painter(&logo);
                painter.setBrush(QColor(0x2e, 0x7d, 0x32));
                painter.drawEllipse(QRect(5, 5, 80, 80));
                painter.drawRect(QRect(100, 30, 130, 30));
            }
            ShopSettings settings(db);
            QVERIFY(ShopLogo::store(settings, logo).ok());
            CustomerDirectory directory(db, clock);
            QVERIFY(directory
                        .create(TestSupport::consentingDraft(QStringLiteral("Anna Petrova"),
                                                             QStringLiteral("+79161234567"),
                                                             QStringLiteral("0420000000013")))
                        .ok());
        } // the stores go before the database they hold statements on
        m_scratch->db.reset();

        const auto first = run({QStringLiteral("sale"), QStringLiteral("--customer"), QStringLiteral("id:1"),
                                QStringLiteral("--amount"), QStringLiteral("30"), QStringLiteral("--ref"),
                                QStringLiteral("s1")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const auto second = run({QStringLiteral("sale"), QStringLiteral("--customer"), QStringLiteral("id:1"),
                                 QStringLiteral("--amount"), QStringLiteral("12.50"), QStringLiteral("--ref"),
                                 QStringLiteral("s2")});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        // The second stamp fills the card: a voucher.
        const QJsonArray vouchers =
            TestSupport::jsonLines(second.out).value(0).value(QStringLiteral("vouchers")).toArray();
        QCOMPARE(vouchers.size(), 1);
        m_voucher = vouchers.first().toString();
    }

    void slipScansAsItsCodes_data()
    {
        QTest::addColumn<QString>("width");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("sale");
        for (const char* width : {"80", "58"}) {
            for (const char* language : {"en", "ar"}) {
                for (const char* sale : {"s1", "s2"})
                    QTest::addRow("%s mm %s %s", width, language, sale)
                        << QString::fromLatin1(width) << QString::fromLatin1(language)
                        << QString::fromLatin1(sale);
            }
        }
    }

    void slipScansAsItsCodes()
    {
        QFETCH(QString, width);
        QFETCH(QString, language);
        QFETCH(QString, sale);
        const QString pdf =
            m_scratch->dir.filePath(QStringLiteral("slip-%1-%2-%3.pdf").arg(width, language, sale));
        const auto printed = run({QStringLiteral("--lang"), language, QStringLiteral("print"),
                                  QStringLiteral("receipt"), QStringLiteral("--sale"), sale,
                                  QStringLiteral("--width"), width, QStringLiteral("--out"), pdf});
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
        QStringList expected = {QStringLiteral("EAN-13:0420000000013")};
        if (sale == u"s2")
            expected.append(QStringLiteral("QR-Code:") + m_voucher);
        expected.sort();
        QCOMPARE(readSlip(pdf), expected);

        const QSizeF page = pageSizeMm(pdf);
        QVERIFY(qAbs(page.width() - width.toDouble()) < 0.5);
        // As long as the content: a header, a few lines and the codes, not a sheet of paper.
        QVERIFY2(page.height() > 50 && page.height() < (sale == u"s2" ? 170 : 130),
                 qPrintable(QString::number(page.height())));
    }

    void unknownSaleAndWidthAreRefused()
    {
        const QString pdf = m_scratch->dir.filePath(QStringLiteral("none.pdf"));
        const auto unknown =
            run({QStringLiteral("print"), QStringLiteral("receipt"), QStringLiteral("--sale"),
                 QStringLiteral("nope"), QStringLiteral("--out"), pdf});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("nope")));
        const auto width = run({QStringLiteral("print"), QStringLiteral("receipt"), QStringLiteral("--sale"),
                                QStringLiteral("s1"), QStringLiteral("--width"), QStringLiteral("72"),
                                QStringLiteral("--out"), pdf});
        QCOMPARE(width.exitCode, 1);
        QVERIFY(width.err.contains(QStringLiteral("80 or 58")));
    }
};

QTEST_MAIN(TestReceiptSlip)
#include "test_receiptslip.moc"
