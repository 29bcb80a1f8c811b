#include "CardBatches.h"

#include "CardNumber.h"
#include "Clock.h"
#include "CustomerStore.h"
#include "Database.h"
#include "LoyaltyProgramme.h"
#include "ShopLogo.h"
#include "ShopSettings.h"
#include "StampCardStore.h"

CardBatches::CardBatches(Database& db, const Clock& clock) : m_db(db), m_clock(clock)
{
}

CardSheetLayout::Content CardBatches::shopContent(CardSheetLayout::Kind kind) const
{
    CardSheetLayout::Content content;
    content.kind = kind;
    content.shopName = ShopSettings(m_db).value(ShopSettings::Key::ShopName);
    content.logo = ShopLogo::image(ShopSettings(m_db));
    return content;
}

Result<CardSheetLayout::Content> CardBatches::membershipCards(const QList<CustomerRecord>& customers) const
{
    CardSheetLayout::Content content = shopContent(CardSheetLayout::Kind::Membership);
    for (const CustomerRecord& customer : customers) {
        if (customer.cardNumber.isEmpty())
            return makeError(Error::Kind::Invalid,
                             tr("%1 has no card number yet: give them one first.").arg(customer.name));
        content.cards.append({customer.cardNumber, customer.name});
    }
    return content;
}

Result<CardBatches::Batch> CardBatches::newMembershipCards(int count) const
{
    if (count < 1 || count > MaxBatch)
        return makeError(Error::Kind::Invalid, tr("Print between 1 and 10,000 cards at a time."));
    const ShopSettings settings(m_db);
    const QString prefix = settings.value(ShopSettings::Key::CardPrefix);
    CustomerStore customers(m_db);
    Batch batch;
    batch.content = shopContent(CardSheetLayout::Kind::Membership);
    batch.lastSerial = settings.value(ShopSettings::Key::LastNewCardSerial).toLongLong();
    while (batch.content.cards.size() < count) {
        const QString number = CardNumber::fromSerial(prefix, ++batch.lastSerial);
        if (customers.byCard(number))
            continue; // a customer already holds it
        batch.content.cards.append({number, QString()});
    }
    return batch;
}

Result<void> CardBatches::keepMembershipCards(const Batch& batch)
{
    ShopSettings settings(m_db);
    // Another till's later batch is never rolled back.
    if (settings.value(ShopSettings::Key::LastNewCardSerial).toLongLong() >= batch.lastSerial)
        return {};
    return settings.setValue(ShopSettings::Key::LastNewCardSerial, QString::number(batch.lastSerial));
}

Result<CardBatches::Batch> CardBatches::newStampCards(int count, const LoyaltyProgramme& programme) const
{
    if (count < 1 || count > MaxBatch)
        return makeError(Error::Kind::Invalid, tr("Print between 1 and 10,000 stamp cards at a time."));
    const QString prefix = ShopSettings(m_db).value(ShopSettings::Key::StampCardPrefix);
    const StampCardStore store(m_db);
    Batch batch;
    batch.content = shopContent(CardSheetLayout::Kind::StampCard);
    batch.content.stamps = programme.stampsToFill;
    batch.content.reward = programme.stampReward;
    batch.capacity = std::max(1, programme.stampsToFill);
    // New serials follow the highest one the shop has, so a number is never printed twice.
    qint64 serial = store.highestSerialNumber(prefix) + 1;
    while (batch.content.cards.size() < count) {
        const QString number = CardNumber::fromSerial(prefix, serial++);
        if (store.bySerial(number))
            continue; // printed before: the next number
        batch.content.cards.append({number, QString()});
    }
    return batch;
}

Result<void> CardBatches::keepStampCards(const Batch& batch)
{
    Transaction tx(m_db);
    if (auto begun = tx.begun(); !begun)
        return begun;
    StampCardStore store(m_db);
    for (const CardSheetLayout::Card& printed : batch.content.cards) {
        StampCard card;
        card.serial = printed.number;
        card.capacity = batch.capacity;
        card.createdAt = m_clock.nowUtc();
        if (auto created = store.create(card); !created) {
            if (created.error().kind == Error::Kind::Duplicate)
                return makeError(Error::Kind::Duplicate,
                                 tr("Stamp card %1 was registered by another till a moment ago. Print the "
                                    "batch again for new numbers.")
                                     .arg(printed.number));
            return created.error();
        }
    }
    return tx.commit();
}
