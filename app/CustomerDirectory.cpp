#include "CustomerDirectory.h"

#include "CardNumber.h"
#include "Database.h"
#include "PhoneNumbers.h"
#include "SearchKey.h"
#include "Translations.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

CustomerDirectory::CustomerDirectory(Database& db, const Clock& clock)
    : m_db(db), m_clock(clock), m_customers(db), m_consents(db), m_settings(db)
{
}

QString CustomerDirectory::systemRegion()
{
    const QString name = Translations::systemLocale().name(); // e.g. ru_RU
    const qsizetype underscore = name.indexOf(u'_');
    const QString region = underscore >= 0 ? name.mid(underscore + 1) : QString();
    return PhoneNumbers::isKnownRegion(region) ? region : QString();
}

QString CustomerDirectory::region() const
{
    if (!m_regionOverride.isEmpty())
        return m_regionOverride;
    if (!m_shopRegion) {
        const QString configured = m_settings.value(ShopSettings::Key::Country);
        m_shopRegion = configured.isEmpty() ? systemRegion() : configured;
    }
    return *m_shopRegion;
}

Result<void> CustomerDirectory::setShopCountry(const QString& region)
{
    m_shopRegion.reset();
    return m_settings.setValue(ShopSettings::Key::Country, region);
}

std::optional<CustomerRecord> CustomerDirectory::findOne(const QString& query, QList<SearchHit>* hits,
                                                         int candidates)
{
    if (query.startsWith(QStringLiteral("id:"))) {
        bool ok = false;
        const qint64 id = query.mid(3).toLongLong(&ok);
        return ok ? customer(id) : std::nullopt;
    }
    const QList<SearchHit> found = find(query, std::max(2, candidates));
    if (hits)
        *hits = found;
    const bool exact = !found.isEmpty() && (found.first().match == SearchHit::Match::Phone ||
                                            found.first().match == SearchHit::Match::Card);
    if (found.size() == 1 || exact)
        return found.first().customer;
    return std::nullopt;
}

QList<SearchHit> CustomerDirectory::find(const QString& rawQuery, int limit, bool includeArchived)
{
    QList<SearchHit> hits;
    QSet<qint64> seen;
    const auto add = [&](const CustomerRecord& c, SearchHit::Match match) {
        if (hits.size() >= limit || seen.contains(c.id) || (c.isArchived() && !includeArchived))
            return;
        seen.insert(c.id);
        hits.append({c, match});
    };
    const QString query = rawQuery.trimmed();
    if (query.isEmpty())
        return hits;

    if (PhoneNumbers::looksLikePhone(query)) {
        const QString digits = PhoneNumbers::digitsOf(query);
        const QString shopRegion = region();
        if (auto e164 = PhoneNumbers::toE164(query, shopRegion)) {
            if (auto c = m_customers.byPhone(e164.value()))
                add(*c, SearchHit::Match::Phone);
        }
        if (CardNumber::looksLikeCard(query)) {
            if (auto card = CardNumber::normalize(query)) {
                if (auto c = m_customers.byCard(card.value()))
                    add(*c, SearchHit::Match::Card);
            }
        }
        // A whole number that matched exactly is what was meant; otherwise the digits may end somebody's
        // phone.
        if (digits.size() >= 4 && hits.isEmpty()) {
            for (const CustomerRecord& c : m_customers.byPhoneEnding(digits, limit, includeArchived))
                add(c, SearchHit::Match::PhoneEnding);
        }
        return hits;
    }

    for (const CustomerRecord& c : m_customers.byNameWords(SearchKey::terms(query), limit, includeArchived))
        add(c, SearchHit::Match::Name);
    return hits;
}

std::optional<CustomerRecord> CustomerDirectory::customer(qint64 id)
{
    return m_customers.byId(id);
}

QDate CustomerDirectory::parseDate(const QString& rawText)
{
    const QString text = PhoneNumbers::asciiDigits(rawText).trimmed();
    if (text.isEmpty())
        return {};
    // Day first is how our users write dates; ISO is what exports and other systems write.
    for (const QString& format :
         {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy"), QStringLiteral("d.M.yyyy"),
          QStringLiteral("dd/MM/yyyy"), QStringLiteral("d/M/yyyy"), QStringLiteral("yyyy/MM/dd")}) {
        const QDate date = QDate::fromString(text, format);
        if (date.isValid())
            return date;
    }
    return {};
}

