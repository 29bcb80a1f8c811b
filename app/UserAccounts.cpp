#include "UserAccounts.h"

#include "Clock.h"
#include "Database.h"
#include "SecretHash.h"

#include <QJsonObject>

UserAccounts::UserAccounts(Database& db, const Clock& clock, const AccessPolicy& access)
    : m_db(db), m_clock(clock), m_access(access), m_store(db), m_audit(db, clock, access)
{
}

QJsonObject UserAccounts::userJson(const UserRecord& user)
{
    QJsonObject json{{QStringLiteral("name"), user.name},
                     {QStringLiteral("role"), UserRecord::roleKey(user.role)},
                     {QStringLiteral("secret"), UserRecord::secretKindKey(user.secretKind)}};
    if (user.isDisabled())
        json.insert(QStringLiteral("disabled"), true);
    return json;
}

std::optional<UserRecord> UserAccounts::owner() const
{
    for (const UserRecord& u : m_store.all())
        if (u.isOwner() && !u.isDisabled())
            return u;
    return std::nullopt;
}

Result<void> UserAccounts::allowed() const
{
    if (!m_access.allows(AccessPolicy::Action::ManageUsers))
        return makeError(Error::Kind::NotAllowed, AccessPolicy::refusal(AccessPolicy::Action::ManageUsers));
    return {};
}

Result<QString> UserAccounts::checkName(const QString& typed) const
{
    const QString name = typed.simplified();
    if (name.isEmpty())
        return makeError(Error::Kind::Invalid, tr("Give the person's name."));
    if (name.size() > 60)
        return makeError(Error::Kind::Invalid, tr("Keep the name under 60 characters."));
    if (m_store.byName(name))
        return makeError(Error::Kind::Duplicate, tr("Somebody called “%1” already signs in here.").arg(name));
    return name;
}

Result<QString> UserAccounts::pinDigits(const QString& typed)
{
    QString digits;
    for (const QChar c : typed.trimmed()) {
        if (!c.isDigit())
            return makeError(Error::Kind::Invalid, tr("A PIN has digits only."));
        digits.append(QChar(u'0' + c.digitValue()));
    }
    if (digits.size() < 4 || digits.size() > 8)
        return makeError(Error::Kind::Invalid, tr("A PIN has 4 to 8 digits."));
    return digits;
}

Result<void> UserAccounts::checkPassword(const QString& password)
{
    if (password.size() < MinPasswordLength)
        return makeError(Error::Kind::Invalid,
                         tr("The password needs at least %Ln characters.", nullptr, MinPasswordLength));
    return {};
}

Result<qint64> UserAccounts::createOwner(const QString& name, const QString& password)
{
    if (owner())
        return makeError(Error::Kind::Duplicate, tr("The shop already has an owner's account."));
    if (auto good = checkPassword(password); !good)
        return good.error();
    return addUser(name, password, UserRecord::Role::Owner);
}

Result<qint64> UserAccounts::addClerk(const QString& name, const QString& typedPin)
{
    if (auto ok = allowed(); !ok)
        return ok.error();
    auto pin = pinDigits(typedPin);
    if (!pin)
        return pin.error();
    return addUser(name, pin.value(), UserRecord::Role::Clerk);
}

Result<qint64> UserAccounts::addUser(const QString& typedName, const QString& secret, UserRecord::Role role)
{
    auto name = checkName(typedName);
    if (!name)
        return name.error();
    auto hash = SecretHash::hash(secret);
    if (!hash)
        return hash.error();
    UserRecord user;
    user.name = name.value();
    user.role = role;
    user.secretKind =
        role == UserRecord::Role::Owner ? UserRecord::SecretKind::Password : UserRecord::SecretKind::Pin;
    user.secretHash = hash.value();
    user.createdAtMs = m_clock.nowUtc().toMSecsSinceEpoch();
    Transaction tx(m_db);
    if (auto begun = tx.begun(); !begun)
        return begun.error();
    auto id = m_store.insert(user);
    if (!id)
        return id;
    // The owner's own account is made before anybody signs in, so it is written in the owner's name.
    const QString by = role == UserRecord::Role::Owner ? user.name : m_access.actor();
    if (auto r = m_audit.recordAs(by, QStringLiteral("user.create"), AuditSubject::user(id.value()), {},
                                  userJson(user));
        !r)
        return r.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return id;
}

Result<UserRecord> UserAccounts::clerk(qint64 id, const QString& ownerRefusal) const
{
    const auto user = m_store.byId(id);
    if (!user)
        return makeError(Error::Kind::NotFound, tr("There is no such person."));
    if (user->isOwner())
        return makeError(Error::Kind::Invalid, ownerRefusal);
    return *user;
}

Result<void> UserAccounts::resetPin(qint64 id, const QString& typedPin)
{
    if (auto ok = allowed(); !ok)
        return ok;
    const auto user = clerk(id, tr("The owner signs in with a password, not a PIN."));
    if (!user)
        return user.error();
    auto pin = pinDigits(typedPin);
    if (!pin)
        return pin.error();
    auto hash = SecretHash::hash(pin.value());
    if (!hash)
        return hash.error();
    Transaction tx(m_db);
    if (auto begun = tx.begun(); !begun)
        return begun;
    if (auto r = m_store.setSecret(id, hash.value(), UserRecord::SecretKind::Pin); !r)
        return r;
    // The PIN itself is never written anywhere; the log says only that it changed and who was locked.
    if (auto r = m_audit.record(
            QStringLiteral("user.reset_pin"), AuditSubject::user(id),
            {{QStringLiteral("name"), user->name}, {QStringLiteral("failed_attempts"), user->failedAttempts}},
            {{QStringLiteral("name"), user->name}, {QStringLiteral("failed_attempts"), 0}});
        !r)
        return r;
    return tx.commit();
}

