#pragma once

#include "AccessPolicy.h"
#include "AuditLog.h"
#include "Clock.h"
#include "ConsentStore.h"
#include "CustomerRecord.h"
#include "CustomerStore.h"
#include "Result.h"
#include "ShopSettings.h"

#include <QCoreApplication>
#include <QList>

class Database;

// What a person fills in for a new customer or an edit, still as typed.
struct CustomerDraft
{
    QString name;
    QString nickname;
    QString phone;
    QString card;
    QString email;
    QString birthday; // ISO date or the locale's short format; empty for none
    QString notes;

    // Consent given now, recorded with the draft when the customer is created.
    bool dataConsent = false;
    bool marketingConsent = false;
    ConsentRecord::Channel consentChannel = ConsentRecord::Channel::Paper;
    QString recordedBy;
};

// A problem with one field of a draft, said so the person can fix it.
struct FieldProblem
{
    enum class Field
    {
        Name,
        Phone,
        Card,
        Email,
        Birthday,
        Consent
    };
    Field field;
    QString message;
    qint64 existingCustomerId = 0; // set when the phone or card belongs to somebody else
};

struct SearchHit
{
    enum class Match
    {
        Phone,
        Card,
        PhoneEnding,
        Name
    };
    CustomerRecord customer;
    Match match;
};

// The customer use-cases: find, enrol, edit, archive, consent. The GUI, the command line and the tests share
// them.
class CustomerDirectory
{
    Q_DECLARE_TR_FUNCTIONS(CustomerDirectory)

public:
    CustomerDirectory(Database& db, const Clock& clock);

    // Who is acting: named in the audit log; archiving, restoring and exporting are the owner's. Until set,
    // an unnamed owner (scripts and tests that have nobody to ask).
    void setAccess(const AccessPolicy& access) { m_access = &access; }
    const AccessPolicy& access() const { return *m_access; }
    // Who records a consent by default: the person signed in, else this computer's operator name.
    QString actingPerson() const;
    // The audit log, writing as the person acting here.
    AuditLog auditLog() const;

    // The region phone numbers are read in: the shop's setting, else the system locale's country.
    QString region() const;
    // Reads phone numbers in this region instead of the shop's (e.g. an import from a branch abroad).
    void setRegionOverride(const QString& region) { m_regionOverride = region; }
    // Saves the shop's country, which every search reads; kept in memory so typing never waits for it.
    Result<void> setShopCountry(const QString& region);
    // Changes one of the shop's settings (owner only), with its old and new value in the audit log.
    Result<void> changeSetting(ShopSettings::Key key, const QString& value);
    // Forgets what was read from the shop's settings, after they were changed elsewhere.
    void reloadSettings() { m_shopRegion.reset(); }
    static QString systemRegion();

    QList<SearchHit> find(const QString& query, int limit = 50, bool includeArchived = false);
    std::optional<CustomerRecord> customer(qint64 id);
    // The one customer a query names, for commands and fields that act on a single person: "id:N", the only
    // hit, or the first hit when it is a whole phone or card. Empty when nobody or several match; `hits`
    // (up to `candidates` of them) then says which, for the message.
    std::optional<CustomerRecord> findOne(const QString& query, QList<SearchHit>* hits = nullptr,
                                          int candidates = 2);

    // Checks a draft without saving; the customer being edited (if any) is excluded from duplicate checks.
    // A new customer (editingId 0) also needs their consent to keeping personal data, and who recorded it.
    QList<FieldProblem> validate(const CustomerDraft& draft, qint64 editingId = 0) const;
    // Reads a valid draft into a record; call only after validate() found nothing.
    CustomerRecord toRecord(const CustomerDraft& draft) const;

    Result<qint64> create(const CustomerDraft& draft);
    Result<void> update(qint64 id, const CustomerDraft& draft);
    // Owner only.
    Result<void> archive(qint64 id);
    Result<void> restore(qint64 id);

    // The next card number nobody holds, from the shop's card prefix.
    QString nextFreeCard();

    Result<void> recordConsent(qint64 customerId, ConsentRecord::Purpose purpose, bool granted,
                               ConsentRecord::Channel channel, const QString& recordedBy);
    std::optional<ConsentRecord> consent(qint64 customerId, ConsentRecord::Purpose purpose);
    QList<ConsentRecord> consentHistory(qint64 customerId);

    static QDate parseDate(const QString& text);
    // Field rules shared by the form and the CSV import.
    static bool isEmailAddress(const QString& text);
    static constexpr int EarliestBirthYear = 1900;

    CustomerStore& store() { return m_customers; }
    Database& database() { return m_db; }
    ShopSettings& settings() { return m_settings; }
    const Clock& clock() const { return m_clock; }

private:
    ConsentRecord consentRecord(qint64 customerId, ConsentRecord::Purpose purpose, bool granted,
                                ConsentRecord::Channel channel, const QString& recordedBy) const;

    Result<void> setArchived(qint64 id, bool archived);

    Database& m_db;
    const Clock& m_clock;
    const AccessPolicy* m_access;
    mutable CustomerStore m_customers;
    ConsentStore m_consents;
    ShopSettings m_settings;
    QString m_regionOverride;
    mutable std::optional<QString> m_shopRegion;
};