QList<FieldProblem> CustomerDirectory::validate(const CustomerDraft& draft, qint64 editingId) const
{
    QList<FieldProblem> problems;
    const QString phoneText = draft.phone.trimmed();
    const QString cardText = draft.card.trimmed();
    if (phoneText.isEmpty() && cardText.isEmpty())
        problems.append({FieldProblem::Field::Phone,
                         tr("Give a phone number or a card number, so the customer can be found again.")});
    if (!phoneText.isEmpty()) {
        if (region().isEmpty() && !phoneText.startsWith(u'+'))
            problems.append(
                {FieldProblem::Field::Phone,
                 tr("The shop's country is not set, so the number must start with + and the country "
                    "code. Set the country in Settings.")});
        else if (auto e164 = PhoneNumbers::toE164(phoneText, region()); !e164)
            problems.append({FieldProblem::Field::Phone, e164.error().message});
        else if (auto holder = m_customers.byPhone(e164.value()); holder && holder->id != editingId)
            problems.append({FieldProblem::Field::Phone,
                             tr("%1 already belongs to %2.")
                                 .arg(PhoneNumbers::formatInternational(e164.value()),
                                      holder->name.isEmpty() ? tr("another customer") : holder->name),
                             holder->id});
    }
    if (!cardText.isEmpty()) {
        if (auto card = CardNumber::normalize(cardText); !card)
            problems.append({FieldProblem::Field::Card, card.error().message});
        else if (auto holder = m_customers.byCard(card.value()); holder && holder->id != editingId)
            problems.append(
                {FieldProblem::Field::Card,
                 tr("Card %1 already belongs to %2.")
                     .arg(card.value(), holder->name.isEmpty() ? tr("another customer") : holder->name),
                 holder->id});
    }
    const QString email = draft.email.trimmed();
    if (!email.isEmpty() && !isEmailAddress(email))
        problems.append(
            {FieldProblem::Field::Email,
             tr("“%1” is not an email address; it should look like name@example.com.").arg(email)});
    if (!draft.birthday.trimmed().isEmpty()) {
        const QDate birthday = parseDate(draft.birthday);
        if (!birthday.isValid())
            problems.append({FieldProblem::Field::Birthday,
                             tr("“%1” is not a date; write it as day.month.year, for example 31.12.1990.")
                                 .arg(draft.birthday.trimmed())});
        else if (birthday > m_clock.nowUtc().date() || birthday.year() < EarliestBirthYear)
            problems.append(
                {FieldProblem::Field::Birthday,
                 tr("The birthday %1 cannot be right; check the year.").arg(draft.birthday.trimmed())});
    }
    if (draft.name.trimmed().size() > 200)
        problems.append(
            {FieldProblem::Field::Name, tr("The name is too long; keep it under 200 characters.")});
    if (editingId == 0) {
        if (!draft.dataConsent)
            problems.append(
                {FieldProblem::Field::Consent,
                 tr("Ask the customer whether the shop may keep their personal data, and tick the box when "
                    "they agree: without that consent their details cannot be saved.")});
        if (draft.recordedBy.trimmed().isEmpty())
            problems.append({FieldProblem::Field::Consent, tr("Write who recorded the consent.")});
    }
    return problems;
}

bool CustomerDirectory::isEmailAddress(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(text).hasMatch();
}

CustomerRecord CustomerDirectory::toRecord(const CustomerDraft& draft) const
{
    CustomerRecord record;
    record.name = draft.name.simplified();
    record.nickname = draft.nickname.simplified();
    if (!draft.phone.trimmed().isEmpty()) {
        if (auto e164 = PhoneNumbers::toE164(draft.phone, region()))
            record.phoneE164 = e164.value();
    }
    if (!draft.card.trimmed().isEmpty()) {
        if (auto card = CardNumber::normalize(draft.card))
            record.cardNumber = card.value();
    }
    record.email = draft.email.trimmed();
    record.birthday = parseDate(draft.birthday);
    record.notes = draft.notes.trimmed();
    return record;
}

