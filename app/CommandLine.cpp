#include "CommandLine.h"

#include "AccessPolicy.h"
#include "CustomerDirectory.h"
#include "CustomerExport.h"
#include "CustomerImport.h"
#include "Database.h"
#include "DemoShop.h"
#include "OwnerPassword.h"
#include "PhoneNumbers.h"
#include "UserSettings.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <memory>

namespace {
// Options that take a value; every other --option is a flag.
const QStringList kValueOptions = {
    QStringLiteral("db"),        QStringLiteral("lang"),      QStringLiteral("region"),
    QStringLiteral("customers"), QStringLiteral("seed"),      QStringLiteral("limit"),
    QStringLiteral("encoding"),  QStringLiteral("delimiter"), QStringLiteral("find"),
};
const QStringList kFlags = {QStringLiteral("help"), QStringLiteral("version"), QStringLiteral("skip-invalid"),
                            QStringLiteral("archived"), QStringLiteral("active-only"),
                            QStringLiteral("marketing")};

QJsonObject customerJson(const CustomerRecord& c)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), c.id);
    o.insert(QStringLiteral("name"), c.name);
    o.insert(QStringLiteral("phone"), c.phoneE164);
    o.insert(QStringLiteral("card"), c.cardNumber);
    o.insert(QStringLiteral("nickname"), c.nickname);
    o.insert(QStringLiteral("email"), c.email);
    o.insert(QStringLiteral("birthday"), c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString());
    o.insert(QStringLiteral("created_at"), c.createdAt.toString(Qt::ISODate));
    o.insert(QStringLiteral("archived"), c.isArchived());
    return o;
}

QString matchKey(SearchHit::Match match)
{
    switch (match) {
    case SearchHit::Match::Phone:
        return QStringLiteral("phone");
    case SearchHit::Match::Card:
        return QStringLiteral("card");
    case SearchHit::Match::PhoneEnding:
        return QStringLiteral("phone_ending");
    case SearchHit::Match::Name:
        return QStringLiteral("name");
    }
    return {};
}
} // namespace

CommandLine::CommandLine(QStringList arguments)
    : m_arguments(std::move(arguments)), m_groups(makeCommandGroups())
{
    QStringList valueOptions = kValueOptions;
    QStringList flags = kFlags;
    for (const auto& group : m_groups) {
        valueOptions.append(group->valueOptions());
        flags.append(group->flags());
    }
    for (qsizetype i = 1; i < m_arguments.size(); ++i) {
        const QString& arg = m_arguments[i];
        if (arg == u"--") {
            m_words.append(m_arguments.mid(i + 1));
            break;
        }
        if (arg == u"-h")
            m_flags.append(QStringLiteral("help"));
        else if (arg == u"-v")
            m_flags.append(QStringLiteral("version"));
        else if (arg.startsWith(QStringLiteral("--"))) {
            const QString body = arg.mid(2);
            const qsizetype eq = body.indexOf(u'=');
            const QString name = eq >= 0 ? body.left(eq) : body;
            if (valueOptions.contains(name)) {
                if (eq >= 0)
                    m_options.insert(name, body.mid(eq + 1));
                else if (i + 1 < m_arguments.size())
                    m_options.insert(name, m_arguments[++i]);
                else
                    m_parseError = tr("The option --%1 needs a value.").arg(name);
            } else if (flags.contains(name)) {
                m_flags.append(name);
            } else {
                m_parseError = tr("Unknown option: %1. See regulars --help.").arg(arg);
            }
        } else {
            m_words.append(arg);
        }
    }
}

CommandLine::~CommandLine() = default;

CommandGroup* CommandLine::groupFor(const QString& command) const
{
    for (const auto& group : m_groups) {
        if (group->commands().contains(command))
            return group.get();
    }
    return nullptr;
}

bool CommandLine::needsGuiApplication() const
{
    const QString command = subcommandGroupFor() ? subcommandName() : m_words.value(0);
    const CommandGroup* group = groupFor(command);
    return group && m_parseError.isEmpty() && group->needsGuiApplication(command);
}

QString CommandLine::subcommandName() const
{
    return m_words.value(0) + u' ' + m_words.value(1);
}

