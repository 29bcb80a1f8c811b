#include "Session.h"

Session::Session(Database& db, QString operatorName) : m_db(db), m_operatorName(std::move(operatorName))
{
}

bool Session::usersExist() const
{
    // Asked each time: another till may have created the first user meanwhile.
    return UserStore(m_db).any();
}

bool Session::isOwner() const
{
    if (m_user)
        return m_user->isOwner();
    return !usersExist();
}

bool Session::allows(Action action) const
{
    Q_UNUSED(action) // every Action is owner-only; clerks' work is never asked about
    return isOwner();
}

QString Session::actor() const
{
    return m_user ? m_user->name : m_operatorName;
}
