#include "UserStore.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
const QString kColumns = QStringLiteral("id, name, role, secret_hash, secret_kind, failed_attempts, lockouts,"
                                        " coalesce(locked_until, 0), created_at, coalesce(disabled_at, 0)");

UserRecord fromQuery(const QSqlQuery& q)
{
    UserRecord u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.role = q.value(2).toString() == u"owner" ? UserRecord::Role::Owner : UserRecord::Role::Clerk;
    u.secretHash = q.value(3).toString();
    u.secretKind =
        q.value(4).toString() == u"password" ? UserRecord::SecretKind::Password : UserRecord::SecretKind::Pin;
    u.failedAttempts = q.value(5).toInt();
    u.lockouts = q.value(6).toInt();
    u.lockedUntilMs = q.value(7).toLongLong();
    u.createdAtMs = q.value(8).toLongLong();
    u.disabledAtMs = q.value(9).toLongLong();
    return u;
}

Result<void> execOne(QSqlQuery& q)
{
    if (!q.exec())
        return makeError(Error::Kind::Failed, q.lastError().text());
    if (q.numRowsAffected() != 1)
        return makeError(Error::Kind::NotFound, QStringLiteral("no such user"));
    return {};
}
} // namespace

QString UserRecord::roleKey(Role role)
{
    return role == Role::Owner ? QStringLiteral("owner") : QStringLiteral("clerk");
}

QString UserRecord::secretKindKey(SecretKind kind)
{
    return kind == SecretKind::Password ? QStringLiteral("password") : QStringLiteral("pin");
}

UserStore::UserStore(Database& db) : m_db(db)
{
}

QList<UserRecord> UserStore::all() const
{
    QSqlQuery q(m_db.connection());
    QList<UserRecord> users;
    if (!q.exec(QStringLiteral("SELECT %1 FROM users ORDER BY disabled_at IS NOT NULL, role = 'clerk', name")
                    .arg(kColumns)))
        return users;
    while (q.next())
        users.append(fromQuery(q));
    return users;
}

std::optional<UserRecord> UserStore::byId(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<UserRecord> UserStore::byName(const QString& name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM users WHERE name = ?").arg(kColumns));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

bool UserStore::any() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT 1 FROM users LIMIT 1")) && q.next();
}

Result<qint64> UserStore::insert(const UserRecord& user)
{
    QSqlQuery q(m_db.connection());
    q.prepare(m_db.dialect().returningId(QStringLiteral(
        "INSERT INTO users (name, role, secret_hash, secret_kind, created_at) VALUES (?, ?, ?, ?, ?)")));
    q.addBindValue(user.name);
    q.addBindValue(UserRecord::roleKey(user.role));
    q.addBindValue(user.secretHash);
    q.addBindValue(UserRecord::secretKindKey(user.secretKind));
    q.addBindValue(user.createdAtMs);
    return m_db.insertReturningId(q);
}

Result<void> UserStore::setSecret(qint64 id, const QString& hash, UserRecord::SecretKind kind)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE users SET secret_hash = ?, secret_kind = ?, failed_attempts = 0,"
                             " lockouts = 0, locked_until = NULL WHERE id = ?"));
    q.addBindValue(hash);
    q.addBindValue(UserRecord::secretKindKey(kind));
    q.addBindValue(id);
    return execOne(q);
}

Result<void> UserStore::setAttempts(qint64 id, int failedAttempts, int lockouts, qint64 lockedUntilMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE users SET failed_attempts = ?, lockouts = ?, locked_until = ? WHERE id = ?"));
    q.addBindValue(failedAttempts);
    q.addBindValue(lockouts);
    q.addBindValue(lockedUntilMs > 0 ? QVariant(lockedUntilMs) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(id);
    return execOne(q);
}

Result<void> UserStore::setDisabledAt(qint64 id, qint64 atMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE users SET disabled_at = ? WHERE id = ?"));
    q.addBindValue(atMs > 0 ? QVariant(atMs) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(id);
    return execOne(q);
}
