#include "TestSupport.h"

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

#include "DemoShop.h"
#include "ShopSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <arpa/inet.h>
#include <cstdio>
#include <cstdlib>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

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

bool testsOnPostgreSql()
{
    return qEnvironmentVariable("REGULARS_TEST_BACKEND") == u"postgresql";
}

void skipWithoutPostgreSql()
{
    QString whyNot;
    if (PostgresServer::shared(&whyNot))
        return;
    std::fprintf(stderr, "SKIPPED: %s\n", qPrintable(whyNot));
    std::fflush(stderr);
    std::_Exit(77);
}

namespace {
std::unique_ptr<PostgresServer>& sharedServer()
{
    static std::unique_ptr<PostgresServer> server;
    return server;
}

// A port nobody listens on now: bind port 0 on the loopback and read which one the system gave.
int freeLocalPort()
{
    const int probe = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(probe, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
        ::getsockname(probe, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(probe);
    return port;
}
} // namespace

PostgresServer* PostgresServer::shared(QString* whyNot)
{
    static QString failure;
    std::unique_ptr<PostgresServer>& server = sharedServer();
    if (!server && failure.isEmpty())
        failure = startShared();
    if (whyNot)
        *whyNot = failure;
    return server.get();
}

QString PostgresServer::startShared()
{
    QString bin;
    // The newest installed version wins: entryList is sorted by name.
    for (const QString& version : QDir(QStringLiteral("/usr/lib/postgresql"))
                                      .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString candidate = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version);
        if (QFileInfo::exists(candidate + QStringLiteral("/initdb")) &&
            QFileInfo::exists(candidate + QStringLiteral("/pg_ctl")))
            bin = candidate;
    }
    if (bin.isEmpty())
        return QStringLiteral("PostgreSQL server programs (initdb, pg_ctl) are not installed; install the "
                              "package postgresql (scripts/setup does) to run the PostgreSQL tests");
    std::unique_ptr<PostgresServer> started(new PostgresServer);
    started->m_bin = bin;
    const QString folder = started->m_dir.path();
    if (::geteuid() == 0) {
        const struct passwd* postgres = ::getpwnam("postgres");
        if (!postgres ||
            ::chown(QFile::encodeName(folder).constData(), postgres->pw_uid, postgres->pw_gid) != 0)
            return QStringLiteral("running as root, but there is no user postgres to run the server as");
    }
    QString output;
    if (!started->run(bin + QStringLiteral("/initdb"),
                      {QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
                       QStringLiteral("postgres"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                       QStringLiteral("--no-sync"), QStringLiteral("-D"), folder + QStringLiteral("/data")},
                      &output))
        return QStringLiteral("initdb failed: %1").arg(output);
    started->m_port = freeLocalPort();
    if (!started->start())
        return QStringLiteral("pg_ctl could not start the server on port %1").arg(started->m_port);
    sharedServer() = std::move(started);
    // Stopped while the application object still exists, so QProcess can run pg_ctl.
    qAddPostRoutine([] { sharedServer().reset(); });
    return {};
}

bool PostgresServer::available()
{
    QString whyNot;
    return shared(&whyNot) != nullptr;
}

PostgresServer::~PostgresServer()
{
    stop();
}

bool PostgresServer::run(const QString& program, const QStringList& arguments, QString* output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    if (::geteuid() == 0)
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                             QStringLiteral("--"), program} +
                                                     arguments);
    else
        process.start(program, arguments);
    const bool finished = process.waitForFinished(120000);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PostgresServer::start()
{
    if (m_running)
        return true; // already up: pg_ctl would fail, and the server be forgotten while it runs
    // fsync off: the tests need a correct server, not a durable one, and the machine is shared.
    m_running =
        run(m_bin + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-l"),
             m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("-o"),
             QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200")
                 .arg(m_port)
                 .arg(m_dir.path()),
             QStringLiteral("start")});
    return m_running;
}