ConsentRecord CustomerDirectory::consentRecord(qint64 customerId, ConsentRecord::Purpose purpose,
                                               bool granted, ConsentRecord::Channel channel,
                                               const QString& recordedBy) const
{
    ConsentRecord consent;
    consent.customerId = customerId;
    consent.purpose = purpose;
    consent.granted = granted;
    consent.at = m_clock.nowUtc();
    consent.channel = channel;
    consent.textVersion = m_settings.value(ShopSettings::Key::ConsentVersion);
    const QString text =
        m_settings.value(purpose == ConsentRecord::Purpose::Data ? ShopSettings::Key::ConsentDataText
                                                                 : ShopSettings::Key::ConsentMarketingText);
    consent.textSha256 =
        QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
    consent.recordedBy = recordedBy;
    return consent;
}

Result<qint64> CustomerDirectory::create(const CustomerDraft& draft)
{
    const QList<FieldProblem> problems = validate(draft);
    if (!problems.isEmpty())
        return makeError(problems.first().existingCustomerId ? Error::Kind::Duplicate : Error::Kind::Invalid,
                         problems.first().message, problems.first().existingCustomerId);
    CustomerRecord record = toRecord(draft);
    record.createdAt = m_clock.nowUtc();

    Transaction transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    auto id = m_customers.insert(record);
    if (!id)
        return id.error();
    {
        for (auto [purpose, granted] :
             {std::pair{ConsentRecord::Purpose::Data, draft.dataConsent},
              std::pair{ConsentRecord::Purpose::Marketing, draft.marketingConsent}}) {
            auto recorded = m_consents.record(
                consentRecord(id.value(), purpose, granted, draft.consentChannel, draft.recordedBy));
            if (!recorded)
                return recorded.error();
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<void> CustomerDirectory::update(qint64 id, const CustomerDraft& draft)
{
    const auto existing = m_customers.byId(id);
    if (!existing)
        return makeError(Error::Kind::NotFound, tr("The customer no longer exists."));
    const QList<FieldProblem> problems = validate(draft, id);
    if (!problems.isEmpty())
        return makeError(problems.first().existingCustomerId ? Error::Kind::Duplicate : Error::Kind::Invalid,
                         problems.first().message, problems.first().existingCustomerId);
    CustomerRecord record = toRecord(draft);
    record.id = id;
    record.createdAt = existing->createdAt;
    record.archivedAt = existing->archivedAt;
    Transaction transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    if (auto updated = m_customers.update(record); !updated)
        return updated;
    return transaction.commit();
}

Result<void> CustomerDirectory::archive(qint64 id)
{
    return m_customers.setArchived(id, m_clock.nowUtc());
}

Result<void> CustomerDirectory::restore(qint64 id)
{
    const auto existing = m_customers.byId(id);
    if (!existing)
        return makeError(Error::Kind::NotFound, tr("The customer no longer exists."));
    return m_customers.setArchived(id, QDateTime());
}

QString CustomerDirectory::nextFreeCard()
{
    const QString prefix = m_settings.value(ShopSettings::Key::CardPrefix);
    qint64 serial = m_customers.highestCardSerial(prefix) + 1;
    QString card = CardNumber::fromSerial(prefix, serial);
    while (m_customers.byCard(card))
        card = CardNumber::fromSerial(prefix, ++serial);
    return card;
}

Result<void> CustomerDirectory::recordConsent(qint64 customerId, ConsentRecord::Purpose purpose, bool granted,
                                              ConsentRecord::Channel channel, const QString& recordedBy)
{
    if (!m_customers.byId(customerId))
        return makeError(Error::Kind::NotFound, tr("The customer no longer exists."));
    auto recorded = m_consents.record(consentRecord(customerId, purpose, granted, channel, recordedBy));
    if (!recorded)
        return recorded.error();
    return {};
}

std::optional<ConsentRecord> CustomerDirectory::consent(qint64 customerId, ConsentRecord::Purpose purpose)
{
    return m_consents.current(customerId, purpose);
}

QList<ConsentRecord> CustomerDirectory::consentHistory(qint64 customerId)
{
    return m_consents.history(customerId);
}