CommandGroup* CommandLine::subcommandGroupFor() const
{
    return m_words.size() >= 2 ? groupFor(subcommandName()) : nullptr;
}

bool CommandLine::hasOption(const QString& name) const
{
    return m_options.contains(name);
}

bool CommandLine::runsWithoutWindow() const
{
    return !m_words.isEmpty() || flag(QStringLiteral("help")) || flag(QStringLiteral("version")) ||
           !m_parseError.isEmpty();
}

QString CommandLine::option(const QString& name) const
{
    return m_options.value(name);
}

bool CommandLine::flag(const QString& name) const
{
    return m_flags.contains(name);
}

QString CommandLine::defaultDatabasePath()
{
    // Built from the generic data folder, so it is the same before and after the application object exists.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(folder).filePath(QStringLiteral("regulars/regulars.sqlite3"));
}

QString CommandLine::databasePath() const
{
    const QString given = option(QStringLiteral("db"));
    return given.isEmpty() ? defaultDatabasePath() : given;
}

QString CommandLine::language() const
{
    return option(QStringLiteral("lang"));
}

QString CommandLine::initialSearch() const
{
    return option(QStringLiteral("find"));
}

QString CommandLine::helpText() const
{
    const QString usage =
        tr("Usage: regulars [--db PATH] [--lang CODE] [COMMAND ...]\n"
           "\n"
           "Regulars keeps a shop's regular customers and their loyalty programme.\n"
           "Without a command it opens the window.\n"
           "\n"
           "Options:\n"
           "  --db PATH        the shop's database (default: %1)\n"
           "  --lang CODE      language: en, ar, fa, ru (default: the system's)\n"
           "  --find QUERY     open the window with this search, e.g. the phone number of a caller\n"
           "  -h, --help       show this help\n"
           "  -v, --version    show the version\n"
           "\n"
           "Commands:\n"
           "  customers find QUERY [--archived] [--limit N]\n"
           "      print the customers found by phone, card, last digits of a phone or name, as JSON "
           "lines\n"
           "  customers import FILE.csv [--region CC] [--skip-invalid] [--encoding E] [--delimiter D]\n"
           "      import customers; with any bad line nothing is imported unless --skip-invalid is given\n"
           "  customers export FILE.csv [--active-only] [--marketing]\n"
           "      write every customer to a CSV file; --marketing: only those who agreed to offers\n"
           "  demo [--customers N] [--seed S] [--region CC]\n"
           "      fill a new database with a demo shop\n")
            .arg(QDir::toNativeSeparators(defaultDatabasePath()));
    QString text = usage;
    for (const auto& group : m_groups)
        text += group->help();
    text += u'\n';
    text += tr("Once the shop has users, commands that change data ask for the owner's password (or read it "
               "from\nREGULARS_PASSWORD); find, balance, report, check and list never ask.\n");
    text += tr("Exit codes: 0 done, 1 refused (a message says why; nothing was changed), 2 wrong usage,\n"
               "3 the owner's password was missing or wrong (nothing was changed).\n");
    return text;
}

int CommandLine::run(QTextStream& out, QTextStream& err)
{
    if (!m_parseError.isEmpty()) {
        err << m_parseError << Qt::endl;
        return UsageError;
    }
    if (flag(QStringLiteral("help"))) {
        out << helpText();
        return Success;
    }
    if (flag(QStringLiteral("version"))) {
        out << QStringLiteral("regulars %1").arg(QStringLiteral(REGULARS_VERSION)) << Qt::endl;
        return Success;
    }
    const QString command = m_words.value(0);
    QString actor = UserSettings::operatorName();
    if (OwnerPassword::changesData(m_words) && !OwnerPassword::check(databasePath(), actor, err))
        return PasswordRefused;
    m_access = std::make_unique<OwnerEverywhere>(actor);
    // A group may add words to a built-in command ("customers anonymise"): it claims "customers anonymise".
    if (CommandGroup* group = subcommandGroupFor())
        return group->run(*this, m_words, out, err);
    if (command == u"customers")
        return customers(m_words.mid(1), out, err);
    if (command == u"demo")
        return demo(out, err);
    if (CommandGroup* group = groupFor(command))
        return group->run(*this, m_words, out, err);
    err << tr("Unknown command: %1. See regulars --help.").arg(command) << Qt::endl;
    return UsageError;
}

