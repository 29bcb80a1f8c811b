#pragma once

#include "Result.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

// A person who signs in: the owner (a password) or a clerk (a PIN). Only the secret's Argon2id hash is kept.
struct UserRecord
{
    enum class Role
    {
        Owner,
        Clerk
    };
    enum class SecretKind
    {
        Password,
        Pin
    };

    qint64 id = 0;
    QString name;
    Role role = Role::Clerk;
    QString secretHash;
    SecretKind secretKind = SecretKind::Pin;
    int failedAttempts = 0; // wrong secrets since the last sign-in or lock
    int lockouts = 0;       // locks since the last good sign-in; each lasts twice as long as the one before
    qint64 lockedUntilMs = 0;
    qint64 createdAtMs = 0;
    qint64 disabledAtMs = 0;

    bool isOwner() const { return role == Role::Owner; }
    bool isDisabled() const { return disabledAtMs > 0; }
    static QString roleKey(Role role);
    static QString secretKindKey(SecretKind kind);
};

class UserStore
{
public:
    explicit UserStore(Database& db);

    // Everyone, enabled first, then by name.
    QList<UserRecord> all() const;
    std::optional<UserRecord> byId(qint64 id) const;
    std::optional<UserRecord> byName(const QString& name) const;
    // True once anybody has been created: from then on people sign in.
    bool any() const;

    Result<qint64> insert(const UserRecord& user);
    Result<void> setSecret(qint64 id, const QString& hash, UserRecord::SecretKind kind);
    // Stores the counters after a wrong secret (and the lock it caused, if any).
    Result<void> setAttempts(qint64 id, int failedAttempts, int lockouts, qint64 lockedUntilMs);
    Result<void> setDisabledAt(qint64 id, qint64 atMs);

private:
    Database& m_db;
};
