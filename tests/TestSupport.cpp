#include "TestSupport.h"

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

#include "DemoShop.h"
#include "ShopSettings.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace TestSupport {
void failOnWarnings()
{
    // The offscreen platform warns whenever a window is shown; everything else is ours to fix.
    QTest::failOnWarning(
        QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
}

std::unique_ptr<CouponShop> couponShop(const QString& region)
{
    auto shop = std::unique_ptr<CouponShop>(new CouponShop{scratchDatabase(region), SettableClock(fixedNow()),
                                                           OwnerEverywhere(QStringLiteral("Olga")), nullptr,
                                                           nullptr, nullptr});
    shop->ledger = std::make_unique<LoyaltyLedger>(*shop->scratch->db, shop->clock, shop->owner);
    shop->coupons = std::make_unique<Coupons>(*shop->scratch->db, shop->clock, shop->owner, *shop->ledger);
    shop->directory = std::make_unique<CustomerDirectory>(*shop->scratch->db, shop->clock);
    return shop;
}

std::unique_ptr<ScratchDatabase> scratchDatabase(const QString& region)
{
    auto scratch = std::make_unique<ScratchDatabase>();
    auto opened = Database::open(scratch->path());
    if (!opened)
        qFatal("cannot open scratch database: %s", qPrintable(opened.error().message));
    scratch->db = std::move(opened).value();
    if (!region.isEmpty()) {
        ShopSettings settings(*scratch->db);
        if (!settings.setValue(ShopSettings::Key::Country, region))
            qFatal("cannot set region");
    }
    return scratch;
}

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
}

CustomerDraft consentingDraft(const QString& name, const QString& phone, const QString& card)
{
    CustomerDraft d;
    d.name = name;
    d.phone = phone;
    d.card = card;
    d.dataConsent = true;
    d.consentChannel = ConsentRecord::Channel::Paper;
    d.recordedBy = QStringLiteral("Olga");
    return d;
}

QString dataFile(const QString& name)
{
    return QStringLiteral(REGULARS_TEST_DATA_DIR "/") + name;
}

QByteArray readDataFile(const QString& name)
{
    QFile file(dataFile(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}
CommandRun runRegularsOn(const QString& db, const QStringList& arguments)
{
    return runRegulars(QStringList{QStringLiteral("--db"), db} + arguments);
}

void createDemoShop(const QString& path, int customers)
{
    auto db = Database::open(path);
    if (!db)
        qFatal("cannot open demo database: %s", qPrintable(db.error().message));
    SettableClock clock(fixedNow());
    DemoShop::Options options;
    options.customers = customers;
    options.region = QStringLiteral("RU");
    options.throughProgramme = false;
    if (auto made = DemoShop(*db.value(), clock).create(options); !made)
        qFatal("cannot make the demo shop: %s", qPrintable(made.error().message));
}

void damagePagesInTheMiddle(const QString& path)
{
    QFile file(path);
    const qint64 pages = file.size() / 4096;
    if (pages <= 10 || !file.open(QIODevice::ReadWrite) || !file.seek((pages / 2) * 4096) ||
        file.write(QByteArray(4 * 4096, '\xA5')) != 4 * 4096)
        qFatal("cannot damage %s", qPrintable(path));
}

CommandRun runRegulars(const QStringList& arguments, const QHash<QString, QString>& environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(REGULARS_BINARY), arguments);
    if (!process.waitForFinished(120000))
        qWarning("regulars did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString programOutput(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return QStringLiteral("<failed>");
    return QString::fromUtf8(process.readAllStandardOutput());
}

QList<QJsonObject> jsonLines(const QString& text)
{
    QList<QJsonObject> result;
    for (const QString& line : text.split(u'\n', Qt::SkipEmptyParts))
        result.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return result;
}
} // namespace TestSupport
