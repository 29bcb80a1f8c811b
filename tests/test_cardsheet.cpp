#include "CardSheetLayout.h"
#include "ShopLogo.h"
#include "ShopSettings.h"
#include "StampCardStore.h"
#include "TestSupport.h"

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Membership and stamp cards as a scanner sees them: each card cut out of the rasterised PDF (300 dpi) and
// read with zbarimg; the numbers equal the customers' cards, or the stamp card serials registered for the
// job.
class TestCardSheet : public QObject
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

    // What zbarimg reads on one card of one page.
    QStringList readCard(const QString& pdf, int page, const QRectF& mm)
    {
        const auto px = [](qreal v) { return QString::number(qRound(v * 300 / 25.4)); };
        const QString base = m_dir.filePath(QStringLiteral("card"));
        output(QStringLiteral("pdftoppm"),
               {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-f"), QString::number(page),
                QStringLiteral("-l"), QString::number(page), QStringLiteral("-x"), px(mm.x()),
                QStringLiteral("-y"), px(mm.y()), QStringLiteral("-W"), px(mm.width()), QStringLiteral("-H"),
                px(mm.height()), QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf, base});
        return output(QStringLiteral("zbarimg"), {QStringLiteral("-q"), base + QStringLiteral(".png")})
            .split(u'\n', Qt::SkipEmptyParts);
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
                                       QString::fromLatin1(QTest::currentDataTag())));
        auto scratch = Database::open(m_db);
        QVERIFY(scratch.ok());
        SystemClock clock;
        CustomerDirectory directory(*scratch.value(), clock);
        QVERIFY(directory.setShopCountry(QStringLiteral("RU")).ok());
        const QStringList cards = {QStringLiteral("0420000000013"), QStringLiteral("0420000000020"),
                                   QStringLiteral("0420000000037")};
        const QStringList phones = {QStringLiteral("+79161234567"), QStringLiteral("+79161234568"),
                                    QStringLiteral("+79161234569")};
        for (int i = 0; i < 3; ++i)
            QVERIFY(directory
                        .create(TestSupport::consentingDraft(QStringLiteral("Customer %1").arg(i), phones[i],
                                                             cards[i]))
                        .ok());
    }

    void membershipCards_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::newRow("a4") << QStringLiteral("a4");
        QTest::newRow("cr80") << QStringLiteral("cr80");
    }

    void membershipCards()
    {
        QFETCH(QString, layout);
        const QString pdf = m_dir.filePath(QStringLiteral("cards.pdf"));
        const auto printed =
            run({QStringLiteral("print"), QStringLiteral("cards"), QStringLiteral("--customer"),
                 QStringLiteral("id:1"), QStringLiteral("+79161234568"), QStringLiteral("id:3"),
                 QStringLiteral("--out"), pdf, QStringLiteral("--layout"), layout});
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
        const CardSheetLayout sheet({}, CardSheetLayout::parsePaper(layout).value(), Qt::LeftToRight);
        const QStringList expected = {QStringLiteral("0420000000013"), QStringLiteral("0420000000020"),
                                      QStringLiteral("0420000000037")};
        for (int i = 0; i < 3; ++i) {
            const int page = layout == u"a4" ? 1 : i + 1;
            const QStringList read = readCard(pdf, page, sheet.cardRectMm(layout == u"a4" ? i : 0, false));
            QCOMPARE(read, QStringList{QStringLiteral("EAN-13:") + expected[i]});
        }
    }

    void membershipCardsWithALogo_data() { membershipCards_data(); }

    // A logo beside the shop's name leaves the barcode alone: still exactly the customers' numbers.
    void membershipCardsWithALogo()
    {
        QFETCH(QString, layout);
        {
            auto db = Database::open(m_db, Database::OpenMode::MustExist);
            QVERIFY(db.ok());
            QImage logo(400, 160, QImage::Format_ARGB32);
            logo.fill(Qt::white);
            QPainter painter(&logo);
            painter.setPen(Qt::NoPen);
            painter.setBrush(Qt::black);
            for (int x = 0; x < 400; x += 24) // stripes, the kind of thing a scanner could mistake for bars
                painter.drawRect(x, 0, 10, 160);
            painter.end();
            ShopSettings settings(*db.value());
            QVERIFY(ShopLogo::store(settings, logo).ok());
            QVERIFY(!ShopLogo::image(settings).isNull());
        }
        const QString pdf = m_dir.filePath(QStringLiteral("logo-cards.pdf"));
        const auto printed =
            run({QStringLiteral("--lang"), QStringLiteral("ar"), QStringLiteral("print"),
                 QStringLiteral("cards"), QStringLiteral("--customer"), QStringLiteral("id:1"),
                 QStringLiteral("id:2"), QStringLiteral("--out"), pdf, QStringLiteral("--layout"), layout});
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
        const CardSheetLayout sheet({}, CardSheetLayout::parsePaper(layout).value(), Qt::RightToLeft);
        const QStringList expected = {QStringLiteral("0420000000013"), QStringLiteral("0420000000020")};
        for (int i = 0; i < 2; ++i) {
            const int page = layout == u"a4" ? 1 : i + 1;
            QCOMPARE(readCard(pdf, page, sheet.cardRectMm(layout == u"a4" ? i : 0, false)),
                     QStringList{QStringLiteral("EAN-13:") + expected[i]});
        }
    }

    void blankCardsTakeNewNumbers()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("blank.pdf"));
        const auto printed = run({QStringLiteral("print"), QStringLiteral("cards"), QStringLiteral("--new"),
                                  QStringLiteral("4"), QStringLiteral("--out"), pdf});
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
        QStringList numbers = printed.out.split(u'\n', Qt::SkipEmptyParts);
        numbers.removeLast(); // the summary line
        // 042…001 to 003 belong to customers already: the batch skips them.
        QCOMPARE(numbers, (QStringList{QStringLiteral("0420000000044"), QStringLiteral("0420000000051"),
                                       QStringLiteral("0420000000068"), QStringLiteral("0420000000075")}));
        const CardSheetLayout sheet({}, CardSheetLayout::Paper::A4, Qt::LeftToRight);
        for (int i = 0; i < numbers.size(); ++i)
            QCOMPARE(readCard(pdf, 1, sheet.cardRectMm(i, false)),
                     QStringList{QStringLiteral("EAN-13:") + numbers[i]});
        // The next batch goes on from there.
        const auto next = run({QStringLiteral("print"), QStringLiteral("cards"), QStringLiteral("--new"),
                               QStringLiteral("1"), QStringLiteral("--out"), pdf});
        QCOMPARE(next.out.split(u'\n', Qt::SkipEmptyParts).value(0), QStringLiteral("0420000000082"));
    }

    void consentFormCarriesTheCardNumber()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("consent.pdf"));
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("ar")}) {
            const auto printed = run({QStringLiteral("--lang"), language, QStringLiteral("print"),
                                      QStringLiteral("consent-form"), QStringLiteral("--customer"),
                                      QStringLiteral("+79161234568"), QStringLiteral("--out"), pdf});
            QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
            const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
            QCOMPARE(readCard(pdf, 1, QRectF(QPointF(0, 0), a4)),
                     QStringList{QStringLiteral("EAN-13:0420000000020")});
        }
    }

    void stampCardsAreRegisteredAndScan()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("stamps.pdf"));
        const auto printed = run({QStringLiteral("--lang"), QStringLiteral("ar"), QStringLiteral("print"),
                                  QStringLiteral("stamp-cards"), QStringLiteral("--count"),
                                  QStringLiteral("12"), QStringLiteral("--out"), pdf});
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
        const QStringList serials = printed.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(serials.size(), 12);
        {
            auto db = Database::open(m_db, Database::OpenMode::MustExist);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(
                QStringLiteral("SELECT serial FROM stamp_cards WHERE customer_id IS NULL ORDER BY id")));
            QStringList registered;
            while (q.next())
                registered.append(q.value(0).toString());
            QCOMPARE(registered, serials);
        }
        // Fronts carry no barcode; each back carries its card's serial, mirrored for duplex printing.
        const CardSheetLayout sheet({}, CardSheetLayout::Paper::A4, Qt::RightToLeft);
        for (int i = 0; i < 12; ++i) {
            const int back = 2 * (i / 10) + 2;
            QCOMPARE(readCard(pdf, back - 1, sheet.cardRectMm(i % 10, false)), QStringList());
            QCOMPARE(readCard(pdf, back, sheet.cardRectMm(i % 10, true)),
                     QStringList{QStringLiteral("EAN-13:") + serials[i]});
        }
        // A second batch continues the numbers.
        const auto more = run({QStringLiteral("print"), QStringLiteral("stamp-cards"),
                               QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--out"), pdf});
        QVERIFY(!serials.contains(more.out.trimmed()));
    }
};

QTEST_GUILESS_MAIN(TestCardSheet)
#include "test_cardsheet.moc"
