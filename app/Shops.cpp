#include "Shops.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"

#include <QJsonObject>

namespace {
constexpr qsizetype kLongestName = 80;

QJsonObject shopJson(const ShopRecord& shop)
{
    return {{QStringLiteral("id"), shop.id}, {QStringLiteral("name"), Shops::displayName(shop)}};
}
} // namespace

Shops::Shops(Database& db, const Clock& clock, const AccessPolicy& access)
    : m_db(db), m_clock(clock), m_access(access), m_store(db)
{
}

QString Shops::displayName(const ShopRecord& shop)
{
    return shop.name.isEmpty() ? tr("Main shop") : shop.name;
}

Result<QList<ShopRecord>> Shops::all() const
{
    auto shops = m_store.all();
    if (!shops)
        return makeError(Error::Kind::Failed, tr("The shops could not be read: %1").arg(shops.error().message));
    return shops;
}

Result<QList<TillRecord>> Shops::tills() const
{
    auto tills = m_store.tills();
    if (!tills)
        return makeError(Error::Kind::Failed, tr("The tills could not be read: %1").arg(tills.error().message));
    return tills;
}

Result<ShopRecord> Shops::find(const QString& idOrName) const
{
    auto shops = all();
    if (!shops)
        return shops.error();
    const QString wanted = idOrName.simplified();
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    for (const ShopRecord& shop : shops.value())
        if ((isNumber && shop.id == id) || displayName(shop).compare(wanted, Qt::CaseInsensitive) == 0)
            return shop;
    return makeError(Error::Kind::NotFound,
                     tr("There is no shop “%1”. See regulars shops list.").arg(idOrName));
}

Result<ShopRecord> Shops::shopOfTill(const QString& tillName) const
{
    auto shops = all();
    if (!shops)
        return shops.error();
    const qint64 id = m_store.shopOfTill(tillName).value_or(m_store.firstShopId());
    for (const ShopRecord& shop : shops.value())
        if (shop.id == id)
            return shop;
    return makeError(Error::Kind::NotFound, tr("Till %1 belongs to no shop.").arg(tillName));
}

QString Shops::chainShopName(const QString& tillName) const
{
    auto shops = m_store.all();
    if (!shops || shops->size() < 2)
        return {};
    auto shop = shopOfTill(tillName);
    return shop ? displayName(shop.value()) : QString();
}

Result<QString> Shops::checkedName(const QString& name, qint64 exceptShopId) const
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return makeError(Error::Kind::Invalid, tr("A shop needs a name."));
    if (clean.size() > kLongestName)
        return makeError(Error::Kind::Invalid, tr("A shop's name can have at most %1 characters.").arg(kLongestName));
    bool isNumber = false;
    clean.toLongLong(&isNumber);
    if (isNumber)
        return makeError(Error::Kind::Invalid,
                         tr("A shop's name cannot be only a number: numbers name shops by their id."));
    auto shops = all();
    if (!shops)
        return shops.error();
    for (const ShopRecord& shop : shops.value())
        if (shop.id != exceptShopId && displayName(shop).compare(clean, Qt::CaseInsensitive) == 0)
            return makeError(Error::Kind::Duplicate, tr("There is already a shop called “%1”.").arg(clean));
    return clean;
}

Result<ShopRecord> Shops::add(const QString& name)
{
    if (!m_access.allows(AccessPolicy::Action::ChangeSettings))
        return makeError(Error::Kind::NotAllowed, tr("Only the owner can add shops or move tills."));
    Transaction tx(m_db);
    if (auto begun = tx.begun(); !begun)
        return begun.error();
    auto clean = checkedName(name, 0);
    if (!clean)
        return clean.error();
    ShopRecord shop;
    shop.name = clean.value();
    shop.createdAtMs = m_clock.nowUtc().toMSecsSinceEpoch();
    auto id = m_store.add(shop.name, shop.createdAtMs);
    if (!id)
        return makeError(id.error().kind, id.error().kind == Error::Kind::Duplicate
                                              ? tr("There is already a shop called “%1”.").arg(shop.name)
                                              : tr("The shop was not added: %1").arg(id.error().message));
    shop.id = id.value();
    AuditLog audit(m_db, m_clock, m_access);
    if (auto r = audit.record(QStringLiteral("shop.create"), {QStringLiteral("shop"), QString::number(shop.id)},
                              {}, shopJson(shop));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return shop;
}

Result<void> Shops::rename(qint64 shopId, const QString& name)
{
    if (!m_access.allows(AccessPolicy::Action::ChangeSettings))
        return makeError(Error::Kind::NotAllowed, tr("Only the owner can add shops or move tills."));
    Transaction tx(m_db);
    if (auto begun = tx.begun(); !begun)
        return begun.error();
    auto before = find(QString::number(shopId));
    if (!before)
        return before.error();
    auto clean = checkedName(name, shopId);
    if (!clean)
        return clean.error();
    if (clean.value() == before->name)
        return {};
    if (auto r = m_store.rename(shopId, clean.value()); !r)
        return makeError(r.error().kind, tr("The shop was not renamed: %1").arg(r.error().message));
    ShopRecord after = before.value();
    after.name = clean.value();
    AuditLog audit(m_db, m_clock, m_access);
    if (auto r = audit.record(QStringLiteral("shop.rename"), {QStringLiteral("shop"), QString::number(shopId)},
                              shopJson(before.value()), shopJson(after));
        !r)
        return r;
    return tx.commit();
}

Result<void> Shops::assignTill(const QString& tillName, qint64 shopId)
{
    if (!m_access.allows(AccessPolicy::Action::ChangeSettings))
        return makeError(Error::Kind::NotAllowed, tr("Only the owner can add shops or move tills."));
    const QString till = tillName.trimmed();
    if (till.isEmpty())
        return makeError(Error::Kind::Invalid, tr("Name the till to move."));
    Transaction tx(m_db);
    if (auto begun = tx.begun(); !begun)
        return begun.error();
    auto target = find(QString::number(shopId));
    if (!target)
        return target.error();
    auto before = shopOfTill(till);
    if (!before)
        return before.error();
    const bool registered = m_store.shopOfTill(till).has_value();
    if (registered && before->id == shopId)
        return {};
    if (auto r = m_store.assignTill(till, shopId, m_clock.nowUtc().toMSecsSinceEpoch()); !r)
        return makeError(r.error().kind, tr("The till was not moved: %1").arg(r.error().message));
    AuditLog audit(m_db, m_clock, m_access);
    if (auto r = audit.record(QStringLiteral("till.assign"), {QStringLiteral("till"), till},
                              registered ? QJsonObject{{QStringLiteral("shop"), shopJson(before.value())}}
                                         : QJsonObject{},
                              {{QStringLiteral("shop"), shopJson(target.value())}});
        !r)
        return r;
    return tx.commit();
}
