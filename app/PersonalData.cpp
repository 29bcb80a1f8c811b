#include "PersonalData.h"

#include "AccessPolicy.h"
#include "Clock.h"
#include "DataEvents.h"
#include "Database.h"
#include "PersonalDataLayout.h"
#include "ShopSettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {
constexpr PersonalDataStore::Section kHistory[] = {
    PersonalDataStore::Section::Consents, PersonalDataStore::Section::Sales,
    PersonalDataStore::Section::Ledger,   PersonalDataStore::Section::StampCards,
    PersonalDataStore::Section::Vouchers, PersonalDataStore::Section::Coupons,
};

QJsonValue jsonValue(const QString& column, const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    if (PersonalDataStore::isTimeColumn(column))
        return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs);
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::ULongLong: // PostgreSQL's driver gives a non-negative BIGINT as unsigned
    case QMetaType::Int:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    default:
        return value.toString();
    }
}

QJsonObject rowJson(const PersonalDataTable& table, const QVariantList& row)
{
    QJsonObject o;
    for (qsizetype i = 0; i < table.columns.size(); ++i)
        o.insert(table.columns[i], jsonValue(table.columns[i], row.value(i)));
    return o;
}

QString sha256(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}
} // namespace

PersonalData::PersonalData(Database& db, const Clock& clock, const AccessPolicy& access)
    : m_db(db), m_clock(clock), m_access(access), m_store(db)
{
}

QString PersonalData::sectionKey(PersonalDataStore::Section section)
{
    switch (section) {
    case PersonalDataStore::Section::Details:
        return QStringLiteral("customer");
    case PersonalDataStore::Section::Consents:
        return QStringLiteral("consents");
    case PersonalDataStore::Section::Sales:
        return QStringLiteral("sales");
    case PersonalDataStore::Section::Ledger:
        return QStringLiteral("ledger");
    case PersonalDataStore::Section::StampCards:
        return QStringLiteral("stamp_cards");
    case PersonalDataStore::Section::Vouchers:
        return QStringLiteral("vouchers");
    case PersonalDataStore::Section::Coupons:
        return QStringLiteral("coupons");
    }
    return {};
}

QString PersonalData::anonymousLabel(qint64 customerId)
{
    return tr("Customer #%1").arg(customerId);
}

Result<QJsonObject> PersonalData::collect(qint64 customerId)
{
    if (!m_access.allows(AccessPolicy::Action::ExportPersonalData))
        return makeError(Error::Kind::NotAllowed,
                         AccessPolicy::refusal(AccessPolicy::Action::ExportPersonalData));
    auto details = m_store.table(PersonalDataStore::Section::Details, customerId);
    if (!details)
        return details.error();
    if (details->rows.isEmpty())
        return makeError(Error::Kind::NotFound, tr("There is no customer number %1.").arg(customerId));
    ShopSettings settings(m_db);
    QJsonObject all;
    all.insert(QStringLiteral("shop"), settings.value(ShopSettings::Key::ShopName));
    all.insert(QStringLiteral("exported_at"), m_clock.nowUtc().toString(Qt::ISODateWithMs));
    all.insert(sectionKey(PersonalDataStore::Section::Details),
               rowJson(details.value(), details->rows.first()));
    for (PersonalDataStore::Section section : kHistory) {
        auto table = m_store.table(section, customerId);
        if (!table)
            return table.error();
        QJsonArray rows;
        for (const QVariantList& row : table->rows)
            rows.append(rowJson(table.value(), row));
        all.insert(sectionKey(section), rows);
    }
    // The words the customer agreed to: the texts in force, with their version and hash, so each consent
    // record's hash can be matched to them.
    const QString dataText = settings.value(ShopSettings::Key::ConsentDataText);
    const QString marketingText = settings.value(ShopSettings::Key::ConsentMarketingText);
    all.insert(QStringLiteral("consent_texts"),
               QJsonObject{{QStringLiteral("version"), settings.value(ShopSettings::Key::ConsentVersion)},
                           {QStringLiteral("data"), dataText},
                           {QStringLiteral("data_sha256"), sha256(dataText)},
                           {QStringLiteral("marketing"), marketingText},
                           {QStringLiteral("marketing_sha256"), sha256(marketingText)}});
    return all;
}

Result<void> PersonalData::exportTo(qint64 customerId, const QString& path, const QString& format)
{
    const QString kind = format.isEmpty() ? QFileInfo(path).suffix().toLower() : format.toLower();
    if (kind != u"json" && kind != u"pdf")
        return makeError(
            Error::Kind::Invalid,
            tr("Say which format to write: a file name ending in .json or .pdf, or --format json|pdf."));
    auto all = collect(customerId);
    if (!all)
        return all.error();
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (kind == u"json") {
        QSaveFile file(path);
        const QByteArray json = QJsonDocument(all.value()).toJson(QJsonDocument::Indented);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
            return makeError(Error::Kind::CannotOpen,
                             tr("Cannot write %1: %2").arg(shown, file.errorString()));
    } else if (auto written = PersonalDataLayout(all.value()).writePdf(path); !written) {
        return written;
    }
    DataEvents::record(m_db, m_access, QStringLiteral("customer.export_personal"),
                       QStringLiteral("customer:%1").arg(customerId), shown);
    return {};
}

Result<void> PersonalData::anonymise(qint64 customerId)
{
    if (!m_access.allows(AccessPolicy::Action::AnonymiseCustomer))
        return makeError(Error::Kind::NotAllowed,
                         AccessPolicy::refusal(AccessPolicy::Action::AnonymiseCustomer));
    if (m_store.isAnonymised(customerId))
        return makeError(Error::Kind::Invalid,
                         tr("Customer number %1 is anonymised already.").arg(customerId));
    auto done = m_store.anonymise(customerId, anonymousLabel(customerId), m_clock.nowUtc());
    if (!done) {
        if (done.error().kind == Error::Kind::NotFound)
            return makeError(Error::Kind::NotFound, tr("There is no customer number %1.").arg(customerId));
        return makeError(Error::Kind::Failed,
                         tr("The customer could not be anonymised: %1").arg(done.error().message));
    }
    DataEvents::record(m_db, m_access, QStringLiteral("customer.anonymise"),
                       QStringLiteral("customer:%1").arg(customerId), QString());
    return {};
}

Result<QList<LapsedCustomer>> PersonalData::lapsed(int years)
{
    if (years <= 0)
        return QList<LapsedCustomer>();
    return m_store.lapsedSince(m_clock.nowUtc().addYears(-years));
}