bool PostgresServer::stop()
{
    if (!m_running)
        return true;
    m_running = !run(m_bin + QStringLiteral("/pg_ctl"),
                     {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                      QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
    return !m_running;
}

bool PostgresServer::runAsAdmin(const QStringList& statements, QString* error)
{
    const QString connection = QStringLiteral("test-admin-%1").arg(++m_adminConnections);
    bool done = true;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        admin.setHostName(QStringLiteral("127.0.0.1"));
        admin.setPort(m_port);
        admin.setUserName(QStringLiteral("postgres"));
        admin.setDatabaseName(QStringLiteral("postgres"));
        done = admin.open();
        if (!done)
            *error = admin.lastError().text();
        QSqlQuery q(admin);
        for (qsizetype i = 0; done && i < statements.size(); ++i) {
            done = q.exec(statements[i]);
            if (!done)
                *error = q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return done;
}

QString PostgresServer::createDatabase()
{
    const QString name = QStringLiteral("shop_%1").arg(++m_databases);
    QString error;
    if (!runAsAdmin({QStringLiteral("CREATE DATABASE %1").arg(name)}, &error))
        qFatal("cannot create a test database: %s", qPrintable(error));
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(name);
}

QString PostgresServer::createDatabaseWithPassword(const QString& user, const QString& password)
{
    const QString url = createDatabase();
    const QString name = url.section(u'/', -1);
    QString error;
    if (!runAsAdmin({QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(user, password),
                     QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(name, user)},
                    &error))
        qFatal("cannot make the account %s: %s", qPrintable(user), qPrintable(error));
    // pg_hba.conf is read top down: this account's line goes before initdb's "trust" lines.
    QFile hba(m_dir.filePath(QStringLiteral("data/pg_hba.conf")));
    if (!hba.open(QIODevice::ReadOnly))
        qFatal("cannot read pg_hba.conf");
    const QByteArray rest = hba.readAll();
    hba.close();
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        hba.write(QStringLiteral("host all %1 127.0.0.1/32 scram-sha-256\n").arg(user).toUtf8() + rest) < 0)
        qFatal("cannot write pg_hba.conf");
    hba.close();
    if (!run(m_bin + QStringLiteral("/pg_ctl"),
             {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("reload")}))
        qFatal("pg_ctl reload failed");
    // The server rereads the file after the signal; wait until it asks this account for a password.
    const QString probe = QStringLiteral("test-probe-%1").arg(m_databases);
    bool asks = false;
    for (int attempt = 0; attempt < 100 && !asks; ++attempt) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), probe);
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(m_port);
            db.setUserName(user);
            db.setDatabaseName(name);
            asks = !db.open();
            db.close();
        }
        QSqlDatabase::removeDatabase(probe);
        if (!asks)
            QThread::msleep(50);
    }
    if (!asks)
        qFatal("the server did not start asking for a password");
    QString withUser = url;
    return withUser.replace(QStringLiteral("//postgres@"), QStringLiteral("//%1@").arg(user));
}

QString scratchLocation(const QTemporaryDir& dir, const QString& fileName)
{
    if (!testsOnPostgreSql())
        return dir.filePath(fileName);
    skipWithoutPostgreSql();
    return PostgresServer::shared()->createDatabase();
}

std::unique_ptr<ScratchDatabase> scratchDatabase(const QString& region)
{
    auto scratch = std::make_unique<ScratchDatabase>();
    scratch->location = scratchLocation(scratch->dir, QStringLiteral("shop.sqlite3"));
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

QList<CommandRun> runRegularsTogether(const QList<QStringList>& argumentLists)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    std::vector<std::unique_ptr<QProcess>> running;
    for (const QStringList& arguments : argumentLists) {
        running.push_back(std::make_unique<QProcess>());
        running.back()->setProcessEnvironment(env);
        running.back()->start(QStringLiteral(REGULARS_BINARY), arguments);
    }
    QList<CommandRun> runs;
    for (auto& process : running) {
        const bool finished = process->waitForFinished(120000);
        runs.append({finished && process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1,
                     QString::fromUtf8(process->readAllStandardOutput()),
                     QString::fromUtf8(process->readAllStandardError())});
    }
    return runs;
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
