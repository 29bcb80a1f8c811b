#include "TillCopy.h"

#include "Clock.h"
#include "LoyaltyLedger.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QUrl>

namespace {
const QString serverKey = QStringLiteral("server");
const QString refreshedKey = QStringLiteral("refreshed_at");

QString withoutPassword(const QString& url)
{
    return QUrl(url).toString(QUrl::RemovePassword);
}
} // namespace

QString TillCopy::defaultLocation(const QString& serverUrl)
{
    const QByteArray hash =
        QCryptographicHash::hash(withoutPassword(serverUrl).toUtf8(), QCryptographicHash::Sha256).toHex();
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("regulars/tills/%1.sqlite3").arg(QString::fromLatin1(hash.left(16))));
}

Result<std::unique_ptr<TillCopy>> TillCopy::open(const QString& file, const QString& serverUrl)
{
    auto db = Database::open(file, Database::OpenMode::CreateIfMissing);
    if (!db)
        return db.error();
    std::unique_ptr<TillCopy> copy(new TillCopy(std::move(db).value(), withoutPassword(serverUrl)));
    if (auto prepared = copy->m_store.prepare(); !prepared)
        return prepared.error();
    const QString recorded = copy->m_store.meta(serverKey);
    if (recorded.isEmpty()) {
        if (auto r = copy->m_store.setMeta(serverKey, copy->m_server); !r)
            return r.error();
    } else if (recorded != copy->m_server) {
        return makeError(Error::Kind::Invalid,
                         tr("The till's copy %1 belongs to the server %2, not to %3.")
                             .arg(QDir::toNativeSeparators(file), recorded, copy->m_server));
    }
    return copy;
}

Result<std::unique_ptr<TillCopy>> TillCopy::openFor(const QString& serverUrl)
{
    return open(defaultLocation(serverUrl), serverUrl);
}

TillCopy::TillCopy(std::unique_ptr<Database> db, QString server)
    : m_db(std::move(db)), m_store(*m_db), m_server(std::move(server))
{
}

QDateTime TillCopy::refreshedAt() const
{
    const QString ms = m_store.meta(refreshedKey);
    return ms.isEmpty() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

Result<TillCopy::Refresh> TillCopy::refresh(Database& server, const Clock& clock)
{
    if (const qint64 waiting = m_store.waitingCount(); waiting > 0)
        return makeError(Error::Kind::Invalid,
                         tr("%Ln piece(s) of offline work must reach the server before the till's copy is "
                            "refreshed.",
                            nullptr, int(waiting)));
    QElapsedTimer timer;
    timer.start();
    const OwnerEverywhere nobody(QString{});
    const LoyaltyProgramme programme = LoyaltyLedger(server, clock, nobody).programme();
    const QDateTime now = clock.nowUtc();
    const bool needsSpend = programme.tiersEnabled ||
                            programme.discountMode == LoyaltyProgramme::DiscountMode::Cumulative ||
                            (programme.welcomeOn == LoyaltyProgramme::WelcomeOn::FirstPurchase &&
                             programme.welcomeBonus > 0);
    auto counts = m_store.refreshFrom(server, needsSpend ? now.addMonths(-programme.tierWindowMonths) : QDateTime());
    if (!counts)
        return counts.error();
    if (auto r = m_store.setMeta(refreshedKey, QString::number(now.toMSecsSinceEpoch())); !r)
        return r.error();
    return Refresh{counts.value(), timer.elapsed()};
}
