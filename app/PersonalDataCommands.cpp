#include "PersonalDataCommands.h"

#include "AccessPolicy.h"
#include "Clock.h"
#include "CommandLine.h"
#include "CustomerDirectory.h"
#include "PersonalData.h"
#include "ShopSettings.h"
#include "UserSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace {
const QString kExport = QStringLiteral("customers export-personal");
const QString kAnonymise = QStringLiteral("customers anonymise");
const QString kLapsed = QStringLiteral("customers lapsed");
} // namespace

QStringList PersonalDataCommands::commands() const
{
    return {kExport, kAnonymise, kLapsed};
}

QStringList PersonalDataCommands::valueOptions() const
{
    return {QStringLiteral("out"), QStringLiteral("format"), QStringLiteral("years")};
}

QString PersonalDataCommands::help() const
{
    return tr("  customers export-personal QUERY --out FILE.json|FILE.pdf [--format json|pdf]\n"
              "      everything the shop holds about one customer, for them to read (owner)\n"
              "  customers anonymise QUERY\n"
              "      erase a customer's contact details; their purchases and points stay, anonymous (owner)\n"
              "  customers lapsed [--years N]\n"
              "      customers with no purchase for N years (default: the shop's retention rule), as JSON\n"
              "      lines\n");
}

bool PersonalDataCommands::needsGuiApplication(const QString& command) const
{
    return command == kExport;
}

int PersonalDataCommands::run(CommandLine& cli, const QStringList& words, QTextStream& out, QTextStream& err)
{
    const QString command = words.value(0) + u' ' + words.value(1);
    auto db = cli.openDatabase(Database::OpenMode::MustExist, err);
    if (!db)
        return CommandLine::Refused;
    SystemClock clock;
    OwnerEverywhere access(UserSettings::operatorName());
    PersonalData personal(*db, clock, access);

    if (command == kLapsed) {
        if (words.size() != 2) {
            err << tr("Use: regulars customers lapsed [--years N]") << Qt::endl;
            return CommandLine::UsageError;
        }
        bool ok = true;
        const QString given = cli.option(QStringLiteral("years"));
        const int years = given.isEmpty()
                              ? ShopSettings(*db).value(ShopSettings::Key::RetentionYears).toInt(&ok)
                              : given.toInt(&ok);
        if (!ok || years < 0) {
            err << tr("--years takes a whole number of years.") << Qt::endl;
            return CommandLine::UsageError;
        }
        if (years == 0) {
            err << tr("The retention rule is off. Give --years N to list customers with no purchase for N "
                      "years.")
                << Qt::endl;
            return CommandLine::UsageError;
        }
        auto lapsed = personal.lapsed(years);
        if (!lapsed) {
            err << lapsed.error().message << Qt::endl;
            return CommandLine::Refused;
        }
        for (const LapsedCustomer& c : lapsed.value()) {
            const QJsonObject o{{QStringLiteral("id"), c.id},
                                {QStringLiteral("name"), c.name},
                                {QStringLiteral("created_at"), c.createdAt.toString(Qt::ISODate)},
                                {QStringLiteral("last_sale_at"),
                                 c.lastSaleAt.isValid() ? QJsonValue(c.lastSaleAt.toString(Qt::ISODate))
                                                        : QJsonValue(QJsonValue::Null)}};
            out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << u'\n';
        }
        out.flush();
        return CommandLine::Success;
    }

    if (words.size() != 3) {
        err << (command == kExport
                    ? tr("Use: regulars customers export-personal QUERY --out FILE.json|FILE.pdf")
                    : tr("Use: regulars customers anonymise QUERY"))
            << Qt::endl;
        return CommandLine::UsageError;
    }
    CustomerDirectory directory(*db, clock);
    QList<SearchHit> hits;
    const auto customer = directory.findOne(words[2], &hits, 6);
    if (!customer) {
        err << (hits.isEmpty() ? tr("No customer matches “%1”. Try a phone number, a card number or id:N.")
                               : tr("“%1” matches several customers; give their phone, card or id:N."))
                   .arg(words[2])
            << Qt::endl;
        return CommandLine::Refused;
    }
    if (command == kAnonymise) {
        if (auto done = personal.anonymise(customer->id); !done) {
            err << done.error().message << Qt::endl;
            return CommandLine::Refused;
        }
        out << tr("Customer number %1 was anonymised: contact details erased, purchases and points kept.")
                   .arg(customer->id)
            << Qt::endl;
        return CommandLine::Success;
    }
    const QString file = cli.option(QStringLiteral("out"));
    if (file.isEmpty()) {
        err << tr("Give the file to write with --out FILE.json or --out FILE.pdf.") << Qt::endl;
        return CommandLine::UsageError;
    }
    if (auto written = personal.exportTo(customer->id, file, cli.option(QStringLiteral("format")));
        !written) {
        err << written.error().message << Qt::endl;
        return written.error().kind == Error::Kind::Invalid ? CommandLine::UsageError : CommandLine::Refused;
    }
    out << tr("Everything kept about customer number %1 was written to %2.")
               .arg(customer->id)
               .arg(QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath()))
        << Qt::endl;
    return CommandLine::Success;
}