int CommandLine::customers(const QStringList& words, QTextStream& out, QTextStream& err)
{
    const QString action = words.value(0);
    if (words.size() != 2 || !(action == u"find" || action == u"import" || action == u"export")) {
        err << tr("Use: regulars customers find QUERY | import FILE.csv | export FILE.csv") << Qt::endl;
        return UsageError;
    }
    if (action == u"find")
        return customersFind(words[1], out, err);
    if (action == u"import")
        return customersImport(words[1], out, err);
    return customersExport(words[1], out, err);
}

int CommandLine::customersFind(const QString& query, QTextStream& out, QTextStream& err)
{
    auto db = openDatabase(Database::OpenMode::MustExist, err);
    if (!db)
        return Refused;
    SystemClock clock;
    CustomerDirectory directory(*db, clock);
    directory.setRegionOverride(option(QStringLiteral("region")).toUpper());
    bool limitOk = true;
    const int limit =
        option(QStringLiteral("limit")).isEmpty() ? 50 : option(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit <= 0) {
        err << tr("--limit takes a whole number above zero.") << Qt::endl;
        return UsageError;
    }
    for (const SearchHit& hit : directory.find(query, limit, flag(QStringLiteral("archived")))) {
        QJsonObject o = customerJson(hit.customer);
        o.insert(QStringLiteral("match"), matchKey(hit.match));
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << u'\n';
    }
    out.flush();
    return Success;
}

const AccessPolicy& CommandLine::access() const
{
    static const OwnerEverywhere unnamed{QString()};
    if (m_access)
        return *m_access;
    return unnamed;
}

std::unique_ptr<Database> CommandLine::openDatabase(Database::OpenMode mode, QTextStream& err) const
{
    auto db = Database::open(databasePath(), mode);
    if (!db) {
        err << db.error().message << Qt::endl;
        return nullptr;
    }
    if (!db.value()->warning().isEmpty())
        err << db.value()->warning() << Qt::endl;
    return std::move(db).value();
}

int CommandLine::customersImport(const QString& file, QTextStream& out, QTextStream& err)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        err << tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file), input.errorString()) << Qt::endl;
        return Refused;
    }
    const QByteArray bytes = input.readAll();
    auto db = openDatabase(Database::OpenMode::CreateIfMissing, err);
    if (!db)
        return Refused;
    SystemClock clock;
    CustomerDirectory directory(*db, clock);
    directory.setAccess(access());
    CustomerImport::Options options;
    options.region = option(QStringLiteral("region")).toUpper();
    if (!options.region.isEmpty() && !PhoneNumbers::isKnownRegion(options.region)) {
        err << tr("%1 is not a country code; use two letters such as RU, IR, SA or GB.").arg(options.region)
            << Qt::endl;
        return UsageError;
    }
    if (options.region.isEmpty() && directory.region().isEmpty()) {
        err << tr("The shop's country is not set, so phone numbers cannot be read. Give it with --region CC "
                  "(for example --region RU).")
            << Qt::endl;
        return UsageError;
    }
    const QString encoding = option(QStringLiteral("encoding"));
    if (!encoding.isEmpty()) {
        options.csv.encoding = CsvTable::canonicalEncoding(encoding.toLatin1());
        if (options.csv.encoding.isEmpty()) {
            err << tr("Unknown encoding %1; use UTF-8, UTF-16, windows-1251 or windows-1256.").arg(encoding)
                << Qt::endl;
            return UsageError;
        }
    }
    const QString delimiter = option(QStringLiteral("delimiter"));
    if (!delimiter.isEmpty()) {
        if (delimiter == u"tab" || delimiter == u"\\t")
            options.csv.delimiter = u'\t';
        else if (delimiter == u"," || delimiter == u";" || delimiter == u"comma" || delimiter == u"semicolon")
            options.csv.delimiter = (delimiter == u";" || delimiter == u"semicolon") ? u';' : u',';
        else {
            err << tr("Unknown separator %1; use comma, semicolon or tab.").arg(delimiter) << Qt::endl;
            return UsageError;
        }
    }

    CustomerImport importer(directory, *db, clock);
    auto preview = importer.preview(bytes, options);
    if (!preview) {
        err << preview.error().message << Qt::endl;
        return Refused;
    }
    // "line N: " is the machine-readable part scripts rely on, so it stays untranslated in every language.
    for (const CustomerImport::Issue& issue : preview->issues) {
        const QString reason = issue.column.isEmpty()
                                   ? issue.reason
                                   : tr("%1: %2", "column: problem").arg(issue.column, issue.reason);
        err << QStringLiteral("line %1: %2").arg(issue.line).arg(reason) << Qt::endl;
    }
    const bool skipInvalid = flag(QStringLiteral("skip-invalid"));
    if (preview->hasIssues() && !skipInvalid) {
        err << tr("Nothing was imported. Fix the lines above, or run again with --skip-invalid to import "
                  "only the "
                  "valid lines.")
            << Qt::endl;
        return Refused;
    }
    auto imported = importer.commit(preview.value(), skipInvalid);
    if (!imported) {
        err << imported.error().message << Qt::endl;
        return Refused;
    }
    // A shop that starts from an import takes the import's country, as the first-run setup would.
    if (!options.region.isEmpty() && !directory.settings().isSet(ShopSettings::Key::Country)) {
        if (auto saved = directory.setShopCountry(options.region); !saved)
            err << saved.error().message << Qt::endl;
    }
    out << tr("%Ln customer(s) imported.", nullptr, imported.value()) << Qt::endl;
    if (preview->hasIssues())
        err << tr("%Ln line(s) skipped.", nullptr, int(preview->rejectedRows.size())) << Qt::endl;
    return Success;
}