Result<void> UserAccounts::setOwnerPassword(const QString& oldPassword, const QString& newPassword)
{
    if (auto ok = allowed(); !ok)
        return ok;
    const auto current = owner();
    if (!current)
        return makeError(Error::Kind::NotFound, tr("The shop has no owner's account yet."));
    if (!SecretHash::verify(current->secretHash, oldPassword))
        return makeError(Error::Kind::Invalid, tr("The current password is not right."));
    if (auto good = checkPassword(newPassword); !good)
        return good;
    auto hash = SecretHash::hash(newPassword);
    if (!hash)
        return hash.error();
    Transaction tx(m_db);
    if (auto begun = tx.begun(); !begun)
        return begun;
    if (auto r = m_store.setSecret(current->id, hash.value(), UserRecord::SecretKind::Password); !r)
        return r;
    if (auto r = m_audit.record(QStringLiteral("user.change_password"), AuditSubject::user(current->id),
                                userJson(*current), userJson(*current));
        !r)
        return r;
    return tx.commit();
}

Result<void> UserAccounts::disable(qint64 id)
{
    if (auto ok = allowed(); !ok)
        return ok;
    const auto user = clerk(id, tr("The owner's account cannot be disabled."));
    if (!user)
        return user.error();
    if (user->isDisabled())
        return {};
    Transaction tx(m_db);
    if (auto begun = tx.begun(); !begun)
        return begun;
    if (auto r = m_store.setDisabledAt(id, m_clock.nowUtc().toMSecsSinceEpoch()); !r)
        return r;
    UserRecord after = *user;
    after.disabledAtMs = 1;
    if (auto r = m_audit.record(QStringLiteral("user.disable"), AuditSubject::user(id), userJson(*user),
                                userJson(after));
        !r)
        return r;
    return tx.commit();
}

qint64 UserAccounts::secondsLocked(const UserRecord& user) const
{
    const qint64 left = user.lockedUntilMs - m_clock.nowUtc().toMSecsSinceEpoch();
    return left > 0 ? (left + 999) / 1000 : 0;
}

Result<UserRecord> UserAccounts::signIn(qint64 id, const QString& typed)
{
    auto user = m_store.byId(id);
    if (!user || user->isDisabled())
        return makeError(Error::Kind::NotFound, tr("This person can no longer sign in."));
    if (const qint64 wait = secondsLocked(*user); wait > 0)
        return makeError(
            Error::Kind::NotAllowed,
            tr("Too many wrong tries. %1 can try again in %Ln second(s).", nullptr, int(wait)).arg(user->name),
            wait);
    QString secret = typed;
    if (user->secretKind == UserRecord::SecretKind::Pin) {
        auto digits = pinDigits(typed);
        secret = digits ? digits.value() : QString();
    }
    const bool right = !secret.isEmpty() && SecretHash::verify(user->secretHash, secret);

    Transaction tx(m_db);
    if (auto begun = tx.begun(); !begun)
        return begun.error();
    if (right) {
        if (user->failedAttempts > 0 || user->lockouts > 0 || user->lockedUntilMs > 0) {
            if (auto r = m_store.setAttempts(id, 0, 0, 0); !r)
                return r.error();
        }
        if (auto committed = tx.commit(); !committed)
            return committed.error();
        user->failedAttempts = 0;
        user->lockouts = 0;
        user->lockedUntilMs = 0;
        return *user;
    }

    int failed = user->failedAttempts + 1;
    int lockouts = user->lockouts;
    qint64 lockedUntil = 0;
    qint64 lockSeconds = 0;
    if (failed >= MaxFailures) {
        lockSeconds =
            std::min<qint64>(qint64(FirstLockSeconds) << std::min(lockouts, 20), LongestLockSeconds);
        lockedUntil = m_clock.nowUtc().toMSecsSinceEpoch() + lockSeconds * 1000;
        ++lockouts;
        failed = 0;
    }
    if (auto r = m_store.setAttempts(id, failed, lockouts, lockedUntil); !r)
        return r.error();
    const AuditSubject subject = AuditSubject::user(id);
    if (auto r = m_audit.recordAs(user->name, QStringLiteral("user.sign_in_failed"), subject, {}, {}); !r)
        return r.error();
    if (lockSeconds > 0) {
        if (auto r = m_audit.recordAs(
                user->name, QStringLiteral("user.locked"), subject, {},
                {{QStringLiteral("seconds"), lockSeconds}, {QStringLiteral("lockouts"), lockouts}});
            !r)
            return r.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    if (lockSeconds > 0)
        return makeError(
            Error::Kind::NotAllowed,
            tr("Too many wrong tries. %1 can try again in %Ln second(s).", nullptr, int(lockSeconds))
                .arg(user->name),
            lockSeconds);
    return makeError(Error::Kind::Invalid, user->secretKind == UserRecord::SecretKind::Pin
                                               ? tr("That PIN is not right.")
                                               : tr("That password is not right."));
}
