#include "CouponSheetLayout.h"
#include "CouponStore.h"
#include "TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Coupon sheets as a scanner sees them: the PDF is rasterised with pdftoppm at 300 and 200 dpi, each coupon
// cut out along its cell (as the owner cuts along the marks) and read with zbarimg. Every coupon must give
// exactly two symbols, Code 128 and QR, both its own code; together the codes equal the campaign's.
class TestCouponSheet : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    TestSupport::CommandRun run(QStringList arguments)
    {
        arguments.prepend(m_db);
        arguments.prepend(QStringLiteral("--db"));
        return TestSupport::runRegulars(arguments);
    }

    static QString output(const QString& program, const QStringList& arguments)
    {
        return TestSupport::programOutput(program, arguments);
    }

    QStringList campaignCodes(const QString& name)
    {
        auto db = Database::open(m_db, Database::OpenMode::MustExist);
        if (!db)
            return {};
        CouponStore store(*db.value());
        QStringList codes;
        for (const Coupon& c : store.couponsOf(store.campaignByName(name)->id))
            codes.append(c.code);
        return codes;
    }

    // Reads every coupon cell of the PDF; fails the test on a cell without exactly its two symbols.
    void readSheet(const QString& pdf, int dpi, const QStringList& codes, const CouponSheetLayout& layout,
                   const QSizeF& paperMm)
    {
        QStringList decoded;
        for (qsizetype i = 0; i < codes.size(); ++i) {
            const int page = int(i / layout.couponsPerPage()) + 1;
            const QRectF mm = layout.couponRectMm(paperMm, int(i % layout.couponsPerPage()));
            const auto px = [dpi](qreal v) { return QString::number(qRound(v * dpi / 25.4)); };
            const QString base = m_dir.filePath(QStringLiteral("cell"));
            const QString png = output(
                QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"), QString::number(page),
                 QStringLiteral("-l"), QString::number(page), QStringLiteral("-x"), px(mm.x()),
                 QStringLiteral("-y"), px(mm.y()), QStringLiteral("-W"), px(mm.width()), QStringLiteral("-H"),
                 px(mm.height()), QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf, base});
            QCOMPARE(png, QString());
            const QStringList symbols =
                output(QStringLiteral("zbarimg"), {QStringLiteral("-q"), base + QStringLiteral(".png")})
                    .split(u'\n', Qt::SkipEmptyParts);
            QStringList expected = {QStringLiteral("CODE-128:") + codes[i],
                                    QStringLiteral("QR-Code:") + codes[i]};
            QStringList sorted = symbols;
            sorted.sort();
            QVERIFY2(sorted == expected, qPrintable(QStringLiteral("coupon %1 at %2 dpi read as [%3]")
                                                        .arg(codes[i])
                                                        .arg(dpi)
                                                        .arg(symbols.join(u' '))));
            decoded.append(codes[i]);
        }
        QCOMPARE(decoded, codes);
        // Nothing beyond the campaign's coupons: the slot after the last one is empty.
        const qsizetype next = codes.size();
        if (next % layout.couponsPerPage() != 0) {
            const QRectF mm = layout.couponRectMm(paperMm, int(next % layout.couponsPerPage()));
            const auto px = [dpi](qreal v) { return QString::number(qRound(v * dpi / 25.4)); };
            const QString base = m_dir.filePath(QStringLiteral("empty"));
            const int page = int(next / layout.couponsPerPage()) + 1;
            output(QStringLiteral("pdftoppm"),
                   {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"), QString::number(page),
                    QStringLiteral("-l"), QString::number(page), QStringLiteral("-x"), px(mm.x()),
                    QStringLiteral("-y"), px(mm.y()), QStringLiteral("-W"), px(mm.width()),
                    QStringLiteral("-H"), px(mm.height()), QStringLiteral("-png"),
                    QStringLiteral("-singlefile"), pdf, base});
            QCOMPARE(output(QStringLiteral("zbarimg"), {QStringLiteral("-q"), base + QStringLiteral(".png")}),
                     QString());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
            QSKIP("pdftoppm (poppler-utils) and zbarimg (zbar-tools) are needed");
    }

    void init()
    {
        TestSupport::failOnWarnings();
        m_db = m_dir.filePath(QStringLiteral("shop-%1-%2.sqlite3")
                                  .arg(QString::fromLatin1(QTest::currentTestFunction()),
                                       QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        auto scratch = Database::open(m_db);
        QVERIFY(scratch.ok());
        SystemClock clock;
        CustomerDirectory directory(*scratch.value(), clock);
        QVERIFY(directory.setShopCountry(QStringLiteral("GB")).ok());
    }

    void sheetsScan_data()
    {
        QTest::addColumn<QString>("paper");
        QTest::addColumn<QString>("grid");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("count");
        QTest::newRow("a4 3x7") << QStringLiteral("a4") << QStringLiteral("3x7") << QStringLiteral("en")
                                << 25;
        QTest::newRow("letter 3x7") << QStringLiteral("letter") << QStringLiteral("3x7")
                                    << QStringLiteral("en") << 22;
        QTest::newRow("a4 2x4 arabic")
            << QStringLiteral("a4") << QStringLiteral("2x4") << QStringLiteral("ar") << 11;
        QTest::newRow("letter 3x5") << QStringLiteral("letter") << QStringLiteral("3x5")
                                    << QStringLiteral("en") << 16;
    }

    void sheetsScan()
    {
        QFETCH(QString, paper);
        QFETCH(QString, grid);
        QFETCH(QString, language);
        QFETCH(int, count);
        const auto created =
            run({QStringLiteral("coupons"), QStringLiteral("create"), QStringLiteral("--campaign"),
                 QStringLiteral("Spring"), QStringLiteral("--item"), QStringLiteral("A coffee with any cake"),
                 QStringLiteral("--count"), QString::number(count), QStringLiteral("--valid-until"),
                 QStringLiteral("2099-06-30")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QString pdf = m_dir.filePath(QStringLiteral("sheet.pdf"));
        const auto printed =
            run({QStringLiteral("--lang"), language, QStringLiteral("print"), QStringLiteral("coupons"),
                 QStringLiteral("--campaign"), QStringLiteral("Spring"), QStringLiteral("--out"), pdf,
                 QStringLiteral("--paper"), paper, QStringLiteral("--grid"), grid});
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
        const QStringList codes = campaignCodes(QStringLiteral("Spring"));
        QCOMPARE(codes, created.out.split(u'\n', Qt::SkipEmptyParts));

        const CouponSheetLayout layout({}, CouponSheetLayout::parseGrid(grid).value(),
                                       language == u"ar" ? Qt::RightToLeft : Qt::LeftToRight);
        const QSizeF paperMm =
            QPageSize(CouponSheetLayout::parsePaper(paper).value()).size(QPageSize::Millimeter);
        readSheet(pdf, 300, codes, layout, paperMm);
        if (QTest::currentTestFailed())
            return;
        readSheet(pdf, 200, codes, layout, paperMm);

        const auto list = run({QStringLiteral("coupons"), QStringLiteral("list")});
        QCOMPARE(TestSupport::jsonLines(list.out).value(0).value(QStringLiteral("printed")).toInteger(),
                 count);
    }

    void denseGridIsRefused()
    {
        QVERIFY(run({QStringLiteral("coupons"), QStringLiteral("create"), QStringLiteral("--campaign"),
                     QStringLiteral("Tiny"), QStringLiteral("--amount"), QStringLiteral("1"),
                     QStringLiteral("--count"), QStringLiteral("3")})
                    .exitCode == 0);
        const QString pdf = m_dir.filePath(QStringLiteral("tiny.pdf"));
        const auto printed =
            run({QStringLiteral("print"), QStringLiteral("coupons"), QStringLiteral("--campaign"),
                 QStringLiteral("Tiny"), QStringLiteral("--out"), pdf, QStringLiteral("--grid"),
                 QStringLiteral("5x12")});
        QCOMPARE(printed.exitCode, 1);
        QVERIFY2(printed.err.contains(QStringLiteral("scanner")), qPrintable(printed.err));
        const auto badGrid =
            run({QStringLiteral("print"), QStringLiteral("coupons"), QStringLiteral("--campaign"),
                 QStringLiteral("Tiny"), QStringLiteral("--out"), pdf, QStringLiteral("--grid"),
                 QStringLiteral("three")});
        QCOMPARE(badGrid.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCouponSheet)
#include "test_couponsheet.moc"