int CommandLine::customersExport(const QString& file, QTextStream& out, QTextStream& err)
{
    if (!access().allows(AccessPolicy::Action::ExportData)) {
        err << AccessPolicy::refusal(AccessPolicy::Action::ExportData) << Qt::endl;
        return Refused;
    }
    auto db = openDatabase(Database::OpenMode::MustExist, err);
    if (!db)
        return Refused;
    SystemClock clock;
    CustomerDirectory directory(*db, clock);
    directory.setAccess(access());
    CustomerExport exporter(directory);
    exporter.setMarketingOnly(flag(QStringLiteral("marketing")));
    auto written = exporter.writeFile(file, !flag(QStringLiteral("active-only")));
    if (!written) {
        err << written.error().message << Qt::endl;
        return Refused;
    }
    out << tr("%Ln customer(s) exported.", nullptr, written.value()) << Qt::endl;
    return Success;
}

int CommandLine::demo(QTextStream& out, QTextStream& err)
{
    DemoShop::Options options;
    bool ok = true;
    if (!option(QStringLiteral("customers")).isEmpty())
        options.customers = option(QStringLiteral("customers")).toInt(&ok);
    if (!ok || options.customers <= 0 || options.customers > 1000000) {
        err << tr("--customers takes a whole number from 1 to 1000000.") << Qt::endl;
        return UsageError;
    }
    if (!option(QStringLiteral("seed")).isEmpty())
        options.seed = option(QStringLiteral("seed")).toUInt(&ok);
    if (!ok) {
        err << tr("--seed takes a whole number.") << Qt::endl;
        return UsageError;
    }
    options.region = option(QStringLiteral("region")).toUpper();
    if (options.region.isEmpty())
        options.region = CustomerDirectory::systemRegion();
    if (options.region.isEmpty())
        options.region = QStringLiteral("GB");
    if (!PhoneNumbers::isKnownRegion(options.region)) {
        err << tr("%1 is not a country code; use two letters such as RU, IR, SA or GB.").arg(options.region)
            << Qt::endl;
        return UsageError;
    }
    options.language = language();
    auto db = openDatabase(Database::OpenMode::CreateIfMissing, err);
    if (!db)
        return Refused;
    SystemClock clock;
    DemoShop shop(*db, clock);
    auto summary = shop.create(options);
    if (!summary) {
        err << summary.error().message << Qt::endl;
        return Refused;
    }
    out << tr("Demo shop created in %1: %2 customers, %3 purchases.")
               .arg(QDir::toNativeSeparators(databasePath()))
               .arg(summary->customers)
               .arg(summary->sales)
        << Qt::endl;
    return Success;
}
