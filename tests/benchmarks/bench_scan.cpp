// How long a clerk waits after scanning a card: from the last byte of a frame written to a serial port (a
// socat pseudo-terminal) to the customer's page being shown in the main window, in a shop of --customers
// customers. Prints one JSON object on stdout; progress goes to stderr. A developer tool: not translated.

#include "CardNumber.h"
#include "Clock.h"
#include "CustomerPage.h"
#include "CustomerStore.h"
#include "Database.h"
#include "MainWindow.h"
#include "SerialScanner.h"
#include "ShopSettings.h"
#include "VirtualScanner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
void progress(const QString& message)
{
    std::fprintf(stderr, "bench_scan: %s\n", qPrintable(message));
    std::fflush(stderr);
}

[[noreturn]] void fail(const QString& message)
{
    progress(u"FAILED: "_s + message);
    std::exit(1);
}

QString cardOf(quint64 i)
{
    return CardNumber::fromSerial(u"042"_s, qint64(i + 1));
}

// Customers 0..count-1, each with a phone and a card, written through the app's own store in one transaction.
double build(Database& db, quint64 count)
{
    QElapsedTimer timer;
    timer.start();
    if (!ShopSettings(db).setValue(ShopSettings::Key::Country, u"RU"_s))
        fail(u"cannot set the country"_s);
    if (!db.exec(u"PRAGMA cache_size = -262144"_s))
        fail(u"cannot size the cache"_s);
    {
        Transaction transaction(db);
        if (!transaction.begun())
            fail(transaction.begun().error().message);
        CustomerStore store(db);
        CustomerRecord record;
        const QDateTime joined(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC);
        for (quint64 i = 0; i < count; ++i) {
            record.name = u"Customer %1"_s.arg(i);
            // An odd multiplier coprime with 10^7 scatters phones over the number space.
            record.phoneE164 = u"+7912%1"_s.arg((i * 7'919 + 1'234'567) % 10'000'000, 7, 10, QChar(u'0'));
            record.cardNumber = cardOf(i);
            record.createdAt = joined;
            auto id = store.insert(record);
            if (!id)
                fail(id.error().message);
            if ((i + 1) % 100'000 == 0)
                progress(u"%1 customers written"_s.arg(i + 1));
        }
        if (auto committed = transaction.commit(); !committed)
            fail(committed.error().message);
    }
    if (!db.exec(u"PRAGMA cache_size = -2000"_s) || !db.exec(u"PRAGMA optimize"_s))
        fail(u"cannot reset the cache"_s);
    return double(timer.elapsed()) / 1000.0;
}

double percentile(std::vector<double> values, double q)
{
    std::sort(values.begin(), values.end());
    const size_t rank = size_t(std::ceil(q * double(values.size())));
    return values[std::min(values.size() - 1, rank == 0 ? 0 : rank - 1)];
}

double round2(double value)
{
    return std::round(value * 100.0) / 100.0;
}
} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Settings of its own, so the benchmark never picks up (or changes) this computer's scanner.
    QApplication::setOrganizationName(u"regulars-bench"_s);
    QApplication::setApplicationName(u"bench_scan"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Scan-to-customer-page benchmark; prints one JSON object."_s);
    parser.addHelpOption();
    const QCommandLineOption customersOption(u"customers"_s, u"Customers in the shop (default 1000000)."_s,
                                             u"N"_s, u"1000000"_s);
    const QCommandLineOption scansOption(u"scans"_s, u"Cards scanned (default 500)."_s, u"N"_s, u"500"_s);
    const QCommandLineOption dbOption(u"db"_s, u"Database file to build (default: in a temporary folder)."_s,
                                      u"PATH"_s);
    parser.addOptions({customersOption, scansOption, dbOption});
    parser.process(app);

    bool ok = false;
    const quint64 customers = parser.value(customersOption).toULongLong(&ok);
    if (!ok || customers < 1 || customers > 9'000'000)
        fail(u"--customers takes a whole number from 1 to 9000000"_s);
    const int scans = parser.value(scansOption).toInt(&ok);
    if (!ok || scans < 1)
        fail(u"--scans takes a positive whole number"_s);

    QTemporaryDir scratch;
    if (!scratch.isValid())
        fail(u"cannot create a temporary folder"_s);
    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : scratch.filePath(u"scan.sqlite3"_s);
    if (QFile::exists(path))
        fail(u"%1 exists; give a new file name so the shop is built from scratch"_s.arg(path));
    auto opened = Database::open(path);
    if (!opened)
        fail(opened.error().message);
    Database& db = *opened.value();
    progress(u"building %1 customers in %2"_s.arg(customers).arg(path));
    const double buildS = build(db, customers);

    VirtualScanner device(scratch.path(), u"bench-scanner"_s);
    if (!device.plugIn())
        fail(u"cannot start socat (apt-get install socat)"_s);
    SystemClock clock;
    MainWindow window(db, clock);
    window.show();
    SerialScanner::PortSettings port;
    port.path = device.portPath();
    port.baudRate = 115200;
    window.serialScanner()->setPortSettings(port);
    window.serialScanner()->start();
    QElapsedTimer connectTimer;
    connectTimer.start();
    while (window.serialScanner()->state() != SerialScanner::State::Connected) {
        if (connectTimer.elapsed() > 10000)
            fail(u"the scanner did not connect: %1"_s.arg(window.serialScanner()->problem()));
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    }

    QRandomGenerator random(20261123);
    std::vector<double> ms;
    ms.reserve(size_t(scans));
    std::chrono::steady_clock::time_point lastByte;
    std::chrono::steady_clock::time_point shown;
    qint64 shownId = 0;
    QEventLoop loop;
    QObject::connect(&window, &MainWindow::customerShown, &loop, [&](qint64 id) {
        shown = std::chrono::steady_clock::now();
        shownId = id;
        loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] { loop.quit(); });
    int wrong = 0;
    // A few untimed scans first, as after opening the shop in the morning: the page cache and statements
    // warm.
    const int warmUp = std::min(20, scans);
    for (int i = 0; i < warmUp + scans; ++i) {
        const quint64 target = random.bounded(quint64(customers));
        shownId = 0;
        const QByteArray frame = "]E0" + cardOf(target).toLatin1() + '\r';
        if (!device.write(frame))
            fail(u"cannot write to the scanner"_s);
        lastByte = std::chrono::steady_clock::now();
        timeout.start(5000);
        loop.exec();
        timeout.stop();
        if (shownId != qint64(target + 1) || window.customerPage()->customerId() != qint64(target + 1)) {
            ++wrong;
            continue;
        }
        if (i >= warmUp)
            ms.push_back(std::chrono::duration<double, std::milli>(shown - lastByte).count());
        // A clerk scans a card every few seconds at most; each scan starts from an idle window.
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    if (ms.empty())
        fail(u"no scan opened its customer"_s);

    QJsonObject result;
    result.insert(u"benchmark"_s, u"scan"_s);
    result.insert(u"customers"_s, qint64(customers));
    result.insert(u"scans"_s, qint64(ms.size()));
    result.insert(u"wrong"_s, wrong);
    result.insert(u"build_s"_s, round2(buildS));
    result.insert(u"scan_to_page_p50_ms"_s, round2(percentile(ms, 0.50)));
    result.insert(u"scan_to_page_p99_ms"_s, round2(percentile(ms, 0.99)));
    result.insert(u"scan_to_page_max_ms"_s, round2(percentile(ms, 1.0)));
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return wrong == 0 ? 0 : 1;
}
