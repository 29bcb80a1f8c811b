#include "ScannerCommands.h"

#include "LoyaltyScanLookups.h"

#include "CommandLine.h"
#include "CustomerDirectory.h"
#include "ScanClassifier.h"
#include "ScannerSettings.h"
#include "SerialScanner.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {
// Self-pipe: the signal handler only writes one byte; the event loop sees it and stops.
int s_signalPipe[2] = {-1, -1};

extern "C" void onStopSignal(int)
{
    const int saved = errno;
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(s_signalPipe[1], &byte, 1);
    errno = saved;
}

// Installs the handlers for the lifetime of one `scanner listen` and puts the old ones back afterwards.
class StopSignals
{
public:
    StopSignals()
    {
        if (::pipe2(s_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
            return;
        struct sigaction action = {};
        action.sa_handler = onStopSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, &m_oldInt);
        ::sigaction(SIGTERM, &action, &m_oldTerm);
        m_ok = true;
    }
    ~StopSignals()
    {
        if (!m_ok)
            return;
        ::sigaction(SIGINT, &m_oldInt, nullptr);
        ::sigaction(SIGTERM, &m_oldTerm, nullptr);
        ::close(s_signalPipe[0]);
        ::close(s_signalPipe[1]);
        s_signalPipe[0] = s_signalPipe[1] = -1;
    }
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;
    bool ok() const { return m_ok; }
    int readEnd() const { return s_signalPipe[0]; }

private:
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
    bool m_ok = false;
};
} // namespace

QStringList ScannerCommands::commands() const
{
    return {QStringLiteral("scanner")};
}

QStringList ScannerCommands::valueOptions() const
{
    return {QStringLiteral("port"), QStringLiteral("baud"), QStringLiteral("framing")};
}

QString ScannerCommands::help() const
{
    return tr("  scanner listen --port PATH [--baud N] [--framing auto|cr|lf|crlf|tab|stx-etx]\n"
              "      read a serial barcode scanner and print one JSON line per code (code, symbology, kind:\n"
              "      card, coupon, stamp_card, phone or unknown, customer); reconnects after an unplug and\n"
              "      stops on Ctrl+C\n");
}

int ScannerCommands::run(CommandLine& cli, const QStringList& words, QTextStream& out, QTextStream& err)
{
    if (words.value(1) != u"listen" || words.size() != 2) {
        err << tr("Use: regulars scanner listen --port PATH [--baud N] [--framing "
                  "auto|cr|lf|crlf|tab|stx-etx]")
            << Qt::endl;
        return CommandLine::UsageError;
    }
    return listen(cli, out, err);
}

int ScannerCommands::listen(CommandLine& cli, QTextStream& out, QTextStream& err)
{
    // The scanner set up for this computer is the starting point; options override it.
    ScannerSettings settings = ScannerSettings::load();
    if (cli.hasOption(QStringLiteral("port")))
        settings.port.path = cli.option(QStringLiteral("port"));
    if (settings.port.path.trimmed().isEmpty()) {
        err << tr("Give the scanner's port with --port PATH, for example --port /dev/ttyACM0.") << Qt::endl;
        return CommandLine::UsageError;
    }
    if (cli.hasOption(QStringLiteral("baud"))) {
        bool ok = false;
        settings.port.baudRate = cli.option(QStringLiteral("baud")).toInt(&ok);
        if (!ok || settings.port.baudRate <= 0) {
            err << tr("--baud takes a whole number such as 9600 or 115200.") << Qt::endl;
            return CommandLine::UsageError;
        }
    }
    if (cli.hasOption(QStringLiteral("framing"))) {
        const auto framing = ScanDecoder::framingFromKey(cli.option(QStringLiteral("framing")));
        if (!framing) {
            err << tr("Unknown framing %1; use auto, cr, lf, crlf, tab or stx-etx.")
                       .arg(cli.option(QStringLiteral("framing")))
                << Qt::endl;
            return CommandLine::UsageError;
        }
        settings.decoder.framing = *framing;
    }
    auto db = cli.openDatabase(Database::OpenMode::MustExist, err);
    if (!db)
        return CommandLine::Refused;
    SystemClock clock;
    CustomerDirectory directory(*db, clock);
    ScanClassifier classifier(directory);
    installLoyaltyScanLookups(classifier, *db);

    StopSignals signals;
    if (!signals.ok()) {
        err << tr("Cannot set up the stop signals: %1").arg(QString::fromLocal8Bit(std::strerror(errno)))
            << Qt::endl;
        return CommandLine::Refused;
    }
    QEventLoop loop;
    QSocketNotifier stopNotifier(signals.readEnd(), QSocketNotifier::Read);
    QObject::connect(&stopNotifier, &QSocketNotifier::activated, &loop, [&loop] { loop.quit(); });

    SerialScanner scanner;
    scanner.setPortSettings(settings.port);
    scanner.setDecoderOptions(settings.decoder);
    QObject::connect(&scanner, &SerialScanner::codeRead, &scanner,
                     [&](const QString& code, const QString& symbology) {
                         const ScannedCode scanned = classifier.classify(code, symbology);
                         QJsonObject line;
                         line.insert(QStringLiteral("code"), scanned.text);
                         const QString name = ScannedCode::symbologyName(symbology);
                         if (!symbology.isEmpty()) {
                             line.insert(QStringLiteral("aim"), symbology);
                             if (!name.isEmpty())
                                 line.insert(QStringLiteral("symbology"), name);
                         }
                         line.insert(QStringLiteral("kind"), ScannedCode::kindKey(scanned.kind));
                         if (!scanned.normalized.isEmpty() && scanned.normalized != scanned.text)
                             line.insert(QStringLiteral("normalized"), scanned.normalized);
                         if (scanned.customerId > 0)
                             line.insert(QStringLiteral("customer"), scanned.customerId);
                         out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
                         out.flush();
                     });
    // Connection changes and discarded bytes go to stderr, so stdout stays one JSON object per line.
    QObject::connect(&scanner, &SerialScanner::stateChanged, &scanner,
                     [&](SerialScanner::State state, const QString& problem) {
                         if (state == SerialScanner::State::Connected)
                             err << tr("Listening on %1.").arg(QDir::toNativeSeparators(settings.port.path))
                                 << Qt::endl;
                         else if (!problem.isEmpty())
                             err << problem << Qt::endl;
                     });
    QObject::connect(&scanner, &SerialScanner::diagnostic, &scanner,
                     [&](const QString& message) { err << message << Qt::endl; });
    scanner.start();
    loop.exec();
    scanner.stop();
    out.flush();
    return CommandLine::Success;
}
