#include "CommandLine.h"

#include "CustomerDirectory.h"
#include "Database.h"
#include "PhoneNumbers.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <memory>

namespace {
// Options that take a value; every other --option is a flag.
const QStringList kValueOptions = {
    QStringLiteral("db"),       QStringLiteral("lang"),     QStringLiteral("region"),   QStringLiteral("customers"),
    QStringLiteral("seed"),     QStringLiteral("limit"),    QStringLiteral("encoding"), QStringLiteral("delimiter"),
};
const QStringList kFlags = {QStringLiteral("help"), QStringLiteral("version"), QStringLiteral("skip-invalid"),
                            QStringLiteral("archived"), QStringLiteral("active-only")};

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

CommandLine::CommandLine(QStringList arguments) : m_arguments(std::move(arguments))
{
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
            if (kValueOptions.contains(name)) {
                if (eq >= 0)
                    m_options.insert(name, body.mid(eq + 1));
                else if (i + 1 < m_arguments.size())
                    m_options.insert(name, m_arguments[++i]);
                else
                    m_parseError = tr("The option --%1 needs a value.").arg(name);
            } else if (kFlags.contains(name)) {
                m_flags.append(name);
            } else {
                m_parseError = tr("Unknown option: %1. See regulars --help.").arg(arg);
            }
        } else {
            m_words.append(arg);
        }
    }
}

bool CommandLine::runsWithoutWindow() const
{
    return !m_words.isEmpty() || flag(QStringLiteral("help")) || flag(QStringLiteral("version"))
           || !m_parseError.isEmpty();
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
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("regulars.sqlite3"));
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

QString CommandLine::helpText() const
{
    return tr("Usage: regulars [--db PATH] [--lang CODE] [COMMAND ...]\n"
              "\n"
              "Regulars keeps a shop's regular customers and their loyalty programme.\n"
              "Without a command it opens the window.\n"
              "\n"
              "Options:\n"
              "  --db PATH        the shop's database (default: %1)\n"
              "  --lang CODE      language: en, ar, fa, ru (default: the system's)\n"
              "  -h, --help       show this help\n"
              "  -v, --version    show the version\n"
              "\n"
              "Commands:\n"
              "  customers find QUERY [--archived] [--limit N]\n"
              "      print the customers found by phone, card, last digits of a phone or name, as JSON lines\n"
              "  customers import FILE.csv [--region CC] [--skip-invalid] [--encoding E] [--delimiter D]\n"
              "      import customers; with any bad line nothing is imported unless --skip-invalid is given\n"
              "  customers export FILE.csv [--active-only]\n"
              "      write every customer to a CSV file\n"
              "  demo [--customers N] [--seed S] [--region CC]\n"
              "      fill a new database with a demo shop\n"
              "\n"
              "Exit codes: 0 done, 1 refused (a message says why; nothing was changed), 2 wrong usage.\n")
        .arg(QDir::toNativeSeparators(defaultDatabasePath()));
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
    if (command == u"customers")
        return customers(m_words.mid(1), out, err);
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
    err << tr("Use: regulars customers find QUERY") << Qt::endl;
    return UsageError;
}

int CommandLine::customersFind(const QString& query, QTextStream& out, QTextStream& err)
{
    auto db = Database::open(databasePath(), Database::OpenMode::MustExist);
    if (!db) {
        err << db.error().message << Qt::endl;
        return Refused;
    }
    SystemClock clock;
    CustomerDirectory directory(*db.value(), clock);
    directory.setRegionOverride(option(QStringLiteral("region")).toUpper());
    bool limitOk = true;
    const int limit = option(QStringLiteral("limit")).isEmpty() ? 50 : option(QStringLiteral("limit")).toInt(&limitOk);
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
