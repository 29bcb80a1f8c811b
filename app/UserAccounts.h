#pragma once

#include "AccessPolicy.h"
#include "AuditLog.h"
#include "Result.h"
#include "UserStore.h"

#include <QCoreApplication>

class Clock;
class Database;

// The people who sign in: the owner's account, clerks added by the owner, their PINs, and signing in with the
// lock after repeated wrong secrets.
class UserAccounts
{
    Q_DECLARE_TR_FUNCTIONS(UserAccounts)

public:
    static constexpr int MaxFailures = 5;       // wrong secrets in a row before a lock
    static constexpr int FirstLockSeconds = 30; // doubled for each further lock
    static constexpr int LongestLockSeconds = 24 * 60 * 60;
    static constexpr int MinPasswordLength = 8;

    UserAccounts(Database& db, const Clock& clock, const AccessPolicy& access);

    bool any() const { return m_store.any(); }
    QList<UserRecord> all() const { return m_store.all(); }
    std::optional<UserRecord> user(qint64 id) const { return m_store.byId(id); }
    // The enabled owner, if the shop has one.
    std::optional<UserRecord> owner() const;

    // The first account, made at first start (or on a shop from before sign-in): only while there is no
    // owner.
    Result<qint64> createOwner(const QString& name, const QString& password);
    Result<qint64> addClerk(const QString& name, const QString& pin);
    Result<void> resetPin(qint64 id, const QString& pin);
    Result<void> setOwnerPassword(const QString& oldPassword, const QString& newPassword);
    Result<void> disable(qint64 id);

    // Checks the secret; five wrong ones in a row lock the user for 30 s, then 60 s, 120 s… While locked,
    // nothing is checked and the error (NotAllowed) says for how long; relatedId holds the seconds left.
    Result<UserRecord> signIn(qint64 id, const QString& secret);
    // Seconds until the user may try again; 0 when not locked.
    qint64 secondsLocked(const UserRecord& user) const;

    // A PIN as typed (any digits: Latin, Arabic-Indic, Persian) in ASCII, or an error saying what is wrong.
    static Result<QString> pinDigits(const QString& typed);
    static Result<void> checkPassword(const QString& password);

private:
    Result<void> allowed() const;
    // The clerk with this id, for the owner's changes to a clerk's account; `ownerRefusal` when it is the owner's.
    Result<UserRecord> clerk(qint64 id, const QString& ownerRefusal) const;
    Result<QString> checkName(const QString& name) const;
    Result<qint64> addUser(const QString& name, const QString& secret, UserRecord::Role role);
    static QJsonObject userJson(const UserRecord& user);

    Database& m_db;
    const Clock& m_clock;
    const AccessPolicy& m_access;
    UserStore m_store;
    AuditLog m_audit;
};
