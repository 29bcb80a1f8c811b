#pragma once

#include "AccessPolicy.h"
#include "UserStore.h"

#include <optional>

class Database;

// The access policy of whoever is signed in. Until the shop has any user (a shop from before sign-in),
// whoever runs Regulars is the owner; once users exist, nothing is allowed until somebody signs in, and a
// clerk is refused every owner-only action.
class Session final : public AccessPolicy
{
public:
    // `operatorName` names the person in the ledger and the audit log while the shop has no users.
    Session(Database& db, QString operatorName);

    bool allows(Action action) const override;
    QString actor() const override;

    bool usersExist() const;
    bool signedIn() const { return m_user.has_value(); }
    // True for the owner, and for anybody while the shop has no users.
    bool isOwner() const;
    const std::optional<UserRecord>& user() const { return m_user; }
    void signIn(const UserRecord& user) { m_user = user; }
    void signOut() { m_user.reset(); }

private:
    Database& m_db;
    QString m_operatorName;
    std::optional<UserRecord> m_user;
};
